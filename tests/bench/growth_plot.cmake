# growth_plot: draws scripts/bench.sh's growth table as a PNG (docs/images/performance-growth.png).
if(TARGET medsafe_charts)
    add_executable(growth_plot ${CMAKE_CURRENT_LIST_DIR}/growth_plot.cpp)
    target_link_libraries(growth_plot PRIVATE Qt6::Widgets Qt6::Charts)
endif()
