# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when C++ code uses a POSIX-only header or call outside a preprocessor
# branch for a platform, because MSVC has neither and the Windows client
# build would break where no Linux build notices it.
#
#   cmake -DHN_ROOT=<repo> -DHN_SCAN_DIRS=common,server,...
#         [-DHN_EXCLUDE=<regex on the path relative to HN_ROOT>] -P PosixScan.cmake
#
# A line counts as guarded when it is inside a POSIX branch: a preprocessor
# branch that is never compiled for Windows.
#   #ifndef _WIN32 / #if !defined(_WIN32)                 POSIX branch
#   #ifdef _WIN32 ... #else (or #elif ...)                the #else/#elif: POSIX
#   #if defined(__linux__) || defined(__APPLE__)          POSIX branch
#   #if defined(Q_OS_UNIX) && HN_FEATURE_X                POSIX branch
#   #ifdef _WIN32 / #if HN_FEATURE_X / #ifdef _WIN64      not: Windows may
#                                                         compile them
# Nested #ifs are guarded by any enclosing POSIX branch. A condition that
# mixes && and || or negates a parenthesised group is not interpreted (not a
# POSIX branch); say it more simply or split it.
#
# Calls are unqualified or ::-qualified free calls of the listed functions.
# Member and qualified calls (m_process.kill(), QThread::sleep(),
# std::unlink()) and declarations (void kill();, bool pipe(int *fds) const)
# are not calls of the POSIX function.
#
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
    "|pipe|sleep|usleep|nanosleep|clock_gettime|gettimeofday|strerror_r|localtime_r"
    "|gmtime_r|getpwuid|getpwnam|sysconf|mmap|munmap|setsid|waitpid|execv|execvp"
    "|execl|execlp|strcasecmp|strncasecmp|umask|getpid|unlink|access|chmod|strdup"
    "|fsync|ftruncate|poll|dup|dup2|getrlimit|setrlimit|sigprocmask")
string(JOIN "" hn_posix_calls ${hn_posix_calls})
# Macros by which a condition is true on every Windows build (_WIN64 is not:
# 32-bit Windows), and macros no Windows compiler defines.
set(hn_windows_macro "(_WIN32|Q_OS_WIN|Q_OS_WIN32|Q_OS_WINDOWS)")
set(hn_posix_macro "(__linux__|__linux|__gnu_linux__|__unix__|__unix|__APPLE__|__MACH__"
    "|__FreeBSD__|__NetBSD__|__OpenBSD__|__ANDROID__"
    "|Q_OS_(UNIX|LINUX|MACOS|MAC|OSX|DARWIN|IOS|FREEBSD|NETBSD|OPENBSD|BSD4|ANDROID|HURD|SOLARIS|QNX))")
string(JOIN "" hn_posix_macro ${hn_posix_macro})
# Words after which "name(" is still a call (return kill(pid, 0)), where any
# other word before it makes it a declaration (void kill()).
set(hn_call_keywords "return|co_return|co_await|co_yield|throw|else|do|case|not|and|or|new")

set(hn_findings "")

# Classifies a preprocessor condition: ${out_excludes} whether it can only be
# true on a build that is not Windows (its branch is a POSIX branch),
# ${out_windows} whether it is true on every Windows build (so the branches
# after it, #elif and #else, are POSIX branches).
function(hn_classify_condition condition out_excludes out_windows)
    string(REGEX REPLACE "defined[ \t]*\\([ \t]*([A-Za-z0-9_]+)[ \t]*\\)" "\\1" c "${condition}")
    string(REGEX REPLACE "defined[ \t]+([A-Za-z0-9_]+)" "\\1" c "${c}")
    string(REGEX REPLACE "[ \t]" "" c "${c}")
    set(excludes FALSE)
    set(windows FALSE)
    if(NOT c MATCHES "!\\(" AND NOT (c MATCHES "&&" AND c MATCHES "\\|\\|"))
        string(REGEX REPLACE "[()]" "" c "${c}")
        if(c MATCHES "\\|\\|")
            set(operator "||")
        else()
            set(operator "&&")
        endif()
        string(REPLACE "${operator}" ";" terms "${c}")
        # || : excludes Windows when every term does, true on Windows when
        # one term is; && : the other way round.
        if(operator STREQUAL "||")
            set(excludes TRUE)
        else()
            set(windows TRUE)
        endif()
        foreach(term IN LISTS terms)
            set(term_excludes FALSE)
            set(term_windows FALSE)
            if(term MATCHES "^!${hn_windows_macro}$" OR term MATCHES "^${hn_posix_macro}$")
                set(term_excludes TRUE)
            elseif(term MATCHES "^${hn_windows_macro}$" OR term MATCHES "^!${hn_posix_macro}$")
                set(term_windows TRUE)
            endif()
            if(operator STREQUAL "||")
                if(NOT term_excludes)
                    set(excludes FALSE)
                endif()
                if(term_windows)
                    set(windows TRUE)
                endif()
            else()
                if(term_excludes)
                    set(excludes TRUE)
                endif()
                if(NOT term_windows)
                    set(windows FALSE)
                endif()
            endif()
        endforeach()
    endif()
    set(${out_excludes} ${excludes} PARENT_SCOPE)
    set(${out_windows} ${windows} PARENT_SCOPE)
