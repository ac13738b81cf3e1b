# Data packages: writer/reader round trip and refusals, import/export on real temporary files.
target_sources(services_tests PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PackageTestSupport.h
    ${CMAKE_CURRENT_LIST_DIR}/PackageTestSupport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportPackageTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PackageExchangeTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PackageFuzzTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PackageSignatureTests.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PharmacyPackageTests.cpp
)

# The CLI round trip on real files: demo botilbud → empty consultant database → feedback → botilbud.
if(TARGET medicinsikker-cli)
    add_test(NAME cli_package_round_trip
             COMMAND ${CMAKE_CURRENT_LIST_DIR}/cli_package_round_trip.sh $<TARGET_FILE:medicinsikker-cli>)
endif()
