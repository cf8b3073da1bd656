# Everything every Corkboard target compiles with: the language standard, warnings and the
# Qt defines that keep string conversions explicit. Targets link it PRIVATE.
add_library(corkboard_options INTERFACE)
add_library(Corkboard::Options ALIAS corkboard_options)

target_compile_features(corkboard_options INTERFACE cxx_std_20)
target_compile_definitions(corkboard_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    CORKBOARD_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(corkboard_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Woverloaded-virtual)
elseif(MSVC)
    target_compile_options(corkboard_options INTERFACE /W4 /permissive- /utf-8)
endif()
# Includes are written from the repository root: #include "core/catalog/catalog.h".
target_include_directories(corkboard_options INTERFACE ${PROJECT_SOURCE_DIR})