endfunction()

# The POSIX functions a line calls (not declares, not as a member).
function(hn_posix_calls_in line out_calls)
    set(calls "")
    set(rest "${line}")
    while(rest MATCHES "(^|[^A-Za-z0-9_])(${hn_posix_calls})[ \t]*\\(")
        set(name "${CMAKE_MATCH_2}")
        string(FIND "${rest}" "${CMAKE_MATCH_0}" at)
        string(LENGTH "${CMAKE_MATCH_1}" lead)
        math(EXPR at "${at} + ${lead}")
        string(SUBSTRING "${rest}" 0 ${at} before)
        string(LENGTH "${name}" length)
        math(EXPR after "${at} + ${length}")
        string(SUBSTRING "${rest}" ${after} -1 rest)
        string(REGEX REPLACE "[ \t]+$" "" before "${before}")
        if(before MATCHES "&&$")
            list(APPEND calls "${name}") # ok && kill(pid, 0)
            continue()
        endif()
        # Pointer and reference declarators: int *dup(), Foo &poll().
        string(REGEX REPLACE "[ \t*&]+$" "" before "${before}")
        if(before MATCHES "[A-Za-z0-9_>]::$" OR before MATCHES "(\\.|->)$")
            continue() # qualified or member: QThread::sleep(), m_process.kill()
        endif()
        if(before MATCHES "([A-Za-z_][A-Za-z0-9_]*)$")
            if(NOT CMAKE_MATCH_1 MATCHES "^(${hn_call_keywords})$")
                continue() # a declaration: void kill(), bool pipe(int *fds)
            endif()
        elseif(before MATCHES ">$")
            continue() # a declaration returning a template: std::optional<int> poll()
        endif()
        list(APPEND calls "${name}")
    endwhile()
    set(${out_calls} "${calls}" PARENT_SCOPE)
endfunction()

function(hn_scan_file path relative)
    file(READ "${path}" text)
    # Most files mention none of it: skip the line-by-line walk for them.
    if(NOT text MATCHES "#[ \t]*include[ \t]*[<\"](${hn_posix_headers})[>\"]"
            AND NOT text MATCHES "(^|[^A-Za-z0-9_])(${hn_posix_calls})[ \t]*\\(")
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
    # One entry per open #if: "p<1|0>w<1|0>": p whether the current branch is
    # a POSIX branch, w whether a condition before it in this #if chain is
    # true on every Windows build (then #elif and #else are POSIX branches).
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

        if(line MATCHES "^[ \t]*#[ \t]*(if|ifdef|ifndef|elif)([ \t(!]|$)(.*)$")
            set(directive "${CMAKE_MATCH_1}")
            set(condition "${CMAKE_MATCH_3}")
            if(directive STREQUAL "ifdef")
                string(STRIP "${condition}" condition)
            elseif(directive STREQUAL "ifndef")
                string(STRIP "${condition}" condition)
                set(condition "!${condition}")
            endif()
            hn_classify_condition("${condition}" excludes windows)
            set(before_windows FALSE)
            if(directive STREQUAL "elif")
                list(LENGTH stack depth)
                if(depth EQUAL 0)
                    continue()
                endif()
                list(POP_BACK stack top)
                if(top MATCHES "w1$")
                    set(before_windows TRUE)
                endif()
            endif()
            set(p 0)
            if(excludes OR before_windows)
                set(p 1)
            endif()
            set(w 0)
            if(windows OR before_windows)
                set(w 1)
            endif()
            list(APPEND stack "p${p}w${w}")
            continue()
        elseif(line MATCHES "^[ \t]*#[ \t]*else")
            list(LENGTH stack depth)
            if(depth GREATER 0)
                list(POP_BACK stack top)
                if(top MATCHES "w1$")
                    list(APPEND stack "p1w1")
                else()
                    list(APPEND stack "p0w0")
                endif()
            endif()
            continue()
        elseif(line MATCHES "^[ \t]*#[ \t]*endif")
            list(LENGTH stack depth)
            if(depth GREATER 0)
                list(POP_BACK stack)
            endif()
            continue()
        endif()
        if(";${stack};" MATCHES ";p1")
            continue()
        endif()

        if(line MATCHES "^[ \t]*#[ \t]*include[ \t]*[<\"](${hn_posix_headers})[>\"]")
            set(header "${CMAKE_MATCH_1}")
            if(NOT header MATCHES "^${hn_msvc_sys_headers}$")
                list(APPEND hn_findings
                    "${relative}:${number}: POSIX-only header <${header}> outside a POSIX branch (e.g. the #else of #ifdef _WIN32)")
            endif()
        else()
            hn_posix_calls_in("${line}" calls)
            foreach(call IN LISTS calls)
                list(APPEND hn_findings
                    "${relative}:${number}: POSIX-only call ${call}() outside a POSIX branch (e.g. the #else of #ifdef _WIN32)")
            endforeach()
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
