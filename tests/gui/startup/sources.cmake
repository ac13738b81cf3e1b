# Opstart (issue 16): a workflow step filled in and saved, a finding made a change idea, a
# guideline added, an expiring delegation seen on Oversigt's Næste skridt, and the role gate.
target_sources(gui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/StartupViewTests.cpp)
