target_sources(medsafe_models PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ProgrammeEventModel.h
    ${CMAKE_CURRENT_LIST_DIR}/ProgrammeEventModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TrainingRecordModel.h
    ${CMAKE_CURRENT_LIST_DIR}/TrainingRecordModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CompetenceMatrixModel.h
    ${CMAKE_CURRENT_LIST_DIR}/CompetenceMatrixModel.cpp
)
