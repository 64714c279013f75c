# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when C++ code uses a POSIX-only header or call outside a preprocessor
# branch for a platform, because MSVC has neither and the Windows client
# build would break where no Linux build notices it.
#
#   cmake -DHN_ROOT=<repo> -DHN_SCAN_DIRS=common,server,...
#         [-DHN_EXCLUDE=<regex on the path relative to HN_ROOT>] -P PosixScan.cmake
#
# A line counts as guarded when it is inside any #if/#ifdef/#ifndef/#elif
# whose condition names a platform macro (_WIN32, _WIN64, __linux__,
# __unix__, __unix, __APPLE__, Q_OS_*), including the #elif/#else branches of
# such a condition: the #else of "#ifdef _WIN32" is the POSIX branch.
# Script mode, so no Python is needed on a CI machine.

if(NOT HN_ROOT OR NOT HN_SCAN_DIRS)
    message(FATAL_ERROR "PosixScan: set HN_ROOT and HN_SCAN_DIRS")
endif()
# Commas, because a ';' does not survive add_test's command line intact.
string(REPLACE "," ";" HN_SCAN_DIRS "${HN_SCAN_DIRS}")

# Headers MSVC does not have. From sys/ MSVC ships types.h, stat.h, timeb.h,
# utime.h and locking.h (the CRT's own), so those are allowed.
set(hn_posix_headers
    "unistd\\.h|pthread\\.h|termios\\.h|fcntl\\.h|dirent\\.h|dlfcn\\.h|pwd\\.h|grp\\.h"
    "|poll\\.h|spawn\\.h|syslog\\.h|netdb\\.h|ifaddrs\\.h|strings\\.h|libgen\\.h"
    "|sched\\.h|semaphore\\.h|glob\\.h|fnmatch\\.h|wordexp\\.h|langinfo\\.h|utmp\\.h"
    "|netinet/[^>\"]*|arpa/[^>\"]*|sys/[^>\"]*")
string(JOIN "" hn_posix_headers ${hn_posix_headers})
set(hn_msvc_sys_headers "sys/(types|stat|timeb|utime|locking)\\.h")
# Free functions of POSIX that MSVC lacks or only has as deprecated aliases
# (C4996, an error with /WX).
set(hn_posix_calls
    "fork|vfork|setenv|unsetenv|getuid|geteuid|getgid|getegid|mkstemp|mkdtemp"
    "|isatty|fileno|realpath|readlink|symlink|lstat|chown|fchown|sigaction|kill"
    "|pipe|usleep|nanosleep|clock_gettime|gettimeofday|strerror_r|localtime_r"
    "|gmtime_r|getpwuid|getpwnam|sysconf|mmap|munmap|setsid|waitpid|execv|execvp"
    "|execl|execlp|strcasecmp|strncasecmp|umask")
string(JOIN "" hn_posix_calls ${hn_posix_calls})
set(hn_platform_macro "(_WIN32|_WIN64|__linux__|__unix__|__unix|__APPLE__|Q_OS_[A-Z0-9_]+)")

set(hn_findings "")

