# SPDX-License-Identifier: GPL-3.0-or-later
# Debian packages, included from packaging/CMakeLists.txt on Linux:
#   helfernetz         (component client) the desktop program, its desktop
#                      file, AppStream metainfo and icons
#   helfernetz-server  (component server) helfernetz-server, helfernetz-admin,
#                      the config in /etc, systemd units, sysusers/tmpfiles
# Build them with `cmake --build <dir> --target package` (or cpack -G DEB);
# tests/packaging checks them with dpkg-deb, the unpacked programs and lintian.
set(hn_linux ${CMAKE_CURRENT_SOURCE_DIR}/linux)
set(hn_linux_out ${CMAKE_CURRENT_BINARY_DIR}/linux)

# --- Where things go --------------------------------------------------------
# Programs stay where their own install() rules put them (bin under the
# prefix /usr). The config and the units need absolute paths, which CPack
# only puts into the package (not onto this machine) with DESTDIR.
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX "/usr")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")

# Bookworm's systemd (and lintian) still want units in /lib; newer releases
# say /usr/lib. Ask the build machine's systemd, as debhelper does.
if(NOT DEFINED HN_SYSTEMD_UNIT_DIR)
    set(hn_unit_dir)
    find_package(PkgConfig QUIET)
    if(PKG_CONFIG_FOUND)
        pkg_get_variable(hn_unit_dir systemd systemdsystemunitdir)
    endif()
    if(NOT hn_unit_dir)
        set(hn_unit_dir /lib/systemd/system)
    endif()
    set(HN_SYSTEMD_UNIT_DIR "${hn_unit_dir}" CACHE PATH "Where the package puts systemd units")
endif()
set(hn_sysconf /etc/helfernetz)
set(hn_client_doc ${CMAKE_INSTALL_DATAROOTDIR}/doc/helfernetz)
set(hn_server_doc ${CMAKE_INSTALL_DATAROOTDIR}/doc/helfernetz-server)

# --- Compressed documentation (gzip -9n: reproducible, as dh_compress) ------
find_program(HN_GZIP gzip REQUIRED)
set(hn_compressed)
# hn_gzip(<source> <output name>): <output name>.gz in ${hn_linux_out}.
function(hn_gzip source name)
    set(plain ${hn_linux_out}/${name})
    add_custom_command(OUTPUT ${plain}.gz
        COMMAND ${CMAKE_COMMAND} -E copy ${source} ${plain}
        COMMAND ${HN_GZIP} -9nf ${plain}
        DEPENDS ${source}
        COMMENT "Compressing ${name}"
        VERBATIM)
    set(hn_compressed ${hn_compressed} ${plain}.gz PARENT_SCOPE)
endfunction()

