# SPDX-License-Identifier: GPL-3.0-or-later
# Read by cpack for every generator it runs (CPACK_PROJECT_CONFIG_FILE).
# The DEB packages' descriptions begin with their own synopsis lines; without
# the project summary CPackDeb does not put it in front of them.
if(CPACK_GENERATOR STREQUAL "DEB")
    unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()
