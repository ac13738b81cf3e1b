target_sources(gui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/ProgrammeViewTests.cpp ${CMAKE_CURRENT_LIST_DIR}/PeoplePageTests.cpp)
