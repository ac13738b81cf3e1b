# PDSA cycles.
target_sources(medsafe_services PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PdsaService.h
    ${CMAKE_CURRENT_LIST_DIR}/PdsaService.cpp
)
