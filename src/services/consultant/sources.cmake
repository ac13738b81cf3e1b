# The PS! consultant's overview across botilbud: the report grid, a report's content for a
# cell (local or from a received package), feedback, and a measure's charts across botilbud.
target_sources(medsafe_services PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ConsultantGrid.h
    ${CMAKE_CURRENT_LIST_DIR}/ConsultantOverviewService.h
    ${CMAKE_CURRENT_LIST_DIR}/ConsultantOverviewService.cpp
)
