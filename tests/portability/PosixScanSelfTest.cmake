# SPDX-License-Identifier: GPL-3.0-or-later
# Proves that PosixScan.cmake can fail: run on the fixtures, it must pass
# the guarded file and report every line of the unguarded one, with file and
# line, and nothing else.
#   cmake -DHN_SCAN_SCRIPT=<PosixScan.cmake> -DHN_FIXTURES=<dir> -P PosixScanSelfTest.cmake

function(hn_run_scan exclude out_rc out_text)
    execute_process(
        COMMAND "${CMAKE_COMMAND}" "-DHN_ROOT=${HN_FIXTURES}" "-DHN_SCAN_DIRS=."
            "-DHN_EXCLUDE=${exclude}" -P "${HN_SCAN_SCRIPT}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    set(${out_rc} "${rc}" PARENT_SCOPE)
    set(${out_text} "${out}${err}" PARENT_SCOPE)
endfunction()

hn_run_scan("Unguarded" rc text)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "PosixScan rejected the guarded fixture:\n${text}")
endif()

hn_run_scan("Guarded" rc text)
if(rc EQUAL 0)
    message(FATAL_ERROR "PosixScan passed the unguarded fixture:\n${text}")
endif()
set(expected
    "Unguarded.cpp:8: POSIX-only header <unistd.h>"
    "Unguarded.cpp:10: POSIX-only header <sys/socket.h>"
    "Unguarded.cpp:15: POSIX-only header <dirent.h>"
    "Unguarded.cpp:18: POSIX-only call setenv()"
    "Unguarded.cpp:19: POSIX-only call isatty()"
    # In the Windows branch of #ifdef _WIN32, the #else of #ifndef _WIN32,
    # a condition _WIN64 makes true, and nested in a Windows branch.
    "Unguarded.cpp:24: POSIX-only header <unistd.h>"
    "Unguarded.cpp:28: POSIX-only header <fcntl.h>"
    "Unguarded.cpp:31: POSIX-only header <pthread.h>"
    "Unguarded.cpp:35: POSIX-only header <sys/mman.h>"
    "Unguarded.cpp:40: POSIX-only call sleep()"
    "Unguarded.cpp:41: POSIX-only call unlink()"
    "Unguarded.cpp:42: POSIX-only call access()"
    "Unguarded.cpp:43: POSIX-only call dup()"
    "Unguarded.cpp:44: POSIX-only call getpid()"
    "Unguarded.cpp:44: POSIX-only call poll()")
foreach(line IN LISTS expected)
    string(FIND "${text}" "${line}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "PosixScan did not report \"${line}\":\n${text}")
    endif()
endforeach()
string(REGEX MATCHALL "Unguarded\\.cpp:[0-9]+:" reported "${text}")
list(LENGTH reported n)
list(LENGTH expected m)
if(NOT n EQUAL m)
    message(FATAL_ERROR "PosixScan reported ${n} findings, expected ${m}:\n${text}")
endif()
message(STATUS "PosixScan passes the guarded fixture and reports all ${m} unguarded lines")
