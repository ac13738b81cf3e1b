# The use-case services the app and the CLI reach data through, and the session (Workspace).
target_sources(services_tests PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/WorkspaceTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MeasurementGridServiceTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncidentServiceTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EditingServicesTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NextStepsServiceTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProgrammeSetupTests.cpp
)
