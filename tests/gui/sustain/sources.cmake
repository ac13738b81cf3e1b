# Fastholdelse og spredning (issue 16): a change adopted through its PDSA cycle shows its
# frozen limits; the dashboard flags a measure that slips back; the sustain plan's rows.
target_sources(gui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/SustainViewTests.cpp)
