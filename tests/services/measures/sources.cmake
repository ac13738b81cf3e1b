# Measure series, chart input mapping and the dashboard service (src/services/measures).
target_sources(services_tests PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MeasureFixture.h
    ${CMAKE_CURRENT_LIST_DIR}/MeasureSeriesTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ChartInputFactoryTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DashboardServiceTests.cpp
)
