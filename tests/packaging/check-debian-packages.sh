#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian packages from a built tree and checks them the way an
# admin meets them: control data, file list, the programs run from an
# unpacked tree against the packaged config, desktop file, AppStream data,
# man pages, and lintian (no errors; warnings are printed).
#
#   check-debian-packages.sh <build dir> <version>
#
# Everything happens in <build dir>/packaging-test (emptied first, removed
# after a success, kept after a failure for a look). Only loopback and
# temporary files; nothing is installed on this machine.
set -euo pipefail
# The programs' output is compared with English text: C locale, and no
# LANGUAGE (Qt and gettext take the UI language from it even under LC_ALL).
export LC_ALL=C LANGUAGE=

build=$(cd "$1" && pwd)
version=$2
work=$build/packaging-test

fail() {
    echo "FAILED: $*" >&2
    echo "(files kept in $work)" >&2
    exit 1
}
step() { echo "== $*"; }

for tool in cpack dpkg-deb dpkg-shlibdeps dpkg-parsechangelog lintian desktop-file-validate \
    appstreamcli file man readelf systemd-analyze; do
    command -v "$tool" >/dev/null 2>&1 \
        || fail "$tool is not installed (scripts/install-deps.sh installs it; systemd-analyze is in the package systemd)"
done

rm -rf "$work"
mkdir -p "$work"

step "cpack -G DEB"
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB (log above)"
fi
client=$(ls "$work/out/helfernetz_${version}_"*.deb 2>/dev/null || true)
server=$(ls "$work/out/helfernetz-server_${version}_"*.deb 2>/dev/null || true)
[ -f "$client" ] || fail "cpack made no helfernetz_${version}_<arch>.deb"
[ -f "$server" ] || fail "cpack made no helfernetz-server_${version}_<arch>.deb"
ls -l "$client" "$server"

# --- control data ---------------------------------------------------------
field() { dpkg-deb -f "$1" "$2"; }
expect_field() { # package file, field, extended regex, what it means
    local value
    value=$(field "$1" "$2")
    [[ $value =~ $3 ]] || fail "$(basename "$1"): $2 '$value' does not match /$3/ ($4)"
}

step "control fields"
for deb in "$client" "$server"; do
    expect_field "$deb" Version "^${version//./\\.}$" "the project's version"
    expect_field "$deb" Maintainer '^[^<>]+ <[^@<> ]+@[^@<> ]+\.[a-z]+>$' "a name and an address"
    expect_field "$deb" Depends '(^|, )libqt6sql6-sqlite(,|$)' "Qt's SQLite driver is a plugin"
    expect_field "$deb" Depends '(^|, )libqt6core6 \(>=' "dependencies from dpkg-shlibdeps"
    expect_field "$deb" Section '^[a-z]+$' "a section"
    expect_field "$deb" Priority '^optional$' "priority optional"
done
expect_field "$client" Package '^helfernetz$' "component client"
expect_field "$server" Package '^helfernetz-server$' "component server"
expect_field "$client" Depends '(^|, )libqt6svg6(,|$)' "the SVG icon engine plugin"
expect_field "$client" Depends '(^|, )qt6-qpa-plugins(,|$)' "the X11 platform plugin"
expect_field "$client" Depends '(^|, )libqt6widgets6 ' "shlibdeps of the window"
expect_field "$client" Recommends 'qt6-translations-l10n' "Qt's own German texts"
expect_field "$client" Recommends 'qt6-wayland' "the Wayland platform plugin"
expect_field "$server" Depends '(^|, )adduser(,|$)' "postinst's fallback for the user"
expect_field "$server" Depends '(^|, )libgrpc\+\+' "shlibdeps of the server"
expect_field "$server" Suggests 'libqt6sql6-psql' "PostgreSQL driver"

