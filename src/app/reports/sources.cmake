# Månedsrapport: the tovholder's monthly report with its preview, and the PS! consultant's
# overview across botilbud (grid, feedback, small multiples).
target_sources(medsafe_app PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AllReportsExport.h
    ${CMAKE_CURRENT_LIST_DIR}/AllReportsExport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MonthlyReportView.h
    ${CMAKE_CURRENT_LIST_DIR}/MonthlyReportView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportComposerPage.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportComposerPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportNarrativeForm.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportNarrativeForm.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportPreviewBrowser.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportPreviewBrowser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportPackageActions.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportPackageActions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConsultantPage.h
    ${CMAKE_CURRENT_LIST_DIR}/ConsultantPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConsultantGridModel.h
    ${CMAKE_CURRENT_LIST_DIR}/ConsultantGridModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConsultantReportPanel.h
    ${CMAKE_CURRENT_LIST_DIR}/ConsultantReportPanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SmallMultiplesPage.h
    ${CMAKE_CURRENT_LIST_DIR}/SmallMultiplesPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BotilbudChartTile.h
    ${CMAKE_CURRENT_LIST_DIR}/BotilbudChartTile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportOutput.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportOutput.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TrustSenderDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/TrustSenderDialog.cpp
)
