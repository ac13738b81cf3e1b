# Opstart: phase 1 with content (issue 16) — the workflow analysis before and after, the
# guidelines and the delegation register, one tab each.
target_sources(medsafe_app PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/StartupView.h
    ${CMAKE_CURRENT_LIST_DIR}/StartupView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OptionalDateEdit.h
    ${CMAKE_CURRENT_LIST_DIR}/OptionalDateEdit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WorkflowPage.h
    ${CMAKE_CURRENT_LIST_DIR}/WorkflowPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GuidelinesPage.h
    ${CMAKE_CURRENT_LIST_DIR}/GuidelinesPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DelegationsPage.h
    ${CMAKE_CURRENT_LIST_DIR}/DelegationsPage.cpp
)
