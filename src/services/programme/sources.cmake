# The programme (phases, events, start-up checklist) and competence development.
target_sources(medsafe_services PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ProgrammeService.h
    ${CMAKE_CURRENT_LIST_DIR}/ProgrammeService.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CompetenceService.h
    ${CMAKE_CURRENT_LIST_DIR}/CompetenceService.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NextStepsService.h
    ${CMAKE_CURRENT_LIST_DIR}/NextStepsService.cpp
)