dpkg-deb --ctrl-tarfile "$server" | tar -tvf - >"$work/server-control.txt"
for script in postinst prerm postrm; do
    grep -Eq "^-rwxr-xr-x root/root .* \./$script$" "$work/server-control.txt" \
        || fail "helfernetz-server: maintainer script $script missing or not 0755 root"
done
conffiles=$(dpkg-deb -I "$server" conffiles) || fail "helfernetz-server has no conffiles"
[ "$conffiles" = "/etc/helfernetz/helfernetz-server.conf" ] \
    || fail "helfernetz-server conffiles should list only the config, lists: $conffiles"
if dpkg-deb -I "$client" conffiles >/dev/null 2>&1; then
    fail "helfernetz (client) should have no conffiles"
fi

# The maintainer scripts as dpkg runs them: POSIX sh (dash), so shellcheck
# in sh mode; intentional word splitting carries a directive with a reason.
if command -v shellcheck >/dev/null 2>&1; then
    step "shellcheck -s sh on the maintainer scripts"
    dpkg-deb -e "$server" "$work/server-control"
    if ! shellcheck -s sh "$work/server-control/postinst" "$work/server-control/prerm" \
        "$work/server-control/postrm" >"$work/shellcheck.txt" 2>&1; then
        cat "$work/shellcheck.txt" >&2
        fail "shellcheck finds problems in the maintainer scripts (above)"
    fi
else
    echo "NOTE: shellcheck is not installed; the maintainer scripts were not linted"
fi

# --- file lists -------------------------------------------------------------
step "file lists"
dpkg-deb -c "$client" >"$work/client-files.txt"
dpkg-deb -c "$server" >"$work/server-files.txt"
expect_file() { # list, path, mode
    grep -Eq "^$3 root/root +[0-9]+ [0-9-]+ [0-9:]+ \.$2$" "$1" \
        || fail "$(basename "$1" -files.txt) package: $2 missing or not $3 root/root"
}
app=de.helfernetz.Helfernetz
expect_file "$work/client-files.txt" /usr/bin/helfernetz -rwxr-xr-x
expect_file "$work/client-files.txt" "/usr/share/applications/$app.desktop" -rw-r--r--
expect_file "$work/client-files.txt" "/usr/share/metainfo/$app.metainfo.xml" -rw-r--r--
expect_file "$work/client-files.txt" "/usr/share/icons/hicolor/scalable/apps/$app.svg" -rw-r--r--
for size in 16 22 24 32 48 64 128 256 512; do
    expect_file "$work/client-files.txt" "/usr/share/icons/hicolor/${size}x${size}/apps/$app.png" -rw-r--r--
done
expect_file "$work/client-files.txt" /usr/share/man/man1/helfernetz.1.gz -rw-r--r--
expect_file "$work/client-files.txt" /usr/share/doc/helfernetz/copyright -rw-r--r--
expect_file "$work/client-files.txt" /usr/share/doc/helfernetz/changelog.gz -rw-r--r--

# Where this build puts units (packaging/linux/DebianPackages.cmake).
unit_dir=$(sed -n 's/^HN_SYSTEMD_UNIT_DIR:PATH=//p' "$build/CMakeCache.txt")
[ -n "$unit_dir" ] || fail "HN_SYSTEMD_UNIT_DIR is not in $build/CMakeCache.txt"
expect_file "$work/server-files.txt" /usr/bin/helfernetz-server -rwxr-xr-x
expect_file "$work/server-files.txt" /usr/bin/helfernetz-admin -rwxr-xr-x
expect_file "$work/server-files.txt" /etc/helfernetz/helfernetz-server.conf -rw-r--r--
for unit in helfernetz-server.service helfernetz-server-backup.service helfernetz-server-backup.timer; do
    expect_file "$work/server-files.txt" "$unit_dir/$unit" -rw-r--r--
