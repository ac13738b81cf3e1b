# The screenshot tool of scripts/screenshots.sh: every view of the main window as a PNG.
add_executable(medicinsikker-screenshots ${CMAKE_CURRENT_LIST_DIR}/ScreenshotTool.cpp)
target_link_libraries(medicinsikker-screenshots PRIVATE medsafe_app)
