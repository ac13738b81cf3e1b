target_sources(medsafe_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PdsaTreeModel.h
    ${CMAKE_CURRENT_LIST_DIR}/PdsaTreeModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PdsaFilterModel.h
    ${CMAKE_CURRENT_LIST_DIR}/PdsaFilterModel.cpp)
