#!/usr/bin/env bash
# Configures and builds one tree:  scripts/build.sh BUILD_DIR [extra cmake args...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:?usage: build.sh BUILD_DIR [cmake args]}
shift
cmake -S "$root" -B "$build" -G Ninja -Wno-dev "$@" >/dev/null
if ! cmake --build "$build" -- -j"$(nproc)"; then
    # CMake 3.25's AUTOMOC can miss a QObject header added since the tree was last built (seen
    # after pulling new files into an old build folder). Regenerate the moc files once and retry.
    echo "Build failed; regenerating moc files and retrying once." >&2
    find "$build" -maxdepth 4 -type d -name '*_autogen' -prune -exec rm -rf {} +
    cmake --build "$build" -- -j"$(nproc)"
fi
