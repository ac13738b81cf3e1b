target_sources(medsafe_app PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/OverviewView.h
    ${CMAKE_CURRENT_LIST_DIR}/OverviewView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProgrammeTimelineWidget.h
    ${CMAKE_CURRENT_LIST_DIR}/ProgrammeTimelineWidget.cpp)
