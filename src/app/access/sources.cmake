# Signing in, passwords, accounts and what a signed-in person may use (issue 14).
target_sources(medsafe_app PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CheckedDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/CheckedDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SignInDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/SignInDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FirstAccountDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/FirstAccountDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ChangePasswordDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ChangePasswordDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SignInFlow.h
    ${CMAKE_CURRENT_LIST_DIR}/SignInFlow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AccessGate.h
    ${CMAKE_CURRENT_LIST_DIR}/AccessGate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AccountDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/AccountDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SessionActions.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionActions.cpp
)
