# Monthly report content: small-count suppression, anonymising for sharing, collecting at the
# month's end from a demo database.
target_sources(services_tests PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SmallCountSuppressionTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportAnonymiserTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportContentCollectorTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MeasureMediansTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PharmacyReportFixture.h
    ${CMAKE_CURRENT_LIST_DIR}/PharmacyReportCollectorTests.cpp
)
target_link_libraries(services_tests PRIVATE medsafe_demo)
