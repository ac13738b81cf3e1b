# What `cmake --install` puts where, and the Debian package CPack makes of it
# (scripts/package.sh, docs/packaging.md). Included once from the top-level CMakeLists.txt,
# after the programs are defined.
include(GNUInstallDirs)

# One reverse-DNS id names the desktop entry, the AppStream component, the icon and the app's
# windows (QGuiApplication::desktopFileName), so desktops and software centres tie them together.
set(MEDSAFE_APP_ID dk.medicinsikker.Medicinsikker)
target_compile_definitions(medicinsikker PRIVATE MEDSAFE_APP_ID="${MEDSAFE_APP_ID}")
set(MEDSAFE_PACKAGING_DIR ${CMAKE_SOURCE_DIR}/resources/packaging)
set(MEDSAFE_METAINFO ${MEDSAFE_PACKAGING_DIR}/${MEDSAFE_APP_ID}.metainfo.xml)
# Debian wants the package name here; CMAKE_INSTALL_DOCDIR would use project()'s "Medicinsikker".
set(MEDSAFE_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/medicinsikker)

# A software centre shows the newest <release> as the installed version, and the package's
# changelog names the version it describes: a version bump in project() without a new entry
# in both would ship metadata that contradicts the package.
function(medsafe_require_version file pattern)
    file(READ ${file} text)
    string(FIND "${text}" "${pattern}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${file} has no entry for version ${PROJECT_VERSION} (looked for "
                            "'${pattern}'); add one for the version in project().")
    endif()
endfunction()
medsafe_require_version(${MEDSAFE_METAINFO} "<release version=\"${PROJECT_VERSION}\"")
medsafe_require_version(${MEDSAFE_PACKAGING_DIR}/changelog "medicinsikker (${PROJECT_VERSION})")
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${MEDSAFE_METAINFO}
             ${MEDSAFE_PACKAGING_DIR}/changelog)

install(TARGETS medicinsikker medicinsikker-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/app.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${MEDSAFE_APP_ID}.svg)
install(FILES ${MEDSAFE_PACKAGING_DIR}/${MEDSAFE_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${MEDSAFE_METAINFO} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${MEDSAFE_PACKAGING_DIR}/copyright DESTINATION ${MEDSAFE_DOC_DIR})

# Man pages and the changelog are installed gzip'd with -9n, as Debian policy asks (-n leaves
# the time stamp out, so the same page always gives the same bytes).
find_program(MEDSAFE_GZIP gzip REQUIRED)
set(medsafe_gzipped)
foreach(source IN ITEMS docs/man/medicinsikker.1 docs/man/medicinsikker-cli.1 resources/packaging/changelog)
    get_filename_component(leaf ${source} NAME)
    set(output ${CMAKE_BINARY_DIR}/packaging/${leaf}.gz)
    add_custom_command(OUTPUT ${output}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
        COMMAND ${MEDSAFE_GZIP} -9 -n -c ${CMAKE_SOURCE_DIR}/${source} > ${output}
        DEPENDS ${CMAKE_SOURCE_DIR}/${source}
        COMMENT "Compressing ${leaf}"
        VERBATIM)
    list(APPEND medsafe_gzipped ${output})
endforeach()
add_custom_target(medsafe_packaging_files ALL DEPENDS ${medsafe_gzipped})
install(FILES ${CMAKE_BINARY_DIR}/packaging/medicinsikker.1.gz ${CMAKE_BINARY_DIR}/packaging/medicinsikker-cli.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_BINARY_DIR}/packaging/changelog.gz DESTINATION ${MEDSAFE_DOC_DIR})

# The Debian package: medicinsikker_<version>_<arch>.deb.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME medicinsikker)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "medication safety improvement work in residential care homes")
# The long description: Debian shows it on 80-column terminals, so lines stay under 80.
set(CPACK_PACKAGE_DESCRIPTION
    "Medicinsikker supports the improvement work on medication safety in Danish
residential social-care homes (botilbud), following the Model for Improvement:
aims and measures, change ideas tested in PDSA cycles, baseline and monthly
measurements shown as run charts with the Anhøj rules, medication incidents
recorded without CPR numbers, and monthly reports and signed data packages for
the programme's consultants.
.
The package holds the desktop application (medicinsikker, Danish by default)
and the command-line tool medicinsikker-cli for checks, reports, backups and
data packages. All data stay on the computer in one SQLite file.")
set(MEDSAFE_PACKAGE_MAINTAINER "Medicinsikker maintainers <maintainers@medicinsikker.example.org>"
    CACHE STRING "Maintainer field of the Debian package")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${MEDSAFE_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
# dpkg-shlibdeps finds the libraries the programs link (Qt, libsodium, spdlog, fmt); plugins
# are loaded at run time, so it cannot see them: the SQLite driver is named here. The SVG
# icon engine and the xcb platform plugin come with libqt6svg6 and libqt6gui6, which the
# programs link anyway.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The PostgreSQL driver too: a kommune's shared server (docs/server.md) is reached through it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql")
# Qt's own Danish texts (the standard buttons of dialogs); without them those stay English.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
include(CPack)
