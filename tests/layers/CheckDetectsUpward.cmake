# Self-test of cmake/IncludeLayerCheck.cmake, run in script mode:
#
#   cmake -DCHECK_SCRIPT=cmake/IncludeLayerCheck.cmake -DDOCS=docs/architecture.md
#         -DFIXTURES=tests/layers/fixtures -P tests/layers/CheckDetectsUpward.cmake
#
# A check that always passes looks exactly like a check that works, so this runs the real script
# with the real table (DOCS) on small planted trees and asserts on its exit code and output:
#   1. fixtures/upward: must FAIL and name each planted violation with file:line and pair, and
#      must not name the allowed includes next to them (storage/Database.h, ui_*.h, <Qt...>,
#      a commented-out include).
#   2. fixtures/clean: must PASS, so the failure in 1 comes from the violations, not the tree.
#   3. fixtures/bad-table.md: a table it cannot read must FAIL, not be taken as "allow nothing"
#      or "allow everything".

foreach(required CHECK_SCRIPT DOCS FIXTURES)
    if(NOT DEFINED ${required})
        message(FATAL_ERROR "CheckDetectsUpward: pass -D${required}=...")
    endif()
endforeach()

set(failures "")

function(run_check source_root docs out_rc out_text)
    execute_process(
        COMMAND ${CMAKE_COMMAND} -DSOURCE_ROOT=${source_root} -DDOCS=${docs} -P ${CHECK_SCRIPT}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    set(${out_rc} "${rc}" PARENT_SCOPE)
    set(${out_text} "${out}${err}" PARENT_SCOPE)
endfunction()

macro(expect_contains text needle what)
    string(FIND "${text}" "${needle}" at)
    if(at EQUAL -1)
        list(APPEND failures "${what}: output lacks '${needle}'")
    endif()
endmacro()

macro(expect_lacks text needle what)
    string(FIND "${text}" "${needle}" at)
    if(NOT at EQUAL -1)
        list(APPEND failures "${what}: output should not contain '${needle}'")
    endif()
endmacro()

# 1. Planted violations.
run_check(${FIXTURES}/upward/src ${DOCS} rc out)
if(rc EQUAL 0)
    list(APPEND failures "upward: the check passed although the tree has upward includes")
endif()
expect_contains("${out}" "src/domain/Bad.h:5: domain -> app (\"app/MainWindow.h\")" upward)
expect_contains("${out}" "src/app/X.cpp:7: app -> storage (\"storage/MeasureRepository.h\")" upward)
expect_contains("${out}" "src/models/sub/Model.cpp:3: models -> storage (\"storage/MeasureRepository.h\")" upward)
expect_contains("${out}" "src/charts/Up.cpp:2: charts -> .. (\"../report/MonthlyReportPdf.h\")" upward)
expect_contains("${out}" "4 layer include violation(s)" upward)
expect_contains("${out}" "domain -> app: 1 include(s) in 1 file(s)" upward)
# Allowed or not layer edges: must stay silent.
expect_lacks("${out}" "app/Commented.h" upward)
expect_lacks("${out}" "\"storage/Database.h\"" upward)
expect_lacks("${out}" "\"storage/CheckReport.h\"" upward)
expect_lacks("${out}" "ui_X.h" upward)
expect_lacks("${out}" "QtWidgets" upward)
expect_lacks("${out}" "Nested.cpp" upward)
expect_lacks("${out}" "analysis/ChartType.h" upward)

# 2. A clean tree passes.
run_check(${FIXTURES}/clean/src ${DOCS} rc out)
if(NOT rc EQUAL 0)
    list(APPEND failures "clean: the check failed on a tree without violations:\n${out}")
endif()

# 3. An unreadable table is an error, not a silent rule.
run_check(${FIXTURES}/clean/src ${FIXTURES}/bad-table.md rc out)
if(rc EQUAL 0)
    list(APPEND failures "bad-table: the check accepted a table row it cannot read")
endif()
expect_contains("${out}" "cannot read 'everything else' in the row of 'domain'" bad-table)

if(failures)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "IncludeLayerCheck self-test failed:\n  ${text}")
endif()
message(STATUS "IncludeLayerCheck self-test passed: it names planted violations, passes a clean tree and refuses a bad table")
