# Spreading changes (issue 16): change packages out and in, and the consultant's spread matrix.
target_sources(medsafe_app PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/SpreadPage.h
    ${CMAKE_CURRENT_LIST_DIR}/SpreadPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ChangeStoryHtml.h
    ${CMAKE_CURRENT_LIST_DIR}/ChangeStoryHtml.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SpreadMatrixPage.h
    ${CMAKE_CURRENT_LIST_DIR}/SpreadMatrixPage.cpp
)
