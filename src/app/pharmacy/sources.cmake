# Apotek: the pharmacy's part (issue 15) — visits, findings, questions, refreshers, figures
# and the agreement, one tab each.
target_sources(medsafe_app PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PharmacyView.h
    ${CMAKE_CURRENT_LIST_DIR}/PharmacyView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PharmacyForms.h
    ${CMAKE_CURRENT_LIST_DIR}/PharmacyForms.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RecordRows.h
    ${CMAKE_CURRENT_LIST_DIR}/RowFilterProxy.h
    ${CMAKE_CURRENT_LIST_DIR}/RowFilterProxy.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AgreementPage.h
    ${CMAKE_CURRENT_LIST_DIR}/AgreementPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/VisitsPage.h
    ${CMAKE_CURRENT_LIST_DIR}/VisitsPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ChecklistGrid.h
    ${CMAKE_CURRENT_LIST_DIR}/ChecklistGrid.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ChecklistEditorDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ChecklistEditorDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FindingsPage.h
    ${CMAKE_CURRENT_LIST_DIR}/FindingsPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/QuestionsPage.h
    ${CMAKE_CURRENT_LIST_DIR}/QuestionsPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RefreshersPage.h
    ${CMAKE_CURRENT_LIST_DIR}/RefreshersPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PharmacyChartsPage.h
    ${CMAKE_CURRENT_LIST_DIR}/PharmacyChartsPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/VisitMarkers.h
    ${CMAKE_CURRENT_LIST_DIR}/VisitMarkers.cpp
)
