# Data packages: versioned, anonymised JSON between a botilbud and its PS! consultant
# (docs/package-format.md) — writers, readers, the importer and the exporter.
target_sources(medsafe_services PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PackageFormat.h
    ${CMAKE_CURRENT_LIST_DIR}/PackageFormat.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PackageJson.h
    ${CMAKE_CURRENT_LIST_DIR}/PackageJson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PackageEnvelopeReader.h
    ${CMAKE_CURRENT_LIST_DIR}/PackageEnvelopeReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportPackageWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportPackageWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportPackageReader.h
    ${CMAKE_CURRENT_LIST_DIR}/ReportPackageReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PharmacyPackageSection.h
    ${CMAKE_CURRENT_LIST_DIR}/PharmacyPackageSection.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FeedbackPackage.h
    ${CMAKE_CURRENT_LIST_DIR}/FeedbackPackageWriter.h
    ${CMAKE_CURRENT_LIST_DIR}/FeedbackPackageWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FeedbackPackageReader.h
    ${CMAKE_CURRENT_LIST_DIR}/FeedbackPackageReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PackageTrust.h
    ${CMAKE_CURRENT_LIST_DIR}/PackageTrust.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PackageImporter.h
    ${CMAKE_CURRENT_LIST_DIR}/PackageImporter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PackageExporter.h
    ${CMAKE_CURRENT_LIST_DIR}/PackageExporter.cpp
)
