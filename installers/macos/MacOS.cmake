# macOS: a disk image with colab-tunnel.app to drag into Applications (CPack DragNDrop). The bundle
# itself (Info.plist with the colab-tunnel:// URL type, icon) is set up in installers/macos/Bundle.cmake.
# Secrets go to the login Keychain through QtKeychain's macOS backend: nothing to install.
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Colab Tunnel")
set(CPACK_DMG_FORMAT "UDBZ")
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)

# Qt's frameworks and plugins into the bundle (macdeployqt), at install time, i.e. inside cpack.
find_program(MACDEPLOYQT macdeployqt HINTS "${Qt6_DIR}/../../../bin" "${QT6_INSTALL_PREFIX}/bin")
if(MACDEPLOYQT)
    install(CODE "execute_process(COMMAND \"${MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/colab-tunnel.app\"
                          COMMAND_ERROR_IS_FATAL ANY)")
else()
    message(WARNING "macdeployqt not found: the disk image would lack Qt's frameworks")
endif()
