target_sources(gui_tests PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ReportTestDatabase.h
    ${CMAKE_CURRENT_LIST_DIR}/MonthlyReportViewTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConsultantViewTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TrustSenderDialogTests.cpp
)
