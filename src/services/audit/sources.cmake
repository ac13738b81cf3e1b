# The audit trail as people read it: history with names and labels, privacy, the chain check.
target_sources(medsafe_services PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AuditTrailService.h
    ${CMAKE_CURRENT_LIST_DIR}/AuditTrailService.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HistoryEntry.h
    ${CMAKE_CURRENT_LIST_DIR}/HistoryLabels.h
    ${CMAKE_CURRENT_LIST_DIR}/HistoryLabels.cpp
)
