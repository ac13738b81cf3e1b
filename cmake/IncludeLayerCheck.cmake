# Include-level layer check, run in script mode (no compiler, nothing but CMake):
#
#   cmake -DSOURCE_ROOT=<repo>/src -DDOCS=<repo>/docs/architecture.md -P cmake/IncludeLayerCheck.cmake
#
# cmake/LayerCheck.cmake looks at what targets *link*; this script looks at what source files
# *include*, which catches an upward #include even while the linked libraries still allow it.
#
# Every .h/.cpp under SOURCE_ROOT/<layer>/ (recursively) is read. A quoted include whose first
# path component is a layer folder ("storage/Database.h") is an edge from the file's layer to
# that layer. Each edge must be allowed by the table in DOCS between
#   <!-- layer-table-begin -->  and  <!-- layer-table-end -->
# so the documented rule and the checked rule are one and the same text. Angle-bracket includes
# (<QString>, <catch2/...>) and quoted includes that are not layer-prefixed ("ui_MainWindow.h",
# "MainWindow.h" next to its .cpp) are not layer edges and are ignored.
#
# Table cell syntax ("may include"), comma-separated:
#   layer                         every header of that layer
#   layer (A.h, sub/B.h only)     only those headers, relative to src/<layer>/
#   —  (or -, or empty)           nothing besides the layer itself
# Every layer may always include itself. Backticks are ignored, so cells may be written as code.
#
# Exit code 0 when every edge is allowed; otherwise each violation is printed as
#   src/<layer>/File.cpp:<line>: <from> -> <to> ("<include>") is not allowed
# followed by a summary grouped by layer pair, and the script fails.

cmake_minimum_required(VERSION 3.20)

foreach(required SOURCE_ROOT DOCS)
    if(NOT DEFINED ${required} OR "${${required}}" STREQUAL "")
        message(FATAL_ERROR "IncludeLayerCheck: pass -D${required}=... (see the head of this script)")
    endif()
endforeach()
get_filename_component(SOURCE_ROOT "${SOURCE_ROOT}" ABSOLUTE)
get_filename_component(DOCS "${DOCS}" ABSOLUTE)
if(NOT IS_DIRECTORY "${SOURCE_ROOT}")
    message(FATAL_ERROR "IncludeLayerCheck: SOURCE_ROOT '${SOURCE_ROOT}' is not a directory")
endif()
if(NOT EXISTS "${DOCS}")
    message(FATAL_ERROR "IncludeLayerCheck: DOCS '${DOCS}' does not exist")
endif()

# Paths are printed relative to the folder above SOURCE_ROOT, i.e. as "src/app/X.cpp".
get_filename_component(display_root "${SOURCE_ROOT}" DIRECTORY)

# ---------------------------------------------------------------------------------------------
# 1. Parse the allowed table out of the docs.
# ---------------------------------------------------------------------------------------------
file(READ "${DOCS}" docs_text)
set(begin_marker "<!-- layer-table-begin -->")
set(end_marker "<!-- layer-table-end -->")
string(FIND "${docs_text}" "${begin_marker}" begin_at)
string(FIND "${docs_text}" "${begin_marker}" begin_last REVERSE)
string(FIND "${docs_text}" "${end_marker}" end_at)
if(begin_at EQUAL -1 OR end_at EQUAL -1 OR end_at LESS begin_at)
    message(FATAL_ERROR "IncludeLayerCheck: ${DOCS} needs one table between '${begin_marker}' and '${end_marker}'")
endif()
if(NOT begin_at EQUAL begin_last)
    # Two tables would leave the reader guessing which one is checked.
    message(FATAL_ERROR "IncludeLayerCheck: ${DOCS} has more than one '${begin_marker}'")
endif()
string(LENGTH "${begin_marker}" begin_len)
math(EXPR table_start "${begin_at} + ${begin_len}")
math(EXPR table_len "${end_at} - ${table_start}")
string(SUBSTRING "${docs_text}" ${table_start} ${table_len} table_text)

# Brackets and semicolons would confuse CMake's list splitting; no table cell needs them.
string(REPLACE ";" "," table_text "${table_text}")
string(REPLACE "[" "(" table_text "${table_text}")
string(REPLACE "]" ")" table_text "${table_text}")
string(REPLACE "`" "" table_text "${table_text}")
string(REPLACE "**" "" table_text "${table_text}")
string(REPLACE "\n" ";" table_lines "${table_text}")

