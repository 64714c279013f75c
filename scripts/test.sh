#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs all tests: installs what is missing (apt-get), builds with warnings
# as errors (preset "ci") and runs every test through ctest. Long soak and
# benchmark runs are labelled and skipped here; see README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci -j "$(nproc)"
ctest --preset ci -j "$(nproc)"
