#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Helfernetz and starts a local demo server on 127.0.0.1:50051 with
# an initialised data directory (./demo-data), then prints how to log in.
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

if [ ! -f "$DEMO_DATA/helfernetz-server.conf" ]; then
    printf '%s\n' "$DEMO_ADMIN_PASSWORD" | "$bin/server/app/helfernetz-server" init \
        --data "$DEMO_DATA" --admin-email "$DEMO_ADMIN_EMAIL" --admin-name "Demo-Admin" \
        --listen "$DEMO_LISTEN" --password-stdin
fi

cat <<MSG

Helfernetz demo server: $DEMO_LISTEN (data in $DEMO_DATA)
  Admin login:  $DEMO_ADMIN_EMAIL / $DEMO_ADMIN_PASSWORD

In another terminal:
  $bin/server/admin/helfernetz-admin --server $DEMO_LISTEN login --email $DEMO_ADMIN_EMAIL
  $bin/server/admin/helfernetz-admin whoami

Stop the server with Ctrl+C. Start over with: rm -rf "$DEMO_DATA"

MSG
exec "$bin/server/app/helfernetz-server" serve --data "$DEMO_DATA" --listen "$DEMO_LISTEN"
