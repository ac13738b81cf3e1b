# Apotek (issue 15): a visit with findings, their follow-up, the question log, the role gates,
# and the month's report read back with pdftotext.
target_sources(gui_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/PharmacyViewTests.cpp
                                 ${CMAKE_CURRENT_LIST_DIR}/PharmacyPagesTests.cpp)
find_program(MEDSAFE_GUI_PDFTOTEXT pdftotext)
find_program(MEDSAFE_GUI_PDFINFO pdfinfo)
if(MEDSAFE_GUI_PDFTOTEXT AND MEDSAFE_GUI_PDFINFO)
    set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/PharmacyViewTests.cpp PROPERTIES
        COMPILE_DEFINITIONS "MEDSAFE_PDFTOTEXT=\"${MEDSAFE_GUI_PDFTOTEXT}\";MEDSAFE_PDFINFO=\"${MEDSAFE_GUI_PDFINFO}\"")
endif()
