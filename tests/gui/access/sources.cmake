target_sources(gui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/SignInTests.cpp ${CMAKE_CURRENT_LIST_DIR}/RoleControlsTests.cpp
                                 ${CMAKE_CURRENT_LIST_DIR}/HistoryViewTests.cpp)
