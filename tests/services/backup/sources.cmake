# Backups (issue 12, item 7): rotation rule, once-a-day and before-migration backups,
# verification, restore and its refusals, on temporary files.
target_sources(services_tests PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BackupRetentionTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BackupServiceTests.cpp
)
