target_sources(medsafe_app PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DriverDiagramPage.h
    ${CMAKE_CURRENT_LIST_DIR}/DriverDiagramPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DriverDiagramScene.h
    ${CMAKE_CURRENT_LIST_DIR}/DriverDiagramScene.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ImprovementMeasuresPage.h
    ${CMAKE_CURRENT_LIST_DIR}/ImprovementMeasuresPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ImprovementView.h
    ${CMAKE_CURRENT_LIST_DIR}/ImprovementView.cpp)
