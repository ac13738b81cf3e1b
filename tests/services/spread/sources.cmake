# Spreading adopted changes (issue 16): change packages out and in (round trip, twice, refusals,
# roles, anonymisation), the spread matrix from received reports and the spread plan.
target_sources(services_tests PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SpreadTestSupport.h
    ${CMAKE_CURRENT_LIST_DIR}/SpreadTestSupport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ChangePackageTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SpreadMatrixTests.cpp
)
