#!/usr/bin/env bash
# Configures and builds one tree:  scripts/build.sh BUILD_DIR [extra cmake args...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:?usage: build.sh BUILD_DIR [cmake args]}
shift
cmake -S "$root" -B "$build" -G Ninja -Wno-dev "$@" >/dev/null
cmake --build "$build" -- -j"$(nproc)"