done
expect_file "$work/server-files.txt" /usr/lib/sysusers.d/helfernetz.conf -rw-r--r--
expect_file "$work/server-files.txt" /usr/lib/tmpfiles.d/helfernetz.conf -rw-r--r--
expect_file "$work/server-files.txt" /usr/share/man/man1/helfernetz-admin.1.gz -rw-r--r--
expect_file "$work/server-files.txt" /usr/share/man/man8/helfernetz-server.8.gz -rw-r--r--
expect_file "$work/server-files.txt" /usr/share/doc/helfernetz-server/copyright -rw-r--r--
expect_file "$work/server-files.txt" /usr/share/doc/helfernetz-server/changelog.gz -rw-r--r--
expect_file "$work/server-files.txt" /usr/share/doc/helfernetz-server/README.Debian -rw-r--r--
for list in "$work/client-files.txt" "$work/server-files.txt"; do
    if grep -Eq ' \./usr/local/| \./home/| \./tmp/' "$list"; then
        fail "$(basename "$list"): files outside the Debian layout: $(grep -E ' \./usr/local/| \./home/| \./tmp/' "$list" | head -3)"
    fi
done

# --- unpacked tree ------------------------------------------------------------
step "unpack into a throwaway root"
root=$work/root
dpkg-deb -x "$client" "$root"
dpkg-deb -x "$server" "$root"
for program in helfernetz helfernetz-server helfernetz-admin; do
    description=$(file -b "$root/usr/bin/$program")
    [[ $description == *ELF* && $description == *", stripped"* ]] \
        || fail "$program is not a stripped ELF program: $description"
    # The packaged program must use the system's libraries, never the build tree's.
    if readelf -d "$root/usr/bin/$program" | grep -Eq 'RPATH|RUNPATH'; then
        fail "$program carries a library search path: $(readelf -d "$root/usr/bin/$program" | grep -E 'RPATH|RUNPATH')"
    fi
done
for size in 16 22 24 32 48 64 128 256 512; do
    description=$(file -b "$root/usr/share/icons/hicolor/${size}x${size}/apps/$app.png")
    [[ $description == "PNG image data, $size x $size,"* ]] \
        || fail "icon ${size}x${size} is: $description"
done

step "helfernetz-server --version, init and backup with the packaged config"
config=$root/etc/helfernetz/helfernetz-server.conf
config_sum=$(sha256sum <"$config")
out=$("$root/usr/bin/helfernetz-server" --version) || fail "helfernetz-server --version exited $?"
[ "$out" = "helfernetz-server $version" ] || fail "helfernetz-server --version printed '$out'"

printf '%s\n' 'Paket-Test-Passwort-2026' >"$work/password"
data=$work/data
mkdir -m 0750 "$data" # as the package's tmpfiles.d leaves it: there and empty
if ! "$root/usr/bin/helfernetz-server" init --config "$config" --data "$data" \
    --admin-email admin@example.org --password-file "$work/password" >"$work/init.log" 2>&1; then
    cat "$work/init.log" >&2
    fail "helfernetz-server init --config <packaged config> --data <empty dir> (log above)"
fi
[ -f "$data/helfernetz.db" ] || fail "init made no $data/helfernetz.db: $(cat "$work/init.log")"
[ "$(sha256sum <"$config")" = "$config_sum" ] || fail "init changed the packaged config file"
if "$root/usr/bin/helfernetz-server" init --config "$config" --data "$data" \
    --admin-email admin@example.org --password-file "$work/password" >"$work/init2.log" 2>&1; then
    fail "a second init on the same data directory succeeded"
fi

# The packaged config lists every setting the server knows, with the
# server's own default: compare with the config `init --data` writes.
settings() { # INI file -> section/key=value per line; ';key=value' counts too
    awk '/^\[/ { section = substr($0, 2, length($0) - 2); next }
         /^;?[a-z0-9_]+=/ { sub(/^;/, ""); print section "/" $0 }' "$1" | sort -u
}
if ! "$root/usr/bin/helfernetz-server" init --data "$work/plain" \
    --admin-email admin@example.org --password-file "$work/password" >"$work/init3.log" 2>&1; then
    cat "$work/init3.log" >&2
    fail "helfernetz-server init --data <dir> (log above)"