# --- Release data from PROJECT_VERSION and HN_RELEASE_DATE -------------------
# hn_changelog_date(<out> <YYYY-MM-DD>): the date as a Debian changelog
# trailer wants it (RFC 2822, noon UTC), e.g. "Sat, 21 Nov 2026 12:00:00 +0000".
function(hn_changelog_date out date)
    if(NOT date MATCHES "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$")
        message(FATAL_ERROR "HN_RELEASE_DATE '${date}' is not YYYY-MM-DD")
    endif()
    set(year ${CMAKE_MATCH_1})
    set(dd ${CMAKE_MATCH_3})
    # math() would read a leading 0 as octal.
    string(REGEX REPLACE "^0" "" month "${CMAKE_MATCH_2}")
    string(REGEX REPLACE "^0" "" day "${dd}")
    if(month LESS 1 OR month GREATER 12 OR day LESS 1 OR day GREATER 31)
        message(FATAL_ERROR "HN_RELEASE_DATE '${date}' is no date")
    endif()
    # Day of the week (Sakamoto's method, 0 = Sunday).
    set(offsets 0 3 2 5 0 3 5 1 4 6 2 4)
    math(EXPR index "${month} - 1")
    list(GET offsets ${index} offset)
    set(y ${year})
    if(month LESS 3)
        math(EXPR y "${year} - 1")
    endif()
    math(EXPR weekday "(${y} + ${y} / 4 - ${y} / 100 + ${y} / 400 + ${offset} + ${day}) % 7")
    set(weekdays Sun Mon Tue Wed Thu Fri Sat)
    set(months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
    list(GET weekdays ${weekday} weekday_name)
    list(GET months ${index} month_name)
    set(${out} "${weekday_name}, ${dd} ${month_name} ${year} 12:00:00 +0000" PARENT_SCOPE)
endfunction()
hn_changelog_date(HN_RELEASE_DATE_CHANGELOG "${HN_RELEASE_DATE}")

configure_file(${hn_linux}/${HN_APP_ID}.metainfo.xml.in ${hn_linux_out}/${HN_APP_ID}.metainfo.xml @ONLY)
foreach(package helfernetz helfernetz-server)
    set(HN_DEB_PACKAGE ${package})
    configure_file(${hn_linux}/changelog.in ${hn_linux_out}/${package}/changelog.src @ONLY)
    hn_gzip(${hn_linux_out}/${package}/changelog.src ${package}/changelog)
endforeach()
foreach(page helfernetz.1 helfernetz-admin.1 helfernetz-server.8)
    hn_gzip(${CMAKE_CURRENT_SOURCE_DIR}/man/${page} man/${page})
endforeach()
add_custom_target(hn_debian_docs ALL DEPENDS ${hn_compressed})

# --- Client: helfernetz -----------------------------------------------------
install(FILES ${hn_linux}/${HN_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications COMPONENT client)
install(FILES ${hn_linux_out}/${HN_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo COMPONENT client)
install(FILES ${HN_APP_ICON_SVG}
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps
    RENAME ${HN_APP_ID}.svg COMPONENT client)
install(DIRECTORY ${HN_APP_ICON_DIR}/hicolor
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons COMPONENT client
    FILES_MATCHING PATTERN "*.png")
install(FILES ${hn_linux_out}/man/helfernetz.1.gz
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT client)
install(FILES ${hn_linux_out}/helfernetz/changelog.gz ${hn_linux}/copyright
    DESTINATION ${hn_client_doc} COMPONENT client)

# --- Server: helfernetz-server ----------------------------------------------
# The config, units, sysusers and tmpfiles entries name /usr/bin and /etc:
# they belong to the package only. EXCLUDE_FROM_ALL keeps them out of a
# plain `cmake --install` (e.g. to /usr/local, where they would point at
# programs that are not there); cpack installs component by component and
# so includes them.
install(FILES ${hn_linux}/helfernetz-server.conf
    DESTINATION ${hn_sysconf} COMPONENT server EXCLUDE_FROM_ALL)
install(FILES
        ${hn_linux}/helfernetz-server.service
        ${hn_linux}/helfernetz-server-backup.service
        ${hn_linux}/helfernetz-server-backup.timer
    DESTINATION ${HN_SYSTEMD_UNIT_DIR} COMPONENT server EXCLUDE_FROM_ALL)
install(FILES ${hn_linux}/helfernetz.sysusers
    DESTINATION lib/sysusers.d RENAME helfernetz.conf COMPONENT server EXCLUDE_FROM_ALL)
install(FILES ${hn_linux}/helfernetz.tmpfiles
    DESTINATION lib/tmpfiles.d RENAME helfernetz.conf COMPONENT server EXCLUDE_FROM_ALL)
install(FILES ${hn_linux}/README.Debian
    DESTINATION ${hn_server_doc} COMPONENT server EXCLUDE_FROM_ALL)
install(FILES ${hn_linux_out}/man/helfernetz-admin.1.gz
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT server)
install(FILES ${hn_linux_out}/man/helfernetz-server.8.gz
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man8 COMPONENT server)
install(FILES ${hn_linux_out}/helfernetz-server/changelog.gz ${hn_linux}/copyright
    DESTINATION ${hn_server_doc} COMPONENT server)

# --- CPack DEB ----------------------------------------------------------------
# Each package's description below starts with its own synopsis; CPackDeb
# would put the project's summary in front of it, so the summary is dropped
# while the DEB generator runs (DebianCPackOptions.cmake).
set(CPACK_PROJECT_CONFIG_FILE ${hn_linux}/DebianCPackOptions.cmake)
if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR DEB)
endif()
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
# Library dependencies from the programs themselves (dpkg-shlibdeps); only
# what is loaded at run time as a plugin is listed by hand below.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
# Maintainer scripts 0755, conffiles 0644, whatever the checkout's modes.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME helfernetz)
set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION net)
# Plugins Qt loads at run time, which dpkg-shlibdeps cannot see: the SQLite
# driver of the local replica, the SVG icon engine of the bundled icon
# theme, and the X11 platform plugin.
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, qt6-qpa-plugins")
set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_CLIENT_DESCRIPTION
"desktop client of the Helfernetz refugee-aid groupware
Helfernetz is the shared workplace of a district's refugee-aid network: the
district office, the job centre, the municipalities, welfare organisations
and volunteer initiatives share contacts, documents and discussions on one
closed, password-protected server instead of e-mail lists and spreadsheets.

This package contains the desktop program. It keeps a local copy of the
areas its user may read, works offline and synchronises every change when
the server can be reached again. It needs a Helfernetz server (package
helfernetz-server). German and English.")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME helfernetz-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
# The server's database driver is a Qt plugin too. postinst creates the user
# with systemd-sysusers, or with adduser where that is missing.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, adduser")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "libqt6sql6-psql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${hn_linux}/conffiles ${hn_linux}/postinst ${hn_linux}/prerm ${hn_linux}/postrm)
set(CPACK_DEBIAN_SERVER_DESCRIPTION
"server of the Helfernetz refugee-aid groupware
Helfernetz is the shared workplace of a district's refugee-aid network: the
district office, the job centre, the municipalities, welfare organisations
and volunteer initiatives share contacts, documents and discussions on one
closed, password-protected server instead of e-mail lists and spreadsheets.

This package contains helfernetz-server, the gRPC server with an embedded
SQLite database, run by systemd as the user helfernetz with a daily backup
timer, and helfernetz-admin, the console for accounts, access requests,
spaces, memberships, devices and the audit log.")
