target_sources(medsafe_app PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ProgrammePage.h
    ${CMAKE_CURRENT_LIST_DIR}/RecordListPage.h
    ${CMAKE_CURRENT_LIST_DIR}/RecordListPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EventsPage.h
    ${CMAKE_CURRENT_LIST_DIR}/EventsPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CompetenceLevelDelegate.h
    ${CMAKE_CURRENT_LIST_DIR}/CompetenceLevelDelegate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CompetencePage.h
    ${CMAKE_CURRENT_LIST_DIR}/CompetencePage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TrainingFilterModel.h
    ${CMAKE_CURRENT_LIST_DIR}/TrainingFilterModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TrainingPage.h
    ${CMAKE_CURRENT_LIST_DIR}/TrainingPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProgrammeView.h
    ${CMAKE_CURRENT_LIST_DIR}/ProgrammeView.cpp
)
