target_sources(models_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/DriverDiagramLayoutTests.cpp)
