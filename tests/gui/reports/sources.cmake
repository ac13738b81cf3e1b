target_sources(gui_tests PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ReportTestDatabase.h
    ${CMAKE_CURRENT_LIST_DIR}/MonthlyReportViewTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConsultantViewTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportScreenshots.cpp
)
# The screenshot case writes into the source tree's docs/images and reads the pending Danish list.
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/ReportScreenshots.cpp PROPERTIES
    COMPILE_DEFINITIONS "MEDSAFE_REPORTS_SOURCE_DIR=\"${CMAKE_SOURCE_DIR}\"")
