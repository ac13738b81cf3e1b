# durability_bench: the cost of synchronous=FULL per incident save on a copy of the scale
# database, and the time of one verified backup (issue 12, items 7 and 8).
add_executable(durability_bench ${CMAKE_CURRENT_LIST_DIR}/durability_bench.cpp)
target_include_directories(durability_bench PRIVATE ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(durability_bench PRIVATE medsafe_services medsafe_storage Qt6::Core Qt6::Sql)
