target_sources(models_tests PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/IncidentTableModelTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SafetyCalendarModelTests.cpp
)
