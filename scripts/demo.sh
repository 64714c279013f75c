#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Helfernetz and starts a local demo server on 127.0.0.1:50051 with
# a data directory (./demo-data) seeded with fictional demo data
# ("Landkreis Beispielland"), then prints the demo logins.
# Installs missing Debian packages first (apt-get, needs root or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

DEMO_DATA="${HELFERNETZ_DEMO_DATA:-$PWD/demo-data}"
DEMO_LISTEN="${HELFERNETZ_DEMO_LISTEN:-127.0.0.1:50051}"
# Fictional demo account; documented in README.md. Never use it for real data.
DEMO_ADMIN_EMAIL="admin@helfernetz.demo"
DEMO_ADMIN_PASSWORD="Demo-Admin-2026"

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

In another terminal:
  $bin/server/admin/helfernetz-admin --server $DEMO_LISTEN login --email koordination@helfernetz.demo
  $bin/server/admin/helfernetz-admin whoami

Stop the server with Ctrl+C. Start over with: rm -rf "$DEMO_DATA"

MSG
exec "$bin/server/app/helfernetz-server" serve --data "$DEMO_DATA" --listen "$DEMO_LISTEN"