fi
settings "$config" >"$work/packaged-settings.txt"
settings "$work/plain/helfernetz-server.conf" | grep -v '^tls/' >"$work/server-settings.txt"
missing=$(comm -13 "$work/packaged-settings.txt" "$work/server-settings.txt")
[ -z "$missing" ] || fail "the packaged config lacks (or shows another default for): $missing"
unknown=$(cut -d= -f1 "$work/packaged-settings.txt" | grep -v -x -e 'server/data_dir' -e 'tls/cert' -e 'tls/key' \
    | grep -v -x -F -f <(cut -d= -f1 "$work/server-settings.txt") || true)
[ -z "$unknown" ] || fail "the packaged config has settings the server does not know: $unknown"

# The command line of helfernetz-server-backup.service, with the scratch
# folders in place of /var.
if ! "$root/usr/bin/helfernetz-server" backup --config "$config" --data "$data" \
    --to-dir "$work/backups" --keep 14 >"$work/backup.log" 2>&1; then
    cat "$work/backup.log" >&2
    fail "helfernetz-server backup --config <packaged config> --to-dir (log above)"
fi
ls "$work/backups"/helfernetz-????????-??????.db >/dev/null 2>&1 \
    || fail "backup --to-dir wrote no helfernetz-YYYYMMDD-HHMMSS.db: $(ls "$work/backups")"
[ "$(sha256sum <"$config")" = "$config_sum" ] || fail "backup changed the packaged config file"

# Every ExecStart of the packaged units names the packaged programs and config.
for unit in helfernetz-server.service helfernetz-server-backup.service; do
    exec_line=$(grep '^ExecStart=' "$root$unit_dir/$unit")
    [[ $exec_line == "ExecStart=/usr/bin/helfernetz-server "*"--config /etc/helfernetz/helfernetz-server.conf"* ]] \
        || fail "$unit: unexpected $exec_line"
done

# The units as systemd reads them (unknown keys, bad values), with the
# program path pointing into the unpacked tree so its existence is checked.
# The drop-in settings README.Debian and the config tell admins to add
# (ReadWritePaths=, CAP_NET_BIND_SERVICE, another ExecStart=) are checked
# the same way, appended to copies of both services.
step "systemd-analyze verify (units, and with the documented drop-ins)"
mkdir "$work/units"
for unit in helfernetz-server.service helfernetz-server-backup.service helfernetz-server-backup.timer; do
    sed "s|/usr/bin/helfernetz-server|$root/usr/bin/helfernetz-server|" \
        "$root$unit_dir/$unit" >"$work/units/$unit"
done
{
    sed -n 's/^  \([A-Z][A-Za-z]*=.*\)$/\1/p' "$root/usr/share/doc/helfernetz-server/README.Debian"
    sed -n 's/^;   \([A-Z][A-Za-z]*=.*\)$/\1/p' "$config"
} | sed "s|/usr/bin/helfernetz-server|$root/usr/bin/helfernetz-server|" >"$work/dropin-lines.txt"
for key in ReadWritePaths AmbientCapabilities CapabilityBoundingSet ExecStart; do
    grep -q "^$key=" "$work/dropin-lines.txt" \
        || fail "README.Debian and the config show no drop-in with $key= (found: $(tr '\n' '|' <"$work/dropin-lines.txt"))"
done
for unit in helfernetz-server helfernetz-server-backup; do
    { cat "$work/units/$unit.service"; echo "[Service]"; cat "$work/dropin-lines.txt"; } \
        >"$work/units/$unit-dropins.service"
done
if ! (cd "$work/units" && systemd-analyze verify --man=no ./helfernetz-server.service \
    ./helfernetz-server-backup.service ./helfernetz-server-backup.timer \
    ./helfernetz-server-dropins.service ./helfernetz-server-backup-dropins.service) \
    >"$work/verify.log" 2>&1 || [ -s "$work/verify.log" ]; then
    cat "$work/verify.log" >&2
    fail "systemd-analyze verify finds problems in the units or the documented drop-ins (above)"
