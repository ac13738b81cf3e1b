# The pharmacy's part (issue 15): visits and their findings, the question log, the derived
# figures and the refreshers, through the real services on both engines.
target_sources(services_tests PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/QaVisitServiceTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PharmacyQuestionTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PharmacyFiguresTests.cpp
)
