#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs helfernetz-server's postinst in the situations an admin meets and
# checks what it asks of systemd: which units it enables or only registers,
# which it starts or restarts, and what it tells the admin.
#
#   check-postinst.sh <postinst> <packaged config> <scratch dir>
#
# Each situation gets its own root folder under <scratch dir>: a copy of
# postinst with /etc/helfernetz, /var/lib/helfernetz, /var/backups/helfernetz
# and /run/systemd/system moved below that folder, and stand-ins for
# deb-systemd-helper (with the state rules of the real one: a unit never
# seen counts as was-enabled), deb-systemd-invoke, systemctl,
# systemd-sysusers, systemd-tmpfiles, chown and dpkg-statoverride that log
# their arguments. Nothing on this machine is touched.
set -euo pipefail
export LC_ALL=C LANGUAGE=
unset DPKG_ROOT

postinst=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
packaged_config=$2
work=$3

fail() {
    echo "FAILED: $*" >&2
    echo "(files kept in $work)" >&2
    exit 1
}

# The copies below prefix these folders; anything else under /etc, /var or
# /run in postinst would reach this machine, so it must not be there.
moved="/etc/helfernetz /var/lib/helfernetz /var/backups/helfernetz /run/systemd/system"
others=$(grep -oE '/(etc|var|run)/[A-Za-z0-9_./-]*' "$postinst" | sort -u \
    | grep -v -x -E '/etc/helfernetz(/helfernetz-server\.conf|/)?|/var/lib/helfernetz/?|/var/backups/helfernetz/?|/run/systemd/system/?' \
    || true)
[ -z "$others" ] || fail "postinst names paths this test would not move into its scratch root: $others"

rm -rf "$work"
mkdir -p "$work/bin"

# --- stand-ins ------------------------------------------------------------------
cat >"$work/bin/deb-systemd-helper" <<'EOF'
#!/bin/sh
[ "$1" = --quiet ] && shift
echo "$1 $2" >>"$HN_ROOT/helper.log"
case "$1" in
    unmask | mask | purge) ;;
    was-enabled)
        if [ -e "$HN_ROOT/dsh/seen-$2" ] && [ ! -e "$HN_ROOT/dsh/enabled-$2" ]; then exit 1; fi ;;
    debian-installed) [ -e "$HN_ROOT/dsh/seen-$2" ] || exit 1 ;;
    enable) touch "$HN_ROOT/dsh/seen-$2" "$HN_ROOT/dsh/enabled-$2" ;;
    update-state) touch "$HN_ROOT/dsh/seen-$2" ;;
    *) echo "deb-systemd-helper stand-in: unexpected '$*'" >&2; exit 3 ;;
esac
EOF
for tool in deb-systemd-invoke systemctl systemd-sysusers systemd-tmpfiles chown; do
    # shellcheck disable=SC2016 # $* and $HN_ROOT belong to the stand-in
    printf '#!/bin/sh\necho "$*" >>"$HN_ROOT/%s.log"\n' "$tool" >"$work/bin/$tool"
