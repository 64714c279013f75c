# SPDX-License-Identifier: GPL-3.0-or-later
# Read by cpack for each generator it runs (CPACK_PROJECT_CONFIG_FILE, set
# in WindowsInstaller.cmake): settings that differ between NSIS and WiX.
if(CPACK_GENERATOR STREQUAL "WIX")
    # WiX accepts the licence only as .txt or .rtf (CPACK_ variables are the
    # only ones that reach cpack, hence the prefix).
    set(CPACK_RESOURCE_FILE_LICENSE "${CPACK_HN_WIX_LICENSE}")
endif()