fi

step "helfernetz-admin --help, helfernetz --version"
out=$("$root/usr/bin/helfernetz-admin" --help) || fail "helfernetz-admin --help exited $?"
[[ $out == *"Usage:"*"Commands:"* ]] || fail "helfernetz-admin --help printed: $out"
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/helfernetz" --version) \
    || fail "helfernetz --version exited $?"
[[ $out == *"$version"* ]] || fail "helfernetz --version printed '$out'"

# --- desktop integration and documentation -------------------------------------
step "desktop-file-validate, appstreamcli validate"
desktop-file-validate "$root/usr/share/applications/$app.desktop" \
    || fail "desktop-file-validate $app.desktop"
grep -qx "Icon=$app" "$root/usr/share/applications/$app.desktop" \
    || fail "$app.desktop does not name the icon $app"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app.metainfo.xml" \
    || fail "appstreamcli validate $app.metainfo.xml"

# Both packages' changelogs and the AppStream release name this version,
# on the same day (all three are configured from PROJECT_VERSION and
# HN_RELEASE_DATE; lintian checks the changelog's day of the week).
step "release data"
release=$(grep -oE '<release version="[^"]*" date="[^"]*"' "$root/usr/share/metainfo/$app.metainfo.xml" | head -1)
release_version=$(sed -E 's/.*version="([^"]*)".*/\1/' <<<"$release")
release_date=$(sed -E 's/.*date="([^"]*)".*/\1/' <<<"$release")
[ "$release_version" = "$version" ] \
    || fail "$app.metainfo.xml: the newest release is '$release', not version $version"
for package in helfernetz helfernetz-server; do
    zcat "$root/usr/share/doc/$package/changelog.gz" >"$work/$package.changelog"
    [ "$(dpkg-parsechangelog -l "$work/$package.changelog" -S Source)" = "$package" ] \
        || fail "$package's changelog names the package $(dpkg-parsechangelog -l "$work/$package.changelog" -S Source)"
    [ "$(dpkg-parsechangelog -l "$work/$package.changelog" -S Version)" = "$version" ] \
        || fail "$package's changelog is for version $(dpkg-parsechangelog -l "$work/$package.changelog" -S Version), not $version"
    changelog_date=$(date -u -d "$(dpkg-parsechangelog -l "$work/$package.changelog" -S Date)" +%F)
    [ "$changelog_date" = "$release_date" ] \
        || fail "$package's changelog is dated $changelog_date, the AppStream release $release_date"
done

step "man pages"
for page in man1/helfernetz.1 man1/helfernetz-admin.1 man8/helfernetz-server.8; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 \
        man --warnings -l -Tutf8 "$root/usr/share/man/$page.gz" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man page $page: $warnings"
done
gzip -l "$root/usr/share/doc/helfernetz/changelog.gz" >/dev/null || fail "changelog.gz is no gzip file"

# --- lintian --------------------------------------------------------------------
step "lintian (errors fail; warnings are shown)"
set +e
lintian --fail-on error --display-info "$client" "$server" >"$work/lintian.raw" 2>&1
lintian_status=$?
set -e
grep -v '^running with root privileges is not recommended!$' "$work/lintian.raw" \
    >"$work/lintian.txt" || true
cat "$work/lintian.txt"
if [ "$lintian_status" -ne 0 ] || grep -q '^E: ' "$work/lintian.txt"; then
    fail "lintian reports errors (exit $lintian_status, output above)"
fi
echo "lintian: $(grep -c '^E: ' "$work/lintian.txt" || true) errors, $(grep -c '^W: ' "$work/lintian.txt" || true) warnings, $(grep -c '^I: ' "$work/lintian.txt" || true) infos"

stat -c "%s bytes  %n" "$client" "$server"
rm -rf "$work"
echo "packaging: all checks passed"
