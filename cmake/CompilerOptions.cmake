# Warnings, hardening and sanitizers shared by every target of the project (not by third-party code).
add_library(colab_compiler_options INTERFACE)
target_compile_options(colab_compiler_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                                        -Wcast-align -Woverloaded-virtual)
if(COLAB_WERROR)
    target_compile_options(colab_compiler_options INTERFACE -Werror)
endif()
target_compile_definitions(colab_compiler_options INTERFACE QT_NO_URL_CAST_FROM_STRING
                                                            QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
if(COLAB_SANITIZE)
    set(_san -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_compile_options(colab_compiler_options INTERFACE ${_san})
    target_link_options(colab_compiler_options INTERFACE ${_san})
endif()
# Hardening in the builds we ship (Release, RelWithDebInfo, MinSizeRel), not in Debug: _FORTIFY_SOURCE
# needs the optimiser, and the sanitizers check the same things better. -U first: a toolchain or
# CXXFLAGS that already defines it would otherwise warn of a redefinition (an error with -Werror).
if(COLAB_HARDEN AND NOT COLAB_SANITIZE AND NOT WIN32)
    set(_release "$<CONFIG:Release,RelWithDebInfo,MinSizeRel>")
    target_compile_options(colab_compiler_options INTERFACE
                           "$<${_release}:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2;-fstack-protector-strong>")
    if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
        # Full RELRO for every executable (relocations resolved at start, then read-only).
        target_link_options(colab_compiler_options INTERFACE "$<${_release}:-Wl,-z,relro,-z,now>")
    endif()
endif()
