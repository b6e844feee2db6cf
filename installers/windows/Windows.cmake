# Windows: an NSIS installer (CPack NSIS; WiX works too: `cpack -G WIX`, same upgrade GUID). Built
# on Windows only — see installers/README.md. Nothing here runs when configuring on Linux.
set(CPACK_GENERATOR "NSIS")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "ColabTunnel") # fixed: a new version replaces the old one
set(CPACK_NSIS_PACKAGE_NAME "Colab Tunnel")
set(CPACK_NSIS_DISPLAY_NAME "Colab Tunnel")
set(CPACK_NSIS_URL_INFO_ABOUT "${COLAB_HOMEPAGE}")
set(CPACK_NSIS_HELP_LINK "${COLAB_HOMEPAGE}/issues")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\colab-tunnel.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON) # upgrades: the old version is removed first
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "colab-tunnel.exe")
# CPACK_PACKAGE_EXECUTABLES (CPackConfig.cmake) makes the Start-menu shortcut "Colab Tunnel".
# The colab-tunnel:// protocol, and start at login when the user says yes (silent installs: no).
file(READ ${CMAKE_CURRENT_LIST_DIR}/install.nsh CPACK_NSIS_EXTRA_INSTALL_COMMANDS)
file(READ ${CMAKE_CURRENT_LIST_DIR}/uninstall.nsh CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS)

# WiX instead of NSIS: the fixed upgrade code lets Windows Installer replace an older version.
set(CPACK_WIX_UPGRADE_GUID "6B1F3C52-8E0D-4C8A-9B4E-2F7A1D5C9E31")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${COLAB_HOMEPAGE}")

# The icon (.ico with 16-256 px) from the one SVG, with ImageMagick when it is installed.
find_program(MAGICK magick)
if(MAGICK)
    set(_ico ${PROJECT_BINARY_DIR}/installers/colab-tunnel.ico)
    add_custom_command(OUTPUT ${_ico}
                       COMMAND ${MAGICK} -background none ${PROJECT_SOURCE_DIR}/resources/icons/colab-tunnel.svg
                               -define icon:auto-resize=256,128,64,48,32,16 ${_ico}
                       DEPENDS ${PROJECT_SOURCE_DIR}/resources/icons/colab-tunnel.svg VERBATIM)
    add_custom_target(colabtunnel_ico ALL DEPENDS ${_ico})
    set(CPACK_WIX_PRODUCT_ICON ${_ico})
    set(CPACK_NSIS_MUI_ICON ${_ico})
    set(CPACK_NSIS_MUI_UNIICON ${_ico})
else()
    message(WARNING "ImageMagick (magick) not found: the installer gets NSIS's default icon")
endif()

# Qt's DLLs and plugins beside the program (windeployqt), and QtKeychain's DLL (its Windows backend
# is the Credential Manager: nothing else to install). libssh's DLL comes from the same prefix as
# its import library (vcpkg: installed/x64-windows/bin/ssh.dll); see installers/README.md.
find_program(WINDEPLOYQT windeployqt HINTS "${Qt6_DIR}/../../../bin" "${QT6_INSTALL_PREFIX}/bin")
if(WINDEPLOYQT)
    install(CODE "execute_process(COMMAND \"${WINDEPLOYQT}\" --release --no-compiler-runtime --no-translations
                          \"\${CMAKE_INSTALL_PREFIX}/bin/colab-tunnel.exe\" COMMAND_ERROR_IS_FATAL ANY)")
else()
    message(WARNING "windeployqt not found: the installer would lack Qt's DLLs")
endif()
install(IMPORTED_RUNTIME_ARTIFACTS qt6keychain RUNTIME DESTINATION bin)
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries) # the MSVC runtime
