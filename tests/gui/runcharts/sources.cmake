# Seriediagrammer: the leader's overview and the full chart (src/app/runcharts).
target_sources(gui_tests PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/RunChartsViewTests.cpp
)

# The CLI's `chart` command, run as the real binary into a temporary folder.
find_program(MEDSAFE_PDFTOTEXT_CLI pdftotext)
add_test(NAME cli_chart
    COMMAND sh ${CMAKE_SOURCE_DIR}/tests/cli_chart/cli_chart_test.sh $<TARGET_FILE:medicinsikker-cli> "${MEDSAFE_PDFTOTEXT_CLI}")
set_tests_properties(cli_chart PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
