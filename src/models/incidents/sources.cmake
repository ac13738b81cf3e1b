# Incident list and safety calendar models (snapshots, no SQL).
target_sources(medsafe_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/IncidentListFilter.h
    ${CMAKE_CURRENT_LIST_DIR}/IncidentTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/IncidentTableModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SafetyCalendarModel.h
    ${CMAKE_CURRENT_LIST_DIR}/SafetyCalendarModel.cpp
)
