# The aim, the driver diagram and the change ideas.
target_sources(medsafe_services PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ImprovementService.h
    ${CMAKE_CURRENT_LIST_DIR}/ImprovementService.cpp
)
