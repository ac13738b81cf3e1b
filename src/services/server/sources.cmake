# The shared server: copying a database up to a PostgreSQL server and down again (docs/server.md).
target_sources(medsafe_services PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ServerTransferService.h
    ${CMAKE_CURRENT_LIST_DIR}/ServerTransferService.cpp
)
