# Apotek (issue 15): a visit with findings, their follow-up, the question log, the role gates.
target_sources(gui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/PharmacyViewTests.cpp
                                 ${CMAKE_CURRENT_LIST_DIR}/PharmacyPagesTests.cpp)
