#!/usr/bin/env bash
# Builds the installable packages from a fresh build folder with CPack:
#   scripts/package.sh [--keep]    Linux: build/package/packages/colab-tunnel_VERSION-1_ARCH.deb and .tar.gz
# --keep reuses build/package instead of starting it afresh (quicker, for a second run).
# Windows and macOS: see installers/README.md (the same CMake project, built on those systems).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build/package
[[ ${1:-} == --keep ]] || rm -rf "$build"

"$root/scripts/deps.sh" run
cmake -S "$root" -B "$build" -G Ninja -Wno-dev -DCMAKE_BUILD_TYPE=Release -DCOLAB_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -- -j"$(nproc)"
(cd "$build" && cpack -B "$build/packages")
echo "Packages:"
ls -1 "$build"/packages/*.deb "$build"/packages/*.tar.gz
echo "Check the .deb as the test run does: sudo ctest --test-dir build/test -R package_deb (see installers/README.md)"
