#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 / Ubuntu 24.04 packages Helfernetz needs to build,
# test and run, and only those that are missing. Safe to run again.
# Uses apt-get only; downloads nothing else.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
    libgrpc++-dev protobuf-compiler-grpc protobuf-compiler libprotobuf-dev
    libsodium-dev catch2 openssl
    libssl-dev libpoppler-cpp-dev libquazip1-qt6-dev qt6-translations-l10n
    qtkeychain-qt6-dev libqt6svg6 qt6-svg-dev xvfb xauth
    dpkg-dev fakeroot lintian desktop-file-utils appstream systemd shellcheck
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are installed."
    exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo_cmd=(sudo)
    else
        echo "install-deps: need root (or sudo) to install: ${missing[*]}" >&2
        exit 1
    fi
fi

echo "install-deps: installing ${missing[*]}"
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
