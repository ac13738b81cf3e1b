# The session object: the open database, the current botilbud and the services handed to views.
target_sources(medsafe_services PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Workspace.h
    ${CMAKE_CURRENT_LIST_DIR}/Workspace.cpp
)
