# Sign-in, passwords and who may do what (issue 14).
target_sources(medsafe_services PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AccessAction.h
    ${CMAKE_CURRENT_LIST_DIR}/AccessPolicy.h
    ${CMAKE_CURRENT_LIST_DIR}/AccessPolicy.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PasswordHashing.h
    ${CMAKE_CURRENT_LIST_DIR}/PasswordHashing.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PasswordRules.h
    ${CMAKE_CURRENT_LIST_DIR}/PasswordRules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AccountService.h
    ${CMAKE_CURRENT_LIST_DIR}/AccountService.cpp
)
