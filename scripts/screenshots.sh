#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the README's screenshots of the desktop client: builds ui_screenshots
# (tests/ui/screenshots) and runs it under a virtual X server (Xvfb) on the
# demo data, writing PNGs of about 1280x800 into docs/screenshots/.
#
#   scripts/screenshots.sh [BUILD_DIR] [LANGUAGE]
#
# BUILD_DIR defaults to build/release, LANGUAGE to de (the shipped default;
# en for English). The texts come from the translations built with the
# helfernetz program (client/ui/translations).
#
# Needs xvfb-run (Debian: xvfb, xauth) and the build dependencies
# (scripts/install-deps.sh). Nothing leaves 127.0.0.1: the server runs
# inside the program.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR="${1:-build/release}"
LANGUAGE="${2:-de}"
OUT_DIR="$PWD/docs/screenshots"

if ! command -v xvfb-run >/dev/null; then
    echo "screenshots.sh: xvfb-run is missing (Debian: apt-get install xvfb xauth)" >&2
    exit 1
fi
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    cmake --preset release
fi
cmake --build "$BUILD_DIR" -j "$(nproc)" --target ui_screenshots helfernetz

mkdir -p "$OUT_DIR"
# xcb on a virtual 1400x900 screen: real window decorations and fonts as
# on a desktop, unlike the offscreen platform of the tests.
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" \
    "$BUILD_DIR/tests/ui/screenshots/ui_screenshots" --language "$LANGUAGE" \
    --translations "$BUILD_DIR/client/app/translations" "$OUT_DIR"

# Smaller files for the repository, when the tool is there.
if command -v optipng >/dev/null; then
    optipng -quiet -o2 "$OUT_DIR"/*.png
fi
echo "screenshots.sh: PNGs in $OUT_DIR"