set(table_layers "")          # every layer that has a row ("from" column)
set(row_count 0)
foreach(row IN LISTS table_lines)
    string(STRIP "${row}" row)
    if(NOT row MATCHES "^\\|")
        continue()            # blank line or prose around the table
    endif()
    # "| from | may include |" (extra columns, e.g. a "why", are allowed and ignored).
    if(NOT row MATCHES "^\\|([^|]*)\\|([^|]*)\\|")
        message(FATAL_ERROR "IncludeLayerCheck: cannot read table row '${row}' in ${DOCS}")
    endif()
    string(STRIP "${CMAKE_MATCH_1}" from)
    string(STRIP "${CMAKE_MATCH_2}" cell)
    if(from MATCHES "^:?-+:?$" OR from STREQUAL "from")
        continue()            # separator row / header row
    endif()
    if(NOT from MATCHES "^[a-z0-9_]+$")
        message(FATAL_ERROR "IncludeLayerCheck: '${from}' in ${DOCS} is not a layer folder name (row '${row}')")
    endif()
    if(from IN_LIST table_layers)
        message(FATAL_ERROR "IncludeLayerCheck: layer '${from}' has two rows in ${DOCS}")
    endif()
    list(APPEND table_layers "${from}")
    math(EXPR row_count "${row_count} + 1")
    set(allowed_${from} "")

    if(cell STREQUAL "" OR cell STREQUAL "—" OR cell STREQUAL "–" OR cell STREQUAL "-")
        continue()            # nothing besides itself
    endif()

    # One entry is a layer name with an optional "(header, header only)" restriction. Read the
    # entries one by one from the front, so that anything we do not understand is an error
    # instead of silently allowing or forbidding something.
    set(rest "${cell}")
    while(NOT rest STREQUAL "")
        if(NOT rest MATCHES "^([a-z0-9_]+)[ \t]*(\\(([^()]*)\\))?[ \t]*(,[ \t]*|$)")
            message(FATAL_ERROR "IncludeLayerCheck: cannot read '${rest}' in the row of '${from}' in ${DOCS}. "
                                "Expected: layer, layer (Header.h, Other.h only), ...")
        endif()
        set(entry "${CMAKE_MATCH_0}")
        set(to "${CMAKE_MATCH_1}")
        set(has_headers "${CMAKE_MATCH_2}")
        set(header_text "${CMAKE_MATCH_3}")
        string(LENGTH "${entry}" entry_len)
        string(SUBSTRING "${rest}" ${entry_len} -1 rest)
        string(STRIP "${rest}" rest)

        if(to IN_LIST allowed_${from})
            message(FATAL_ERROR "IncludeLayerCheck: '${to}' is listed twice in the row of '${from}' in ${DOCS}")
        endif()
        list(APPEND allowed_${from} "${to}")
        if(has_headers STREQUAL "")
            set(headers_${from}_${to} "")       # the whole layer
            set(restricted_${from}_${to} FALSE)
            continue()
        endif()
        # "(Database.h, CheckReport.h only)": the word "only" is optional.
        string(REGEX REPLACE "[ \t]+only[ \t]*$" "" header_text "${header_text}")
        string(REPLACE "," ";" header_list "${header_text}")
        set(headers "")
        foreach(header IN LISTS header_list)
            string(STRIP "${header}" header)
            string(REGEX REPLACE "^${to}/" "" header "${header}")   # "storage/X.h" or "X.h"
            if(NOT header MATCHES "^[A-Za-z0-9_./-]+\\.(h|hpp)$")
                message(FATAL_ERROR "IncludeLayerCheck: '${header}' in the row of '${from}' in ${DOCS} is not a header name")
            endif()
            list(APPEND headers "${to}/${header}")
        endforeach()
        if(headers STREQUAL "")
            message(FATAL_ERROR "IncludeLayerCheck: empty header list for '${to}' in the row of '${from}' in ${DOCS}")
        endif()
        set(headers_${from}_${to} "${headers}")
        set(restricted_${from}_${to} TRUE)
    endwhile()
endforeach()

if(row_count EQUAL 0)
    message(FATAL_ERROR "IncludeLayerCheck: the layer table in ${DOCS} has no rows")
endif()

# Every layer named on the right must have a row of its own: this catches typos ("modles").
foreach(from IN LISTS table_layers)
    foreach(to IN LISTS allowed_${from})
        if(NOT to IN_LIST table_layers)
            message(FATAL_ERROR "IncludeLayerCheck: the row of '${from}' in ${DOCS} names '${to}', which has no row of its own")
        endif()
    endforeach()
endforeach()

# ---------------------------------------------------------------------------------------------
# 2. Find the layers in the source tree. A folder without a row is an error, so a new layer
#    cannot slip in unchecked. (A row without a folder is fine: the self-test's fixture tree
#    holds only a few layers but is checked against the real table.)
# ---------------------------------------------------------------------------------------------
file(GLOB layer_entries LIST_DIRECTORIES true RELATIVE "${SOURCE_ROOT}" "${SOURCE_ROOT}/*")
set(source_layers "")
foreach(entry IN LISTS layer_entries)
    if(IS_DIRECTORY "${SOURCE_ROOT}/${entry}")
        if(NOT entry IN_LIST table_layers)
            message(FATAL_ERROR "IncludeLayerCheck: ${SOURCE_ROOT}/${entry} has no row in the layer table of ${DOCS}")
        endif()
        list(APPEND source_layers "${entry}")
    endif()
endforeach()

