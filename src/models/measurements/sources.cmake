target_sources(medsafe_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/GridCell.h
    ${CMAKE_CURRENT_LIST_DIR}/MeasurementChanges.h
    ${CMAKE_CURRENT_LIST_DIR}/MeasurementGridSnapshot.h
    ${CMAKE_CURRENT_LIST_DIR}/MeasurementGridModel.h
    ${CMAKE_CURRENT_LIST_DIR}/MeasurementGridModel.cpp
)
