# SPDX-License-Identifier: GPL-3.0-or-later
# Install-time step on Windows (included from client/app's install(CODE),
# after Qt's deploy script has run windeployqt): copy into bin/ every DLL
# that helfernetz.exe and the deployed Qt DLLs and plugins load and that is
# neither part of Windows nor already installed.
#
# windeployqt only knows Qt's own libraries; the others come from vcpkg's
# bin folder (gRPC, protobuf, abseil, re2, c-ares, libsodium, poppler and
# its image libraries, QuaZip, QtKeychain, OpenSSL, zlib, sqlite3 for the
# SQL driver plugin, pcre2, double-conversion, freetype, ...). Plugins are
# scanned too, because Qt loads them at run time and no import table of the
# program names their dependencies.
#
# Inputs: HN_DEPLOY_EXECUTABLE (relative to the prefix), HN_DEPLOY_DLL_DIRS
# (folders to take DLLs from, in order).

# CPack installs with its own prefix; plain installs may add DESTDIR.
set(hn_prefix "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
set(hn_exe "${hn_prefix}/${HN_DEPLOY_EXECUTABLE}")
get_filename_component(hn_bin "${hn_exe}" DIRECTORY)
if(NOT EXISTS "${hn_exe}")
    message(FATAL_ERROR "RuntimeLibraries: ${hn_exe} is not installed")
endif()

file(GLOB_RECURSE hn_installed_dlls LIST_DIRECTORIES false "${hn_prefix}/*.dll")

file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES "${hn_exe}"
    LIBRARIES ${hn_installed_dlls}
    DIRECTORIES ${HN_DEPLOY_DLL_DIRS}
    RESOLVED_DEPENDENCIES_VAR hn_resolved
    UNRESOLVED_DEPENDENCIES_VAR hn_unresolved
    CONFLICTING_DEPENDENCIES_PREFIX hn_conflict
    # API sets are resolved by the loader, never files of their own.
    PRE_EXCLUDE_REGEXES "^[Aa][Pp][Ii]-[Mm][Ss]-" "^[Ee][Xx][Tt]-[Mm][Ss]-"
    # Everything under the Windows folder belongs to Windows.
    POST_EXCLUDE_REGEXES "^[A-Za-z]:[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\]")

# The compiler's run time (VCRUNTIME140.dll, MSVCP140.dll, ...) is put
# there by windeployqt (vc_redist) and may be missing from the search path;
# anything else that cannot be found would make the program fail to start.
set(hn_missing "")
foreach(name IN LISTS hn_unresolved)
    string(TOLOWER "${name}" lower)
    if(NOT lower MATCHES "^(vcruntime|msvcp|concrt|vccorlib|ucrtbase)")
        list(APPEND hn_missing "${name}")
    endif()
endforeach()
if(hn_missing)
    message(FATAL_ERROR "RuntimeLibraries: these DLLs are needed but were found "
        "in none of ${HN_DEPLOY_DLL_DIRS}: ${hn_missing}")
endif()

string(TOLOWER "${hn_prefix}/" hn_prefix_lower)
function(hn_install_dll dll)
    string(TOLOWER "${dll}" lower)
    string(FIND "${lower}" "${hn_prefix_lower}" at)
    get_filename_component(name "${dll}" NAME)
    if(at EQUAL 0 OR EXISTS "${hn_bin}/${name}")
        return()
    endif()
    file(INSTALL DESTINATION "${hn_bin}" TYPE SHARED_LIBRARY FILES "${dll}")
endfunction()

foreach(dll IN LISTS hn_resolved)
    hn_install_dll("${dll}")
endforeach()

# A name found in several places (a Qt DLL both in the install tree and in
# vcpkg's bin, say): the installed copy wins; otherwise the first folder of
# HN_DEPLOY_DLL_DIRS, as Windows' own search order would pick it.
foreach(name IN LISTS hn_conflict_FILENAMES)
    set(chosen "")
    foreach(candidate IN LISTS hn_conflict_${name})
        string(TOLOWER "${candidate}" lower)
        string(FIND "${lower}" "${hn_prefix_lower}" at)
        if(at EQUAL 0)
            set(chosen "${candidate}")
            break()
        endif()
    endforeach()
    if(NOT chosen)
        list(GET hn_conflict_${name} 0 chosen)
        message(STATUS "RuntimeLibraries: ${name} found more than once "
            "(${hn_conflict_${name}}); installing ${chosen}")
    endif()
    hn_install_dll("${chosen}")
endforeach()
