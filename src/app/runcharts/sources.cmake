# Seriediagrammer: the leader's overview (small multiples with verdict badges) and the full
# chart with freeze, split, exclusion, export and print.
target_sources(medsafe_app PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/RunChartSpecs.h
    ${CMAKE_CURRENT_LIST_DIR}/RunChartSpecs.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SparkChart.h
    ${CMAKE_CURRENT_LIST_DIR}/SparkChart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MeasureTile.h
    ${CMAKE_CURRENT_LIST_DIR}/MeasureTile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DashboardPage.h
    ${CMAKE_CURRENT_LIST_DIR}/DashboardPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ChartPage.h
    ${CMAKE_CURRENT_LIST_DIR}/ChartPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RunChartsView.h
    ${CMAKE_CURRENT_LIST_DIR}/RunChartsView.cpp
)
