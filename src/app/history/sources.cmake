# Historik: the audit trail as a list with filters, and one record's own history (issue 14).
target_sources(medsafe_app PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/HistoryTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/HistoryTableModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HistoryPanel.h
    ${CMAKE_CURRENT_LIST_DIR}/HistoryPanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HistoryView.h
    ${CMAKE_CURRENT_LIST_DIR}/HistoryView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RecordHistoryDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/RecordHistoryDialog.cpp
)
