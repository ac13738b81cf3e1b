target_sources(gui_tests PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MeasurementsViewTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WorkspaceScreenshots.cpp
)
