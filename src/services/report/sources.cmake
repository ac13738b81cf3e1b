# Monthly report content: collected from the database, anonymised for sharing (docs/reports.md).
target_sources(medsafe_services PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MonthlyReportContent.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportContentCollector.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportContentCollector.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MonthlyReportService.h
    ${CMAKE_CURRENT_LIST_DIR}/MonthlyReportService.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportAnonymiser.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportAnonymiser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SmallCountSuppression.h
    ${CMAKE_CURRENT_LIST_DIR}/SmallCountSuppression.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MeasureMedians.h
    ${CMAKE_CURRENT_LIST_DIR}/MeasureMedians.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FinalEvaluationContent.h
    ${CMAKE_CURRENT_LIST_DIR}/FinalEvaluationCollector.h
    ${CMAKE_CURRENT_LIST_DIR}/FinalEvaluationCollector.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PharmacySummary.h
    ${CMAKE_CURRENT_LIST_DIR}/PharmacyProgrammeSummary.h
    ${CMAKE_CURRENT_LIST_DIR}/PharmacyReportCollector.h
    ${CMAKE_CURRENT_LIST_DIR}/PharmacyReportCollector.cpp
)
