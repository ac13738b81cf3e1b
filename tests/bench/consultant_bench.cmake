# consultant_bench: the consultant's grid and small multiples on the scale database (Release).
if(TARGET medsafe_app)
    add_executable(consultant_bench ${CMAKE_CURRENT_LIST_DIR}/consultant_bench.cpp)
    target_link_libraries(consultant_bench PRIVATE medsafe_app)
endif()
