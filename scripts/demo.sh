#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Helfernetz and starts a local demo server on 127.0.0.1:50051 with
# a data directory (./demo-data) seeded with fictional demo data
# ("Landkreis Beispielland"), prints the demo logins, and opens the
# desktop client logged in as the demo coordinator (where there is a
# display; without one it says how to run it under Xvfb).
# Installs missing Debian packages first (apt-get, needs root or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

DEMO_DATA="${HELFERNETZ_DEMO_DATA:-$PWD/demo-data}"
DEMO_LISTEN="${HELFERNETZ_DEMO_LISTEN:-127.0.0.1:50051}"
# Fictional demo account; documented in README.md. Never use it for real data.
DEMO_ADMIN_EMAIL="admin@helfernetz.demo"
DEMO_ADMIN_PASSWORD="Demo-Admin-2026"
DEMO_COORDINATOR_EMAIL="koordination@helfernetz.demo"
DEMO_COORDINATOR_PASSWORD="Demo-Koordination-2026"

bash scripts/install-deps.sh
cmake --preset release
cmake --build --preset release -j "$(nproc)"
bin="$PWD/build/release"

# The demo logins as seed-demo printed them (kept for every later start).
DEMO_LOGINS="$DEMO_DATA/demo-logins.txt"

if [ ! -f "$DEMO_DATA/helfernetz-server.conf" ]; then
    printf '%s\n' "$DEMO_ADMIN_PASSWORD" | "$bin/server/app/helfernetz-server" init \
        --data "$DEMO_DATA" --admin-email "$DEMO_ADMIN_EMAIL" --admin-name "Demo-Admin" \
        --listen "$DEMO_LISTEN" --password-stdin
    # Only a fresh data directory is seeded: spaces, an account per role
    # (the admin above is kept), contacts, documents, discussions.
    if ! "$bin/server/app/helfernetz-server" seed-demo --data "$DEMO_DATA" >"$DEMO_LOGINS.tmp"; then
        echo "demo.sh: seeding the demo data failed; remove $DEMO_DATA and run again" >&2
        exit 1
    fi
    mv "$DEMO_LOGINS.tmp" "$DEMO_LOGINS"
fi

echo
if [ -f "$DEMO_LOGINS" ]; then
    cat "$DEMO_LOGINS"
else
    echo "($DEMO_DATA was not seeded by this script: no demo logins besides the admin)"
fi

cat <<MSG

Helfernetz demo server: $DEMO_LISTEN (data in $DEMO_DATA)
  Admin login:        $DEMO_ADMIN_EMAIL / $DEMO_ADMIN_PASSWORD
  Coordinator login:  koordination@helfernetz.demo / Demo-Koordination-2026
  Member login:       mitglied@helfernetz.demo / Demo-Mitglied-2026
  Guest login:        gast@helfernetz.demo / Demo-Gast-2026

The desktop client (log in with any of the logins above):
  $bin/client/app/helfernetz --server $DEMO_LISTEN --email $DEMO_COORDINATOR_EMAIL

In another terminal:
  $bin/server/admin/helfernetz-admin --server $DEMO_LISTEN login --email $DEMO_COORDINATOR_EMAIL
  $bin/server/admin/helfernetz-admin whoami

Stop the server with Ctrl+C. Start over with: rm -rf "$DEMO_DATA"

MSG

"$bin/server/app/helfernetz-server" serve --data "$DEMO_DATA" --listen "$DEMO_LISTEN" &
server_pid=$!
password_file=""
cleanup() {
    if [ -n "$password_file" ]; then rm -f "$password_file"; fi
}
trap cleanup EXIT
# Ctrl+C reaches the server (and the client) as well; a plain TERM to this
# script stops the server too.
trap 'cleanup; kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; exit 130' INT TERM

# The client starts once the server accepts connections.
demo_host="${DEMO_LISTEN%:*}"
demo_port="${DEMO_LISTEN##*:}"
for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/$demo_host/$demo_port") 2>/dev/null; then
        break
    fi
    if ! kill -0 "$server_pid" 2>/dev/null; then
        wait "$server_pid"
        exit $?
    fi
    sleep 0.1
done

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    # The password goes to the client in a file only the owner can read
    # (mktemp creates it with mode 0600), never on the command line, and
    # the file is removed when the client ends.
    password_file="$(mktemp "${TMPDIR:-/tmp}/helfernetz-demo.XXXXXX")"
    chmod 600 "$password_file"
    printf '%s\n' "$DEMO_COORDINATOR_PASSWORD" >"$password_file"
    echo "Opening the desktop client as $DEMO_COORDINATOR_EMAIL ..."
    (
        "$bin/client/app/helfernetz" --server "$DEMO_LISTEN" --email "$DEMO_COORDINATOR_EMAIL" \
            --password-file "$password_file" || true
        rm -f "$password_file"
    ) &
else
    cat <<MSG
No display (\$DISPLAY and \$WAYLAND_DISPLAY are empty), so the desktop client is
not started. To run it on a virtual display:
  xvfb-run -a ./scripts/demo.sh
The server keeps running; stop it with Ctrl+C.
MSG
fi

wait "$server_pid"
