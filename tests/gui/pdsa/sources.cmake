target_sources(gui_tests PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/WorkspaceTestDatabase.h
    ${CMAKE_CURRENT_LIST_DIR}/PdsaEditorTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PdsaConflictTests.cpp)
