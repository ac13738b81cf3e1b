target_sources(medsafe_app PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SustainView.h
    ${CMAKE_CURRENT_LIST_DIR}/SustainView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SustainPage.h
    ${CMAKE_CURRENT_LIST_DIR}/SustainPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SustainChartsPanel.h
    ${CMAKE_CURRENT_LIST_DIR}/SustainChartsPanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SustainPlanPanel.h
    ${CMAKE_CURRENT_LIST_DIR}/SustainPlanPanel.cpp
)
