target_sources(medsafe_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ChecklistModel.h
    ${CMAKE_CURRENT_LIST_DIR}/ChecklistModel.cpp
)
