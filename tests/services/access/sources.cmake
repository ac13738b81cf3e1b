# Sign-in, roles and the audit trail as the services see them (issue 14).
target_sources(services_tests PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AccessPolicyMatrixTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RoleEnforcementTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AccountServiceTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AuditTrailServiceTests.cpp
)
