# Incidents: CSV import/export, derived statistics, the privacy guards' helpers.
target_sources(medsafe_services PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CsvReader.h
    ${CMAKE_CURRENT_LIST_DIR}/CsvReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CsvWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/CsvWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentCsvFormat.h
    ${CMAKE_CURRENT_LIST_DIR}/IncidentCsvFormat.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentNaturalKey.h
    ${CMAKE_CURRENT_LIST_DIR}/IncidentNaturalKey.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentImport.h
    ${CMAKE_CURRENT_LIST_DIR}/IncidentImport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentExport.h
    ${CMAKE_CURRENT_LIST_DIR}/IncidentExport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentStatistics.h
    ${CMAKE_CURRENT_LIST_DIR}/IncidentStatistics.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentPareto.h
    ${CMAKE_CURRENT_LIST_DIR}/IncidentPareto.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SeriousIncidentCusum.h
    ${CMAKE_CURRENT_LIST_DIR}/SeriousIncidentCusum.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StaffNameGuard.h
    ${CMAKE_CURRENT_LIST_DIR}/StaffNameGuard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentService.h
    ${CMAKE_CURRENT_LIST_DIR}/IncidentService.cpp
)
