target_sources(medsafe_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ChecklistModel.h
    ${CMAKE_CURRENT_LIST_DIR}/ChecklistModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DaysSinceLastError.h
    ${CMAKE_CURRENT_LIST_DIR}/DaysSinceLastError.cpp)
