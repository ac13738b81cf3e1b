# workspace_bench: view switching and PDSA opening times of the tovholder workspace (Release).
if(TARGET medsafe_app)
    add_executable(workspace_bench ${CMAKE_CURRENT_LIST_DIR}/workspace_bench.cpp)
    target_link_libraries(workspace_bench PRIVATE medsafe_app)
endif()
