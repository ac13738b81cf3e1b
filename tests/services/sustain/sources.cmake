# Sustaining adopted changes (issue 16): adoption, frozen limits against qicharts2's cases,
# the slip-back reading both ways, and the fastholdelsesplan's rules, roles and conflicts.
target_sources(services_tests PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/FrozenChartTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SustainServiceTests.cpp
)
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/FrozenChartTests.cpp PROPERTIES
    COMPILE_DEFINITIONS "MEDSAFE_SUSTAIN_ORACLE_DIR=\"${CMAKE_SOURCE_DIR}/tests/data/qicharts2\"")
