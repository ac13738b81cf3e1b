# The botilbud of a database and their people.
target_sources(medsafe_services PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/OrganisationService.h
    ${CMAKE_CURRENT_LIST_DIR}/OrganisationService.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProgrammeSetup.h
    ${CMAKE_CURRENT_LIST_DIR}/ProgrammeSetup.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WorkingGroupCheck.h
    ${CMAKE_CURRENT_LIST_DIR}/WorkingGroupCheck.cpp
)
