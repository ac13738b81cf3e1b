# pharmacy_bench: what the Apotek view reads, computes and shows on a click, on the scale
# database (issue 15). Release build; run by hand.
if(TARGET medsafe_app)
    add_executable(pharmacy_bench ${CMAKE_CURRENT_LIST_DIR}/pharmacy_bench.cpp)
    target_include_directories(pharmacy_bench PRIVATE ${CMAKE_CURRENT_LIST_DIR})
    target_link_libraries(pharmacy_bench PRIVATE medsafe_app medsafe_services medsafe_storage)
endif()
