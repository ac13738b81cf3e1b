# Monthly report content: collected from the database, anonymised for sharing (docs/reports.md).
target_sources(medsafe_services PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MonthlyReportContent.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportContentCollector.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportContentCollector.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportAnonymiser.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportAnonymiser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SmallCountSuppression.h
    ${CMAKE_CURRENT_LIST_DIR}/SmallCountSuppression.cpp
)
