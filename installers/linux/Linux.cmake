# Linux: the .deb (checked in the test run by installers/linux/check-deb.sh) and a .tar.gz of the
# same tree. Everything generated here is built with the app (target `all`), from one source each:
#   PNG icons      <- resources/icons/colab-tunnel.svg (rsvg-convert)
#   colab-tunnel.1 <- `colab-tunnel --help` / `--version` of the built binary (help2man)
#   metainfo       <- project(VERSION) and CHANGELOG.md's top entry
#   changelogs     <- CHANGELOG.md
include(GNUInstallDirs)
set(_linux ${CMAKE_CURRENT_LIST_DIR})
set(_gen ${PROJECT_BINARY_DIR}/installers)
set(_doc ${CMAKE_INSTALL_DATADIR}/doc/colab-tunnel)

# The desktop entry, the AppStream metainfo and the scalable icon.
install(FILES ${PROJECT_SOURCE_DIR}/resources/colab-tunnel.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
configure_file(${_linux}/colab-tunnel.metainfo.xml.in ${_gen}/${COLAB_APPSTREAM_ID}.metainfo.xml @ONLY)
install(FILES ${_gen}/${COLAB_APPSTREAM_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/colab-tunnel.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# Not in sanitizer builds: nothing is packaged from them, and help2man would run an ASan binary.
if(NOT COLAB_SANITIZE)
    find_program(RSVG_CONVERT rsvg-convert)
    find_program(HELP2MAN help2man)
    find_program(GZIP gzip REQUIRED)
    set(_generated "")

    if(RSVG_CONVERT)
        foreach(_size 16 22 24 32 48 64 128 256)
            set(_png ${_gen}/icons/${_size}x${_size}/colab-tunnel.png)
            add_custom_command(OUTPUT ${_png}
                               COMMAND ${CMAKE_COMMAND} -E make_directory ${_gen}/icons/${_size}x${_size}
                               COMMAND ${RSVG_CONVERT} -w ${_size} -h ${_size} -o ${_png}
                                       ${PROJECT_SOURCE_DIR}/resources/icons/colab-tunnel.svg
                               DEPENDS ${PROJECT_SOURCE_DIR}/resources/icons/colab-tunnel.svg VERBATIM)
            list(APPEND _generated ${_png})
            install(FILES ${_png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps)
        endforeach()
    else()
        message(WARNING "rsvg-convert not found (apt-get install librsvg2-bin, or scripts/deps.sh): "
                        "the packages get the scalable icon only")
    endif()

    if(HELP2MAN)
        # The man page is `colab-tunnel --help` itself, plus the sections in colab-tunnel.h2m.
        add_custom_command(
            OUTPUT ${_gen}/colab-tunnel.1.gz
            COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen LANGUAGE=en LC_ALL=C.UTF-8 ${HELP2MAN} --no-info --section=1
                    "--name=connect an IDE to a Google Colab runtime through Cloudflare"
                    --include=${_linux}/colab-tunnel.h2m --output=${_gen}/colab-tunnel.1 $<TARGET_FILE:colab-tunnel>
            COMMAND ${GZIP} -9nf ${_gen}/colab-tunnel.1
            DEPENDS colab-tunnel ${_linux}/colab-tunnel.h2m VERBATIM)
        list(APPEND _generated ${_gen}/colab-tunnel.1.gz)
        install(FILES ${_gen}/colab-tunnel.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    else()
        message(WARNING "help2man not found (apt-get install help2man, or scripts/deps.sh): no man page")
    endif()

    # changelog.gz (upstream, as written) and changelog.Debian.gz (the top entry in Debian's format).
    add_custom_command(
        OUTPUT ${_gen}/changelog.gz ${_gen}/changelog.Debian.gz
        COMMAND ${CMAKE_COMMAND} -E copy ${PROJECT_SOURCE_DIR}/CHANGELOG.md ${_gen}/changelog
        COMMAND ${GZIP} -9nf ${_gen}/changelog
        COMMAND ${CMAKE_COMMAND} -DCHANGELOG=${PROJECT_SOURCE_DIR}/CHANGELOG.md -DVERSION=${PROJECT_VERSION}
                -DREVISION=1 "-DMAINTAINER=${COLAB_MAINTAINER}" -DOUTPUT=${_gen}/changelog.Debian
                -P ${_linux}/debian-changelog.cmake
        COMMAND ${GZIP} -9nf ${_gen}/changelog.Debian
        DEPENDS ${PROJECT_SOURCE_DIR}/CHANGELOG.md ${_linux}/debian-changelog.cmake VERBATIM)
    list(APPEND _generated ${_gen}/changelog.gz ${_gen}/changelog.Debian.gz)
    install(FILES ${_gen}/changelog.gz ${_gen}/changelog.Debian.gz DESTINATION ${_doc})

    add_custom_target(colabtunnel_package_data ALL DEPENDS ${_generated})
endif()
install(FILES ${_linux}/copyright DESTINATION ${_doc})
file(STRINGS ${_linux}/lintian-overrides _overrides REGEX "^[^#]")
if(_overrides)
    install(FILES ${_linux}/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
            RENAME colab-tunnel)
endif()

# The app's translations are compiled into the binary (app/core/CMakeLists.txt); Qt's own come
# from qt6-translations-l10n, recommended below.

set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${COLAB_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "openssh-client, gnome-keyring | kwalletmanager | keepassxc, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "xdg-utils")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY (project DESCRIPTION) first, as the synopsis.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Colab Tunnel is a desktop app and command line that connect an IDE to a
Google Colab runtime over SSH, through a Cloudflare tunnel started from the
notebook. It writes the notebook cell, keeps the SSH password in the system
keychain (Secret Service), manages its own block of ~/.ssh/config, shows the
runtime's GPU, CPU, memory and disk live, and handles colab-tunnel:// links.

It needs cloudflared from Cloudflare on this computer, which is not part of
Debian: install it from Cloudflare's package repository or release page.")

# The test run packs the tree it already built (no third build of the app), installs the .deb,
# checks it and purges it: see check-deb.sh. Alone (RUN_SERIAL): it installs into /usr.
if(COLAB_BUILD_TESTS AND NOT COLAB_SANITIZE)
    add_test(NAME package_deb COMMAND ${PROJECT_SOURCE_DIR}/tests/fixtures/harness.sh --needs=install,x11
                                      ${_linux}/check-deb.sh ${PROJECT_BINARY_DIR})
    set_tests_properties(package_deb PROPERTIES SKIP_RETURN_CODE 77 RUN_SERIAL ON TIMEOUT 300 LABELS "package;install;x11")
endif()
