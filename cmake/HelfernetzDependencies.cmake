# SPDX-License-Identifier: GPL-3.0-or-later
# Every third-party library the project links, found in one place (included
# once from the top-level CMakeLists.txt), so that each layer links named
# targets and never cares where a library came from:
#
#   Qt6::*, protobuf::libprotobuf, gRPC::grpc++, gRPC::grpc_cpp_plugin,
#   OpenSSL::Crypto, QuaZip::QuaZip, hn::Sodium, hn::PopplerCpp
#
# QtKeychain is the one exception: client/ui finds it itself, because its
# config file cannot be loaded twice (it creates an ALIAS unguarded). It has
# the same config (Qt6Keychain, target qt6keychain) on Debian and in vcpkg.
#
# Two sources are supported:
# - Debian/Ubuntu packages (scripts/install-deps.sh): CMake configs where the
#   packages ship them, pkg-config for libsodium and poppler-cpp, which ship
#   none. This is the path the CI and the .deb packages use.
# - vcpkg in manifest mode (vcpkg.json, the Windows presets): vcpkg's
#   toolchain sets VCPKG_TOOLCHAIN. Windows has no pkg-config, so libsodium
#   and poppler come from the CMake configs vcpkg's ports install
#   (unofficial-sodium, unofficial-poppler), and protobuf from its own
#   config (protobuf >= 22 needs abseil, which FindProtobuf does not know).
# The choice is made once, by VCPKG_TOOLCHAIN, not by probing: a Debian
# machine that happens to have another copy of a library somewhere must keep
# building exactly as before.

find_package(Qt6 6.4 REQUIRED COMPONENTS Core Network Sql Widgets Svg LinguistTools)
find_package(gRPC CONFIG REQUIRED)
find_package(OpenSSL REQUIRED)
find_package(QuaZip-Qt6 REQUIRED)

if(VCPKG_TOOLCHAIN)
    find_package(Protobuf CONFIG REQUIRED)
    find_package(unofficial-sodium CONFIG REQUIRED)
    find_package(unofficial-poppler CONFIG REQUIRED)
    add_library(hn::Sodium INTERFACE IMPORTED GLOBAL)
    target_link_libraries(hn::Sodium INTERFACE unofficial-sodium::sodium)
    add_library(hn::PopplerCpp INTERFACE IMPORTED GLOBAL)
    target_link_libraries(hn::PopplerCpp INTERFACE unofficial::poppler::poppler-cpp)
    # The code includes poppler-cpp's headers as <poppler-document.h>, as
    # pkg-config's -I/usr/include/poppler/cpp gives them on Debian; vcpkg
    # installs them to include/poppler/cpp too, but its target does not say so.
    target_include_directories(hn::PopplerCpp INTERFACE
        "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/include/poppler/cpp")
else()
    find_package(Protobuf REQUIRED)
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET GLOBAL libsodium>=1.0.18)
    pkg_check_modules(POPPLER_CPP REQUIRED IMPORTED_TARGET GLOBAL poppler-cpp)
    add_library(hn::Sodium INTERFACE IMPORTED GLOBAL)
    target_link_libraries(hn::Sodium INTERFACE PkgConfig::SODIUM)
    add_library(hn::PopplerCpp INTERFACE IMPORTED GLOBAL)
    target_link_libraries(hn::PopplerCpp INTERFACE PkgConfig::POPPLER_CPP)
endif()

# Windows with vcpkg: vcpkg copies the DLLs a program links next to it after
# each build, but not Qt's plugins, and its Qt looks for them relative to
# where Qt6Core.dll was built. GUI test programs start a QApplication (the
# offscreen platform plugin) already when Catch lists their tests during the
# build, and the SQLite driver is a plugin too. So all programs of the build
# tree go into one folder per configuration, and a qt.conf there points Qt
# at vcpkg's plugins and translations. Installed programs get their own
# plugins and qt.conf from windeployqt (client/app).
if(WIN32 AND VCPKG_TOOLCHAIN)
    set(CMAKE_RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/bin")
    set(hn_vcpkg_root "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}")
    get_property(hn_multi_config GLOBAL PROPERTY GENERATOR_IS_MULTI_CONFIG)
    if(hn_multi_config)
        set(hn_configs ${CMAKE_CONFIGURATION_TYPES})
    else()
        set(hn_configs "${CMAKE_BUILD_TYPE}")
    endif()
    foreach(config IN LISTS hn_configs)
        set(qt_prefix "${hn_vcpkg_root}")
        if(config STREQUAL "Debug")
            set(qt_prefix "${hn_vcpkg_root}/debug")
        endif()
        set(folder "${CMAKE_RUNTIME_OUTPUT_DIRECTORY}")
        if(hn_multi_config)
            set(folder "${folder}/${config}")
        endif()
        file(WRITE "${folder}/qt.conf" "[Paths]\nPrefix = ${qt_prefix}\n"
            "Plugins = ${qt_prefix}/Qt6/plugins\n"
            "Translations = ${hn_vcpkg_root}/translations/Qt6\n")
    endforeach()
endif()
