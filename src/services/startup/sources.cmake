# Phase 1 with content (issue 16): the workflow analysis before and after, the guideline review,
# the delegation register and the start-up checklist that ticks itself from them.
target_sources(medsafe_services PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/WorkflowService.h
    ${CMAKE_CURRENT_LIST_DIR}/WorkflowService.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GuidelineService.h
    ${CMAKE_CURRENT_LIST_DIR}/GuidelineService.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DelegationService.h
    ${CMAKE_CURRENT_LIST_DIR}/DelegationService.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StartupChecklist.h
    ${CMAKE_CURRENT_LIST_DIR}/StartupChecklist.cpp
)
