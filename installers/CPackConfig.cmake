# Packaging: what `cpack` puts in the .deb/.tar.gz (Linux), the NSIS installer (Windows) and the
# disk image (macOS). Each system's install layout is in installers/<os>/; how to build each
# package, and what was verified where: installers/README.md.

# One placeholder homepage for every file that names one (metainfo, package, copyright).
set(COLAB_HOMEPAGE "https://github.com/colab-tunnel/colab-tunnel")
set(COLAB_SCREENSHOT_BASE "https://raw.githubusercontent.com/colab-tunnel/colab-tunnel/main/docs/screenshots")
set(COLAB_APPSTREAM_ID "io.github.colab_tunnel.ColabTunnel")
set(COLAB_MAINTAINER "Colab Tunnel maintainers <maintainers@colab-tunnel.invalid>")

# One version: project(VERSION). CHANGELOG.md's top entry must name it ("## 0.1.0 (unreleased)" or
# "## 0.1.0 - 2026-12-01"); the configure step fails when it does not, so the two cannot drift.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/CHANGELOG.md)
file(STRINGS ${PROJECT_SOURCE_DIR}/CHANGELOG.md _changelog_headings REGEX "^## ")
list(GET _changelog_headings 0 _changelog_top)
string(REPLACE "." "\\." _version_regex "${PROJECT_VERSION}")
if(NOT _changelog_top MATCHES "^## ${_version_regex}( |$)")
    message(FATAL_ERROR "CHANGELOG.md's top entry \"${_changelog_top}\" does not name version ${PROJECT_VERSION} "
                        "(project(VERSION) in CMakeLists.txt): give it a \"## ${PROJECT_VERSION} ...\" heading.")
endif()
if(_changelog_top MATCHES "([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9])")
    set(COLAB_RELEASE_DATE ${CMAKE_MATCH_1})
    set(COLAB_RELEASE_TYPE stable)
else()
    string(TIMESTAMP COLAB_RELEASE_DATE "%Y-%m-%d" UTC) # honours SOURCE_DATE_EPOCH
    set(COLAB_RELEASE_TYPE development)
endif()

set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME "colab-tunnel")
set(CPACK_PACKAGE_VENDOR "The Colab Tunnel authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${COLAB_HOMEPAGE}")
set(CPACK_PACKAGE_CONTACT "${COLAB_MAINTAINER}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Colab Tunnel")
set(CPACK_PACKAGE_EXECUTABLES "colab-tunnel" "Colab Tunnel")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
                                                WORLD_READ WORLD_EXECUTE)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)

if(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/Windows.cmake)
elseif(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/macos/MacOS.cmake)
else()
    include(${CMAKE_CURRENT_LIST_DIR}/linux/Linux.cmake)
endif()

include(CPack)
