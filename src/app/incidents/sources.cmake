# Incidents view: list, registration form, safety calendar, analysis, CSV import/export.
target_sources(medsafe_app PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/IncidentsView.h
    ${CMAKE_CURRENT_LIST_DIR}/IncidentsView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentForm.h
    ${CMAKE_CURRENT_LIST_DIR}/IncidentForm.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentListPage.h
    ${CMAKE_CURRENT_LIST_DIR}/IncidentListPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SafetyCalendarPage.h
    ${CMAKE_CURRENT_LIST_DIR}/SafetyCalendarPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentAnalysisPage.h
    ${CMAKE_CURRENT_LIST_DIR}/IncidentAnalysisPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentImportDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/IncidentImportDialog.cpp
)
