# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when vcpkg.json lacks a library the Windows build finds
# (cmake/HelfernetzDependencies.cmake) or a Qt feature the program needs.
# qtbase's default features are off, so a feature missing here is missing
# from the Windows program, and no Linux build notices: without harfbuzz Qt
# draws Arabic, Persian, Pashto and Tigrinya unjoined, without sql-sqlite
# the client has no offline data.
#
#   cmake -DHN_MANIFEST=<repo>/vcpkg.json -P VcpkgManifest.cmake
#
# To show that the check can fail, it also checks copies of the manifest
# with one required feature and one library taken out, and requires that
# each is reported.

cmake_minimum_required(VERSION 3.25)

if(NOT HN_MANIFEST)
    message(FATAL_ERROR "VcpkgManifest: set HN_MANIFEST")
endif()
file(READ "${HN_MANIFEST}" hn_manifest)

set(hn_required_ports qtbase qtsvg qttools qttranslations qtkeychain-qt6 grpc protobuf
    openssl libsodium poppler quazip catch2)
set(hn_required_features
    "qtbase:doubleconversion,freetype,gui,harfbuzz,network,openssl,png,sql,sql-sqlite,testlib,widgets"
    "qttools:linguist"
    "grpc:codegen")

# The index of the dependency named ${name} in ${json}, or -1.
function(hn_find_dependency json name out_index)
    set(index -1)
    string(JSON count LENGTH "${json}" dependencies)
    math(EXPR last "${count} - 1")
    foreach(i RANGE ${last})
        string(JSON type TYPE "${json}" dependencies ${i})
        if(type STREQUAL "STRING")
            string(JSON entry GET "${json}" dependencies ${i})
        else()
            string(JSON entry GET "${json}" dependencies ${i} name)
        endif()
        if(entry STREQUAL name)
            set(index ${i})
            break()
        endif()
    endforeach()
    set(${out_index} ${index} PARENT_SCOPE)
endfunction()

# What ${json} lacks, one item per problem.
function(hn_check_manifest json out_problems)
    set(problems "")
    string(JSON baseline ERROR_VARIABLE error GET "${json}" builtin-baseline)
    if(error OR NOT baseline MATCHES "^[0-9a-f]+$")
        list(APPEND problems "no builtin-baseline (a vcpkg commit)")
    endif()
    foreach(port IN LISTS hn_required_ports)
        hn_find_dependency("${json}" ${port} index)
        if(index EQUAL -1)
            list(APPEND problems "dependency ${port} missing")
        endif()
    endforeach()
    foreach(required IN LISTS hn_required_features)
        string(REPLACE ":" ";" parts "${required}")
        list(GET parts 0 port)
        list(GET parts 1 wanted)
        string(REPLACE "," ";" wanted "${wanted}")
        hn_find_dependency("${json}" ${port} index)
        if(index EQUAL -1)
            continue()
        endif()
        set(have "")
        string(JSON type TYPE "${json}" dependencies ${index})
        if(type STREQUAL "OBJECT")
            string(JSON count ERROR_VARIABLE error LENGTH "${json}" dependencies ${index} features)
            if(NOT error AND count GREATER 0)
                math(EXPR last "${count} - 1")
                foreach(i RANGE ${last})
                    string(JSON feature GET "${json}" dependencies ${index} features ${i})
                    list(APPEND have "${feature}")
                endforeach()
            endif()
        endif()
        foreach(feature IN LISTS wanted)
            if(NOT feature IN_LIST have)
                list(APPEND problems "feature ${feature} of ${port} missing")
            endif()
        endforeach()
    endforeach()
    # The tests use Catch2 v2 (catch2/catch.hpp); vcpkg's catch2 is v3.
    set(catch2 "")
    string(JSON count ERROR_VARIABLE error LENGTH "${json}" overrides)
    if(NOT error AND count GREATER 0)
        math(EXPR last "${count} - 1")
        foreach(i RANGE ${last})
            string(JSON name GET "${json}" overrides ${i} name)
            if(name STREQUAL "catch2")
                string(JSON catch2 GET "${json}" overrides ${i} version)
            endif()
        endforeach()
    endif()
    if(NOT catch2 MATCHES "^2\\.")
        list(APPEND problems "no override pinning catch2 to 2.x")
    endif()
    set(${out_problems} "${problems}" PARENT_SCOPE)
endfunction()

hn_check_manifest("${hn_manifest}" problems)
if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "VcpkgManifest: ${HN_MANIFEST}:\n  ${text}")
endif()

# The check on two broken copies: qtbase without harfbuzz, no libsodium.
hn_find_dependency("${hn_manifest}" qtbase qtbase)
string(JSON count LENGTH "${hn_manifest}" dependencies ${qtbase} features)
math(EXPR last "${count} - 1")
set(broken "${hn_manifest}")
foreach(i RANGE ${last})
    string(JSON feature GET "${hn_manifest}" dependencies ${qtbase} features ${i})
    if(feature STREQUAL "harfbuzz")
        string(JSON broken REMOVE "${hn_manifest}" dependencies ${qtbase} features ${i})
    endif()
endforeach()
hn_find_dependency("${broken}" libsodium sodium)
string(JSON broken REMOVE "${broken}" dependencies ${sodium})
hn_check_manifest("${broken}" problems)
set(expected "dependency libsodium missing" "feature harfbuzz of qtbase missing")
if(NOT problems STREQUAL expected)
    message(FATAL_ERROR "VcpkgManifest: the check reported \"${problems}\" for a manifest "
        "without harfbuzz and libsodium, expected \"${expected}\"")
endif()
message(STATUS "VcpkgManifest: ${HN_MANIFEST} has every library and Qt feature the Windows build needs")
