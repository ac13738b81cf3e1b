# Sustaining adopted changes (issue 16): which changes are adopted, their measures' control
# limits frozen after adoption, the slip-back flag, and the fastholdelsesplan.
target_sources(medsafe_services PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ChangeAdoption.h
    ${CMAKE_CURRENT_LIST_DIR}/ChangeAdoption.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FrozenChart.h
    ${CMAKE_CURRENT_LIST_DIR}/FrozenChart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SlipBack.h
    ${CMAKE_CURRENT_LIST_DIR}/SlipBack.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SustainedChanges.h
    ${CMAKE_CURRENT_LIST_DIR}/SustainedChanges.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SustainService.h
    ${CMAKE_CURRENT_LIST_DIR}/SustainService.cpp
)
