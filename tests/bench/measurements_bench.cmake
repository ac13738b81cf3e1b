# Switching to Målinger and Forløb og kompetencer (and changing botilbud on them) on the scale
# database. Build Release; run: measurements_bench /tmp/scale.db
if(TARGET medsafe_app)
    add_executable(measurements_bench ${CMAKE_CURRENT_LIST_DIR}/measurements_bench.cpp)
    target_link_libraries(measurements_bench PRIVATE medsafe_app)
endif()
