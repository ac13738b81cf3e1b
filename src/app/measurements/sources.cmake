target_sources(medsafe_app PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/GroupedHeaderView.h
    ${CMAKE_CURRENT_LIST_DIR}/GroupedHeaderView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SetGridValueCommand.h
    ${CMAKE_CURRENT_LIST_DIR}/SetGridValueCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MeasurementGridDelegate.h
    ${CMAKE_CURRENT_LIST_DIR}/MeasurementGridDelegate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MeasurementsView.h
    ${CMAKE_CURRENT_LIST_DIR}/MeasurementsView.cpp
)
