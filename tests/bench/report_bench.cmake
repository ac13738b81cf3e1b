# report_bench: one monthly report and the final evaluation (collect, lay out, write PDF) on a
# scale database, phase by phase (docs/performance.md, "Reports"). Release build; run by hand.
add_executable(report_bench ${CMAKE_CURRENT_LIST_DIR}/report_bench.cpp)
target_link_libraries(report_bench PRIVATE medsafe_report medsafe_i18n)
