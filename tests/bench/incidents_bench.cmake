# incidents_bench: 100,000 incidents of the scale database in the list model; times each filter change.
add_executable(incidents_bench ${CMAKE_CURRENT_LIST_DIR}/incidents_bench.cpp)
target_link_libraries(incidents_bench PRIVATE medsafe_models medsafe_storage Qt6::Core)
