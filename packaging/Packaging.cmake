# Installers. Linux: CPack DEB (dependencies computed by dpkg-shlibdeps, so it depends on Debian's
# libtorch, Qt 6 and htslib packages instead of bundling them) and a TGZ. Windows and macOS recipes
# cannot be built on Debian (no Qt 6 for MinGW, no macdeployqt) and are not provided yet.
include(GNUInstallDirs)

if(LOCUSCOPE_GUI)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/org.locuscope.Locuscope.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/org.locuscope.Locuscope.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/locuscope.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME org.locuscope.Locuscope.svg)
endif()
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_PACKAGE_NAME "locuscope")
set(CPACK_PACKAGE_VENDOR "Locuscope developers")
set(CPACK_PACKAGE_CONTACT "Locuscope developers <locuscope@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libopenblas0-openmp, libopenblas0-pthread")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/;/demo-output/")
include(CPack)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/demo/ DESTINATION ${CMAKE_INSTALL_DATADIR}/locuscope/demo)
