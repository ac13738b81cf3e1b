# Fails when a translatable string has no finished Danish translation.
set(copy "${WORK_DIR}/medicinsikker_da_check.ts")
file(COPY_FILE "${TS_FILE}" "${copy}")
execute_process(
    COMMAND "${LUPDATE}" -locations none -no-obsolete -I "${SOURCE_DIR}/src" "${SOURCE_DIR}/src" "${SOURCE_DIR}/ui" -ts "${copy}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}): ${out} ${err}")
endif()
file(READ "${copy}" content)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${content}")
list(LENGTH unfinished count)
if(count GREATER 0)
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*<translation type=\"unfinished\"" sources "${content}")
    message(FATAL_ERROR "${count} string(s) lack a Danish translation:\n${sources}\n"
        "Run: cmake --build build --target update_translations, then fill them in "
        "(scripts/merge-translations.py).")
endif()
string(REGEX MATCHALL "<message" all "${content}")
list(LENGTH all total)
if(total EQUAL 0)
    message(FATAL_ERROR "No translatable strings found: is lupdate reading the sources?")
endif()
message(STATUS "All ${total} strings have a Danish translation.")
