# Spreading (issue 16): export and import of a change package on the Spredning tab, and the
# spread matrix with its plan in the consultant's overview.
target_sources(gui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/SpreadPageTests.cpp)
