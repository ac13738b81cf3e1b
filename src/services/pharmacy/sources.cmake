# The pharmacy's part: agreement, quality-assurance visits and findings, the question log,
# the figures derived from them and the refreshers per competence topic.
target_sources(medsafe_services PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PharmacyService.h
    ${CMAKE_CURRENT_LIST_DIR}/PharmacyService.cpp
    ${CMAKE_CURRENT_LIST_DIR}/QaVisitService.h
    ${CMAKE_CURRENT_LIST_DIR}/QaVisitService.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PharmacyFigures.h
    ${CMAKE_CURRENT_LIST_DIR}/PharmacyFigures.cpp
    ${CMAKE_CURRENT_LIST_DIR}/QuestionSearch.h
    ${CMAKE_CURRENT_LIST_DIR}/QuestionSearch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RefresherPlan.h
    ${CMAKE_CURRENT_LIST_DIR}/RefresherPlan.cpp
)
