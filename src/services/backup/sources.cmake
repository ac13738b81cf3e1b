# Backups: the rotation rule, writing and verifying copies, restoring one (docs/data-model.md).
target_sources(medsafe_services PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BackupRetention.h
    ${CMAKE_CURRENT_LIST_DIR}/BackupRetention.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BackupService.h
    ${CMAKE_CURRENT_LIST_DIR}/BackupService.cpp
)
