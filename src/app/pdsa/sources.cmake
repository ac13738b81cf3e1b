target_sources(medsafe_app PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PdsaEditor.h
    ${CMAKE_CURRENT_LIST_DIR}/PdsaEditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PdsaFormBinding.h
    ${CMAKE_CURRENT_LIST_DIR}/PdsaFormBinding.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PdsaView.h
    ${CMAKE_CURRENT_LIST_DIR}/PdsaView.cpp)
