# history_bench: the Historik view's reads on a large database, the chain check, and the
# cost of the audit triggers on a bulk write.
add_executable(history_bench ${CMAKE_CURRENT_LIST_DIR}/history_bench.cpp)
target_link_libraries(history_bench PRIVATE medsafe_services medsafe_storage Qt6::Core)
