# dashboard_bench: the leader's overview on a scale database (docs/performance.md,
# "Run charts and dashboard"). Release build; run by hand.
add_executable(dashboard_bench ${CMAKE_CURRENT_LIST_DIR}/dashboard_bench.cpp)
target_link_libraries(dashboard_bench PRIVATE medsafe_app medsafe_services)
