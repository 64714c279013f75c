# SPDX-License-Identifier: GPL-3.0-or-later
# hn_set_warnings(<target>): the project's warning set for code we write.
# Generated code (protobuf, gRPC) does not use this.
function(hn_set_warnings target)
    if(MSVC)
        # /external:anglebrackets /external:W0: headers included with <...>
        # (Qt, gRPC, protobuf, abseil, Catch2) are not ours to fix, as
        # -isystem does for GCC; CMake already puts imported targets' include
        # folders behind /external:I.
        target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8
            /external:anglebrackets /external:W0)
        if(HN_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
            -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
            -Wnull-dereference -Wimplicit-fallthrough)
        if(HN_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_KEYWORDS)
endfunction()

# gRPC's and abseil's headers include windows.h, in our code and in the
# generated protobuf/gRPC code alike: no min/max macros (they break
# std::min, std::numeric_limits<T>::max and protobuf's own headers) and none
# of the rarely used APIs whose macros collide with ordinary names. For every
# target of the tree, so this file is included before the first one.
if(WIN32)
    add_compile_definitions(NOMINMAX WIN32_LEAN_AND_MEAN)
endif()

# MSVC limits an object file to 2^16 sections unless /bigobj; Catch2 test
# programs and the generated protobuf code exceed that (error C1128). For
# every target, generated ones included.
if(MSVC)
    add_compile_options(/bigobj)
endif()
