target_sources(medsafe_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DriverDiagramLayout.h
    ${CMAKE_CURRENT_LIST_DIR}/DriverDiagramLayout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MeasureTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/MeasureTableModel.cpp)
