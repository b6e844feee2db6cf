# Warnings and sanitizers shared by every target of the project (not by third-party code).
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
