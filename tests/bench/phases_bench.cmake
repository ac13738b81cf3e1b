# phases_bench: what Opstart and Fastholdelse og spredning read, compute and show on a click,
# on the scale database (issue 16). Release build; run by hand.
if(TARGET medsafe_app)
    add_executable(phases_bench ${CMAKE_CURRENT_LIST_DIR}/phases_bench.cpp)
    target_include_directories(phases_bench PRIVATE ${CMAKE_CURRENT_LIST_DIR})
    target_link_libraries(phases_bench PRIVATE medsafe_app medsafe_services medsafe_storage medsafe_demo)
endif()