done
# No statoverride for the folders: postinst sets owner and mode itself.
printf '#!/bin/sh\nexit 1\n' >"$work/bin/dpkg-statoverride"
chmod 0755 "$work/bin"/*

units=(helfernetz-server.service helfernetz-server-backup.timer)

# new_root <name> [systemd]: a root with the packaged config; with
# "systemd", systemd counts as running.
new_root() {
    root=$work/$1
    mkdir -p "$root/etc/helfernetz" "$root/dsh"
    if [ "${2:-}" = systemd ]; then mkdir -p "$root/run/systemd/system"; fi
    local move=()
    for dir in $moved; do move+=(-e "s|$dir|$root$dir|g"); done
    sed "${move[@]}" "$postinst" >"$root/postinst"
    # The config's data_dir=/var/lib/helfernetz moves along.
    sed "${move[@]}" "$packaged_config" >"$root/etc/helfernetz/helfernetz-server.conf"
    : >"$root/helper.log"
    : >"$root/deb-systemd-invoke.log"
    : >"$root/systemctl.log"
}
# seen <unit...>: postinst ran before and registered the units;
# enabled <unit...>: ... and they are enabled.
seen() { for unit in "$@"; do touch "$root/dsh/seen-$unit"; done; }
enabled() { for unit in "$@"; do touch "$root/dsh/seen-$unit" "$root/dsh/enabled-$unit"; done; }
set_data_dir() { # the config's data_dir line, as written
    sed -i "s|^data_dir=.*|$1|" "$root/etc/helfernetz/helfernetz-server.conf"
}
make_database() { mkdir -p "$1" && : >"$1/helfernetz.db"; }

run() { # postinst arguments
    if ! HN_ROOT=$root PATH="$work/bin:$PATH" sh "$root/postinst" "$@" >"$root/out.txt" 2>&1; then
        cat "$root/out.txt" >&2
        fail "$situation: postinst $* failed (output above)"
    fi
}
expect_line() { # log, line, meaning
    grep -qxF "$2" "$root/$1" || fail "$situation: $3 (expected '$2' in $1: $(tr '\n' '|' <"$root/$1"))"
}
expect_no_line() { # log, extended regex, meaning
    if grep -qE "$2" "$root/$1"; then
        fail "$situation: $3 ($1 has: $(grep -E "$2" "$root/$1" | tr '\n' '|'))"
    fi
}
enable_hint="  systemctl enable --now helfernetz-server.service helfernetz-server-backup.timer"

situation="first installation, no database"
new_root first-install systemd
run configure ""
for unit in "${units[@]}"; do
    expect_line helper.log "update-state $unit" "$unit is registered for purge"
done
expect_no_line helper.log '^enable ' "nothing is enabled: the server would fail at every boot until init"
[ ! -s "$root/deb-systemd-invoke.log" ] || fail "$situation: units were started: $(cat "$root/deb-systemd-invoke.log")"
expect_line out.txt "$enable_hint" "the admin is told how to enable and start the units after init"
for dir in var/lib/helfernetz var/backups/helfernetz; do
    [ "$(stat -c %a "$root/$dir")" = 750 ] || fail "$situation: /$dir missing or not 0750"
    expect_line chown.log "helfernetz:helfernetz $root/$dir" "/$dir belongs to helfernetz"
done

situation="first installation on an existing database, data_dir in quotes"
new_root existing-data systemd
set_data_dir "data_dir = \"$root/srv/helfernetz daten\""
make_database "$root/srv/helfernetz daten"
run configure ""
for unit in "${units[@]}"; do
    expect_line helper.log "enable $unit" "$unit is enabled as dh_installsystemd would"
done
expect_line deb-systemd-invoke.log "start ${units[*]}" "the units are started"
expect_no_line deb-systemd-invoke.log '^try-restart' "nothing to restart on a first installation"
expect_no_line out.txt 'systemctl enable' "no first steps when the database exists"

situation="upgrade, server running, database not where this script looks"
new_root upgrade-unknown-data systemd
enabled "${units[@]}"
set_data_dir "data_dir=$root/srv/elsewhere"
run configure 0.1.0
expect_line deb-systemd-invoke.log "try-restart ${units[*]}" "running units get the new program whatever the config says"
expect_no_line deb-systemd-invoke.log '^start' "no start without a database"
for unit in "${units[@]}"; do
    expect_line helper.log "enable $unit" "the admin's enabled units stay enabled"
done

situation="reinstallation after apt remove (units masked and stopped)"
new_root reinstall systemd
enabled "${units[@]}"
make_database "$root/var/lib/helfernetz"
run configure 0.1.0
for unit in "${units[@]}"; do
    expect_line helper.log "unmask $unit" "the mask of apt remove is lifted"
    expect_line helper.log "enable $unit" "$unit stays enabled"
done
expect_line deb-systemd-invoke.log "try-restart ${units[*]}" "running units are restarted"
expect_line deb-systemd-invoke.log "start ${units[*]}" "enabled units that do not run are started"

situation="upgrade, database exists, units never enabled by the admin"
new_root upgrade-disabled systemd
seen "${units[@]}"
make_database "$root/var/lib/helfernetz"
run configure 0.1.0
for unit in "${units[@]}"; do
    expect_line helper.log "update-state $unit" "$unit stays registered"
done
expect_no_line helper.log '^enable ' "the admin's choice (not enabled) is kept"

situation="first installation without running systemd (chroot, container)"
new_root no-systemd
make_database "$root/var/lib/helfernetz"
run configure ""
for unit in "${units[@]}"; do
    expect_line helper.log "enable $unit" "$unit is enabled for the next boot"
done
if [ -s "$root/deb-systemd-invoke.log" ] || [ -s "$root/systemctl.log" ]; then
    fail "$situation: systemd was asked to act: $(cat "$root/deb-systemd-invoke.log" "$root/systemctl.log")"
fi

rm -rf "$work"
echo "postinst: all situations passed"
