# The service is the only door (../shared/docs/ARCHITECTURE.md, "One door, three ways in"): a front
# end's file includes its own folder's files, app/core/service/ and a short, named list of value
# types that do no work of their own. Any other include of app/core fails the configure step.
#
#   colab_check_one_door(FOLDER <dir> OWN_PREFIX <prefix or ""> ALLOWED <header>...)
#
# OWN_PREFIX: how the front end's own headers are spelled ("cli/" for app/cli; "" for ui/, whose
# headers are included by bare name).
function(colab_check_one_door)
    cmake_parse_arguments(DOOR "" "FOLDER;OWN_PREFIX" "ALLOWED" ${ARGN})
    file(GLOB _sources ${DOOR_FOLDER}/*.cpp ${DOOR_FOLDER}/*.h)
    foreach(_source IN LISTS _sources)
        file(RELATIVE_PATH _relative ${PROJECT_SOURCE_DIR} ${_source})
        file(STRINGS ${_source} _includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
        foreach(_include IN LISTS _includes)
            string(REGEX MATCH "\"([^\"]+)\"" _ ${_include})
            set(_header ${CMAKE_MATCH_1})
            string(LENGTH "${DOOR_OWN_PREFIX}" _prefix_length)
            string(SUBSTRING "${_header}" ${_prefix_length} -1 _own)
            if(NOT _header MATCHES "\\.\\."
               AND ((_header MATCHES "^${DOOR_OWN_PREFIX}" AND EXISTS ${DOOR_FOLDER}/${_own})
                    OR _header MATCHES "^service/" OR _header IN_LIST DOOR_ALLOWED))
                continue()
            endif()
            file(RELATIVE_PATH _folder ${PROJECT_SOURCE_DIR} ${DOOR_FOLDER})
            file(RELATIVE_PATH _list ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_LIST_FILE})
            message(FATAL_ERROR "${_relative} includes \"${_header}\": ${_folder}/ reaches the core only through "
                                "service/ and the value types listed in ${_list}")
        endforeach()
    endforeach()
endfunction()
