# macOS: colab-tunnel.app (included from app/CMakeLists.txt when APPLE). Built on macOS only.
set(_macos ${CMAKE_CURRENT_LIST_DIR})
set_target_properties(colab-tunnel PROPERTIES
    MACOSX_BUNDLE TRUE
    MACOSX_BUNDLE_INFO_PLIST ${_macos}/Info.plist.in
    MACOSX_BUNDLE_BUNDLE_NAME "Colab Tunnel"
    MACOSX_BUNDLE_GUI_IDENTIFIER "io.github.colab-tunnel.ColabTunnel"
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 The Colab Tunnel authors (MIT)"
    MACOSX_BUNDLE_ICON_FILE colab-tunnel.icns)

# The icon: PNGs from the one SVG (rsvg-convert, `brew install librsvg`) packed by iconutil.
find_program(RSVG_CONVERT rsvg-convert)
find_program(ICONUTIL iconutil)
if(RSVG_CONVERT AND ICONUTIL)
    set(_iconset ${CMAKE_CURRENT_BINARY_DIR}/colab-tunnel.iconset)
    set(_icns ${CMAKE_CURRENT_BINARY_DIR}/colab-tunnel.icns)
    set(_commands COMMAND ${CMAKE_COMMAND} -E make_directory ${_iconset})
    foreach(_size 16 32 128 256 512)
        math(EXPR _double "${_size} * 2")
        list(APPEND _commands
             COMMAND ${RSVG_CONVERT} -w ${_size} -h ${_size} -o ${_iconset}/icon_${_size}x${_size}.png
                     ${PROJECT_SOURCE_DIR}/resources/icons/colab-tunnel.svg
             COMMAND ${RSVG_CONVERT} -w ${_double} -h ${_double} -o ${_iconset}/icon_${_size}x${_size}@2x.png
                     ${PROJECT_SOURCE_DIR}/resources/icons/colab-tunnel.svg)
    endforeach()
    add_custom_command(OUTPUT ${_icns} ${_commands} COMMAND ${ICONUTIL} -c icns -o ${_icns} ${_iconset}
                       DEPENDS ${PROJECT_SOURCE_DIR}/resources/icons/colab-tunnel.svg VERBATIM)
    target_sources(colab-tunnel PRIVATE ${_icns})
    set_source_files_properties(${_icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
else()
    message(WARNING "rsvg-convert or iconutil not found: colab-tunnel.app gets the generic icon")
endif()
