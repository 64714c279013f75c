# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a translation file has a text without translation: the German
# UI must not show English (issue 5). Run as
#   cmake -DTS_FILE=<file.ts> -P TranslationComplete.cmake
# after `cmake --build <dir> --target hn_client_ui_lupdate` has brought the
# file up to date with the sources.
file(READ "${TS_FILE}" ts)
string(REGEX MATCHALL "<translation type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "${TS_FILE}: ${count} text(s) without translation "
        "(type=\"unfinished\"); translate them (Qt Linguist) and commit the file.")
endif()
string(REGEX MATCHALL "<message" messages "${ts}")
list(LENGTH messages total)
message(STATUS "${TS_FILE}: all ${total} texts translated")
