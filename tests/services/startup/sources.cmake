# Phase 1 with content (issue 16): the workflow analysis, guidelines, delegations, the
# checklist ticking itself and Næste skridt, through the real services.
target_sources(services_tests PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/WorkflowServiceTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StartupRegisterTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DemoStartupTests.cpp
)
