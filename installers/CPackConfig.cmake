# CPack: packaging for Linux (deb); Windows/macOS set up in installers/<os>/.
set(CPACK_PACKAGE_NAME "colab-tunnel")
set(CPACK_PACKAGE_VENDOR "Colab Tunnel")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "maintainers@colab-tunnel.invalid")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
install(FILES ${PROJECT_SOURCE_DIR}/resources/colab-tunnel.desktop DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/colab-tunnel.svg
        DESTINATION share/icons/hicolor/scalable/apps)
include(CPack)
