#!/usr/bin/env bash
# Prints the probe benchmark table (medians, side by side with OpenSSH). Needs root (the sshd
# fixture runs in private namespaces). Usage: scripts/bench.sh [RUNS]   (default 20)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh" test
"$root/scripts/build.sh" "$root/build/bench" -DCMAKE_BUILD_TYPE=Release >/dev/null
# The fixture sshd plays the remote runtime; on a real one its CPU is not ours, so it runs niced.
export SSHD_FIXTURE_NICE=${SSHD_FIXTURE_NICE:-10}
exec "$root/tests/fixtures/harness.sh" --needs=root "$root/build/bench/tests/bench/bench_probe" "${1:-20}"
