# The shared server (issue 13): push-to-server and pull-from-server round trips. Tagged [server]:
# they run in services_tests_postgres (tests/postgres), which has a scratch server.
target_sources(services_tests PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ServerTransferTests.cpp
)
target_link_libraries(services_tests PRIVATE medsafe_demo)
