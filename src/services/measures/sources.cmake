# Measure series, chart inputs and the dashboard (docs/charts.md, "Run charts and dashboard").
target_sources(medsafe_services PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MeasureSeries.h
    ${CMAKE_CURRENT_LIST_DIR}/MeasureSeriesService.h
    ${CMAKE_CURRENT_LIST_DIR}/MeasureSeriesService.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ChartInputFactory.h
    ${CMAKE_CURRENT_LIST_DIR}/ChartInputFactory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DashboardService.h
    ${CMAKE_CURRENT_LIST_DIR}/DashboardService.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MeasureService.h
    ${CMAKE_CURRENT_LIST_DIR}/MeasureService.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MeasurementGridService.h
    ${CMAKE_CURRENT_LIST_DIR}/MeasurementGridService.cpp
)
