# SPDX-License-Identifier: GPL-3.0-or-later
# The Windows installer: CPack's NSIS generator, included by
# packaging/CMakeLists.txt after the common CPACK_* variables and before
# include(CPack). Steps and checks: packaging/windows/README.md.
#
# What people get: a per-machine install under "C:\Program Files\Helfernetz"
# (the installer asks for administrator rights), a Start-menu entry
# "Helfernetz" for all users, an uninstaller, and an entry in "Apps &
# Features" with the program's icon. Installing a newer version first
# removes the old one (silently with /S), so files of an old version never
# linger beside the new ones. Only the desktop client is packaged; the server
# is run on Linux from the Debian package.
#
# The template's variables were checked against CMake's
# Modules/Internal/CPack/NSIS.template.in (3.25) and the CPack NSIS docs.

set(CPACK_GENERATOR "NSIS")
set(CPACK_COMPONENTS_ALL client)
set(CPACK_COMPONENT_CLIENT_REQUIRED ON)
# MSVC has no strip; debug information stays in the .pdb files, which are
# not installed.
set(CPACK_STRIP_FILES OFF)

set(CPACK_NSIS_PACKAGE_NAME "Helfernetz")
set(CPACK_NSIS_DISPLAY_NAME "Helfernetz")
# Program Files (64-bit), chosen by the template's .onInit for an
# administrator, which the installer always runs as
# (RequestExecutionLevel admin); shortcuts then go to all users' Start menu.
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
# One uninstall key for every version (the default contains the version):
# the upgrade check below and "Apps & Features" find the installed one by it.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Helfernetz")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Start menu: folder "Helfernetz" with the program "Helfernetz" (and the
# template's "Uninstall"); the program is bin\helfernetz.exe.
set(CPACK_PACKAGE_EXECUTABLES "helfernetz" "Helfernetz")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\helfernetz.exe")
set(CPACK_NSIS_MUI_ICON "${HN_APP_ICON_ICO}")
set(CPACK_NSIS_MUI_UNIICON "${HN_APP_ICON_ICO}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_BRANDING_TEXT "Helfernetz ${PROJECT_VERSION}")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# The GPL needs no acceptance to use the program; the page would only ask
# people to "agree" to something they do not have to.
set(CPACK_NSIS_IGNORE_LICENSE_PAGE ON)
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
# Languages: the template registers all of NSIS's Modern UI languages, and
# NSIS picks the one of the Windows display language (German on a German
# Windows, English otherwise) without asking. The template's few own
# sentences (e.g. the "already installed" question) stay English.

# WiX (MSI) as an alternative for administrators who deploy MSI packages
# through group policy: `cpack -G WIX` with the WiX Toolset installed.
# The upgrade code must never change, or an MSI installs beside the old one.
set(CPACK_WIX_UPGRADE_GUID "BCC1C47D-EB3B-4092-8DC9-8B2235E8C104")
set(CPACK_WIX_PRODUCT_ICON "${HN_APP_ICON_ICO}")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Helfernetz")
# WiX takes the licence only as .txt or .rtf; LICENSE has no extension.
configure_file("${PROJECT_SOURCE_DIR}/LICENSE"
    "${PROJECT_BINARY_DIR}/packaging/windows/LICENSE.txt" COPYONLY)
set(CPACK_HN_WIX_LICENSE "${PROJECT_BINARY_DIR}/packaging/windows/LICENSE.txt")
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_CURRENT_LIST_DIR}/WindowsCPackOptions.cmake")
