# Spreading adopted changes (issue 16): change packages out and in, the spread matrix and the
# spread plan agreed with PS!.
target_sources(medsafe_services PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SpreadStatus.h
    ${CMAKE_CURRENT_LIST_DIR}/SpreadStatus.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ChangePackageFormat.h
    ${CMAKE_CURRENT_LIST_DIR}/ChangePackageFormat.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ChangePackageCollector.h
    ${CMAKE_CURRENT_LIST_DIR}/ChangePackageCollector.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ChangePackageImport.h
    ${CMAKE_CURRENT_LIST_DIR}/ChangePackageImport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ChangePackageService.h
    ${CMAKE_CURRENT_LIST_DIR}/ChangePackageService.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SpreadMatrix.h
    ${CMAKE_CURRENT_LIST_DIR}/SpreadMatrixService.h
    ${CMAKE_CURRENT_LIST_DIR}/SpreadMatrixService.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SpreadPlanService.h
    ${CMAKE_CURRENT_LIST_DIR}/SpreadPlanService.cpp
)
