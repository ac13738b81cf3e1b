# Incident services: CSV reader (incl. fuzz), CPR guard, validation, import/export, statistics.
target_sources(services_tests PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CsvReaderTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentPrivacyTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentImportTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentStatisticsTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentParetoCusumTests.cpp
)

# The CLI round trip on real files: export, import into a fresh database, import again, and a
# file with one broken row that must leave the database byte-identical.
if(TARGET medicinsikker-cli)
    add_test(NAME cli_incidents_round_trip
             COMMAND ${CMAKE_CURRENT_LIST_DIR}/cli_incidents_round_trip.sh $<TARGET_FILE:medicinsikker-cli>)
endif()
