#!/usr/bin/env bash
# Prints the benchmark (medians, side by side with OpenSSH), every byte through the cloudflared
# stand-in delayed by a round trip. Needs root (the sshd fixture runs in private namespaces).
#   scripts/bench.sh [--json] [--rtt MS] [RUNS]      (defaults: a table, 100 ms, 20 runs)
#   scripts/bench.sh --footprint [RUNS]               start-up, peak memory and idle CPU next to a
#                                                     minimal Qt table window (default 5 runs)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh" test >&2
"$root/scripts/build.sh" "$root/build/bench" -DCMAKE_BUILD_TYPE=Release >&2
# The fixture sshd plays the remote runtime; on a real one its CPU is not ours, so it runs niced.
export SSHD_FIXTURE_NICE=${SSHD_FIXTURE_NICE:-10}
if [[ ${1:-} == --footprint ]]; then
    shift
    export FAKE_CLOUDFLARED_RTT_MS=${FAKE_CLOUDFLARED_RTT_MS:-100} COLAB_FAKE_EDGE=$root/build/bench/tests/fake_edge
    exec "$root/tests/fixtures/harness.sh" --needs=x11,keyring python3 "$root/tests/bench/footprint.py" \
        "$root/build/bench/colab-tunnel" "$root/build/bench/tests/bench/bench_minimal_window" \
        "$root/tests/fixtures/fake-cloudflared" "$@"
fi
exec "$root/tests/fixtures/harness.sh" --needs=root "$root/build/bench/tests/bench/bench_probe" "$@"
