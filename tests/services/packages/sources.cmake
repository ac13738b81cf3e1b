# Data packages: writer/reader round trip and refusals, import/export on real temporary files.
target_sources(services_tests PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PackageTestSupport.h
    ${CMAKE_CURRENT_LIST_DIR}/PackageTestSupport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportPackageTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PackageExchangeTests.cpp
)