function(hn_scan_file path relative)
    file(READ "${path}" text)
    # Most files mention none of it: skip the line-by-line walk for them.
    if(NOT text MATCHES "#[ \t]*include[ \t]*[<\"](${hn_posix_headers})[>\"]"
            AND NOT text MATCHES "(^|[^A-Za-z0-9_.>])(${hn_posix_calls})[ \t]*\\(")
        return()
    endif()
    # One list item per line; characters CMake lists treat specially are
    # replaced first so that every line stays exactly one item.
    string(REPLACE "\\" "<hn-bs>" text "${text}")
    string(REPLACE ";" "<hn-semi>" text "${text}")
    string(REPLACE "[" "<hn-lb>" text "${text}")
    string(REPLACE "]" "<hn-rb>" text "${text}")
    string(REPLACE "\n" ";" text "${text}")

    set(number 0)
    # One entry per open #if: 1 = a platform branch, 0 = not. (Its length,
    # never its value, says whether it is empty: "0" is false to if().)
    set(stack "")
    set(in_comment FALSE)
    foreach(line IN LISTS text)
        math(EXPR number "${number} + 1")
        # Comments and literals cannot include or call anything.
        if(in_comment)
            string(FIND "${line}" "*/" end)
            if(end EQUAL -1)
                continue()
            endif()
            math(EXPR end "${end} + 2")
            string(SUBSTRING "${line}" ${end} -1 line)
            set(in_comment FALSE)
        endif()
        string(REGEX REPLACE "/\\*.*\\*/" " " line "${line}")
        string(REGEX REPLACE "\"([^\"]|<hn-bs>.)*\"" "\"\"" line "${line}")
        string(REGEX REPLACE "'([^']|<hn-bs>.)*'" "''" line "${line}")
        string(REGEX REPLACE "//.*$" "" line "${line}")
        if(line MATCHES "/\\*")
            string(REGEX REPLACE "/\\*.*$" "" line "${line}")
            set(in_comment TRUE)
        endif()

        if(line MATCHES "^[ \t]*#[ \t]*(if|ifdef|ifndef)([ \t(!]|$)(.*)$")
            if(CMAKE_MATCH_3 MATCHES "${hn_platform_macro}")
                list(APPEND stack 1)
            else()
                list(APPEND stack 0)
            endif()
            continue()
        elseif(line MATCHES "^[ \t]*#[ \t]*elif([ \t(!]|$)(.*)$")
            list(LENGTH stack depth)
            if(depth GREATER 0 AND CMAKE_MATCH_2 MATCHES "${hn_platform_macro}")
                list(POP_BACK stack)
                list(APPEND stack 1)
            endif()
            continue()
        elseif(line MATCHES "^[ \t]*#[ \t]*endif")
            list(LENGTH stack depth)
            if(depth GREATER 0)
                list(POP_BACK stack)
            endif()
            continue()
        endif()
        list(FIND stack 1 guarded)
        if(NOT guarded EQUAL -1)
            continue()
        endif()

        if(line MATCHES "^[ \t]*#[ \t]*include[ \t]*[<\"](${hn_posix_headers})[>\"]")
            set(header "${CMAKE_MATCH_1}")
            if(NOT header MATCHES "^${hn_msvc_sys_headers}$")
                list(APPEND hn_findings
                    "${relative}:${number}: POSIX-only header <${header}> outside a platform branch (#ifdef _WIN32 ... #else ... #endif)")
            endif()
        elseif(line MATCHES "(^|[^A-Za-z0-9_.>:]|[^A-Za-z0-9_]::)(${hn_posix_calls})[ \t]*\\(")
            list(APPEND hn_findings
                "${relative}:${number}: POSIX-only call ${CMAKE_MATCH_2}() outside a platform branch (#ifdef _WIN32 ... #else ... #endif)")
        endif()
    endforeach()
    set(hn_findings "${hn_findings}" PARENT_SCOPE)
endfunction()

set(hn_count 0)
foreach(dir IN LISTS HN_SCAN_DIRS)
    file(GLOB_RECURSE files LIST_DIRECTORIES false
        "${HN_ROOT}/${dir}/*.h" "${HN_ROOT}/${dir}/*.hpp" "${HN_ROOT}/${dir}/*.cpp")
    list(SORT files)
    foreach(path IN LISTS files)
        file(RELATIVE_PATH relative "${HN_ROOT}" "${path}")
        if(HN_EXCLUDE AND relative MATCHES "${HN_EXCLUDE}")
            continue()
        endif()
        math(EXPR hn_count "${hn_count} + 1")
        hn_scan_file("${path}" "${relative}")
    endforeach()
endforeach()

if(hn_count EQUAL 0)
    message(FATAL_ERROR "PosixScan: no source files under ${HN_ROOT} (${HN_SCAN_DIRS})")
endif()
if(hn_findings)
    foreach(finding IN LISTS hn_findings)
        message(NOTICE "${finding}")
    endforeach()
    list(LENGTH hn_findings n)
    message(FATAL_ERROR "PosixScan: ${n} POSIX-only use(s) in ${hn_count} files; "
        "put them in a platform branch so the MSVC build keeps working")
endif()
message(STATUS "PosixScan: ${hn_count} files, no unguarded POSIX-only headers or calls")