# A restricted header that does not exist (renamed, moved) would be a dead exception.
foreach(from IN LISTS table_layers)
    foreach(to IN LISTS allowed_${from})
        if(restricted_${from}_${to} AND IS_DIRECTORY "${SOURCE_ROOT}/${to}")
            foreach(header IN LISTS headers_${from}_${to})
                if(NOT EXISTS "${SOURCE_ROOT}/${header}")
                    message(FATAL_ERROR "IncludeLayerCheck: the row of '${from}' in ${DOCS} allows '${header}', which does not exist in ${SOURCE_ROOT}")
                endif()
            endforeach()
        endif()
    endforeach()
endforeach()

# ---------------------------------------------------------------------------------------------
# 3. Read every include and check it.
# ---------------------------------------------------------------------------------------------
set(violation_count 0)
set(file_count 0)
set(edge_count 0)
set(pairs "")                 # distinct "from -> to" pairs that were violated, for the summary

foreach(from IN LISTS source_layers)
    file(GLOB_RECURSE layer_files LIST_DIRECTORIES false
         "${SOURCE_ROOT}/${from}/*.h" "${SOURCE_ROOT}/${from}/*.cpp")
    list(SORT layer_files)
    foreach(path IN LISTS layer_files)
        math(EXPR file_count "${file_count} + 1")
        file(READ "${path}" content)
        # Cheap pre-filter: most lines are not includes, and splitting a file into lines in CMake
        # is the slow part.
        if(NOT content MATCHES "#[ \t]*include[ \t]*\"")
            continue()
        endif()
        # Split into lines while keeping line numbers right: characters that CMake lists treat
        # specially (";" splits, "[" "]" group, "\" escapes) are replaced first. Include lines
        # are compared only by their quoted path, which never contains these characters.
        string(REPLACE "\\" "/" content "${content}")
        string(REPLACE ";" "," content "${content}")
        string(REPLACE "[" "(" content "${content}")
        string(REPLACE "]" ")" content "${content}")
        string(REPLACE "\r" "" content "${content}")
        string(REPLACE "\n" ";" lines "${content}")
        file(RELATIVE_PATH shown "${display_root}" "${path}")

        set(line_number 0)
        foreach(line IN LISTS lines)
            math(EXPR line_number "${line_number} + 1")
            # Only a real preprocessor line counts: "// #include" or text in a string does not.
            if(NOT line MATCHES "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\"")
                continue()
            endif()
            set(include "${CMAKE_MATCH_1}")
            set(problem "")
            set(to "")
            if(include MATCHES "(^|/)\\.\\.(/|$)")
                # "../domain/X.h" would step around the check; the project includes from src/.
                set(to "..")
                set(problem "goes up with '..'; include layer headers as \"layer/Header.h\"")
            elseif(include MATCHES "^([^/]+)/")
                set(to "${CMAKE_MATCH_1}")
                if(NOT to IN_LIST table_layers)
                    continue()        # e.g. "spdlog/..." in quotes: not one of our layers
                endif()
                math(EXPR edge_count "${edge_count} + 1")
                if(to STREQUAL from)
                    continue()        # a layer may always include itself
                endif()
                if(NOT to IN_LIST allowed_${from})
                    set(problem "is not allowed")
                elseif(restricted_${from}_${to} AND NOT include IN_LIST headers_${from}_${to})
                    string(REPLACE ";" ", " only "${headers_${from}_${to}}")
                    set(problem "is not allowed (${from} may include only ${only} from ${to})")
                endif()
            else()
                continue()            # "ui_X.h", "SameFolder.h": not a layer edge
            endif()
            if(NOT problem STREQUAL "")
                math(EXPR violation_count "${violation_count} + 1")
                message(NOTICE "${shown}:${line_number}: ${from} -> ${to} (\"${include}\") ${problem}")
                set(pair "${from} -> ${to}")
                if(NOT DEFINED pair_count_${from}_${to})
                    set(pair_count_${from}_${to} 0)
                    list(APPEND pairs "${from};${to}")
                endif()
                math(EXPR pair_count_${from}_${to} "${pair_count_${from}_${to}} + 1")
                list(APPEND pair_files_${from}_${to} "${shown}")
            endif()
        endforeach()
    endforeach()
endforeach()

# ---------------------------------------------------------------------------------------------
# 4. Verdict.
# ---------------------------------------------------------------------------------------------
if(violation_count EQUAL 0)
    message(STATUS "Layer includes OK: ${edge_count} layer includes in ${file_count} files under ${SOURCE_ROOT} follow ${DOCS}")
    return()
endif()

message(NOTICE "")
message(NOTICE "Layer include violations by pair (the allowed table is in ${DOCS}):")
list(LENGTH pairs pair_items)
math(EXPR last_pair "${pair_items} - 1")
foreach(i RANGE 0 ${last_pair} 2)
    math(EXPR j "${i} + 1")
    list(GET pairs ${i} from)
    list(GET pairs ${j} to)
    list(REMOVE_DUPLICATES pair_files_${from}_${to})
    list(LENGTH pair_files_${from}_${to} n_files)
    message(NOTICE "  ${from} -> ${to}: ${pair_count_${from}_${to}} include(s) in ${n_files} file(s)")
endforeach()
message(FATAL_ERROR "${violation_count} layer include violation(s) in ${file_count} files")
