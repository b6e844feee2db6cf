#!/usr/bin/env bash
# Installs what is missing, builds Colab Tunnel and starts it. Arguments go to the app.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh" run
"$root/scripts/build.sh" "$root/build/app" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOLAB_BUILD_TESTS=OFF
exec "$root/build/app/colab-tunnel" "$@"
