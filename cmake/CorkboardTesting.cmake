# corkboard_add_test(<name> SOURCES <files...> [LIBRARIES <targets...>] [GUI])
# One Qt Test executable per unit, registered with CTest under its name. Tests find the shared
# corpus through CORKBOARD_SHARED_DIR and skip (saying why) when it is absent.
set(CORKBOARD_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared" CACHE PATH
    "Folder holding corpus/ (test data that is never committed)")

function(corkboard_add_test name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBRARIES" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(${name} PRIVATE corkboard_options Qt6::Test ${ARG_LIBRARIES})
    add_test(NAME ${name} COMMAND ${name})
    # Tests read English messages and C-locale numbers whatever the machine's language is.
    set(env "CORKBOARD_SHARED_DIR=${CORKBOARD_SHARED_DIR}" "LANGUAGE=en" "LC_ALL=C.UTF-8")
    if(ARG_GUI)
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300)
endfunction()

# corkboard_add_memcheck_test(<test> <functions...>)
# Runs the named functions of an existing test under valgrind's memcheck, failing on any invalid
# read or write. For layout and lifetime bugs that do not crash reliably on their own.
find_program(CORKBOARD_VALGRIND valgrind)
function(corkboard_add_memcheck_test name)
    if(NOT CORKBOARD_VALGRIND)
        message(STATUS "valgrind not found: ${name}_memcheck is not registered")
        return()
    endif()
    add_test(NAME ${name}_memcheck
             COMMAND ${CORKBOARD_VALGRIND} --error-exitcode=99 --leak-check=no --quiet
                     $<TARGET_FILE:${name}> ${ARGN})
    get_test_property(${name} ENVIRONMENT env)
    set_tests_properties(${name}_memcheck PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300)
endfunction()
