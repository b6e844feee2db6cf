#!/usr/bin/env bash
# Installs what is missing, checks the formatting, builds, and runs the whole test suite with ctest:
#   1. the normal build (warnings are errors), every test;
#   2. an ASan+UBSan build, every test again (skip with --no-sanitizers for a quick local loop).
# Tests that need root (sshd in namespaces) skip outside CI when not root; with CI set they fail.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sanitizers=1
[[ ${1:-} == --no-sanitizers ]] && sanitizers=0

"$root/scripts/deps.sh" test

# Cheap checks first: a formatting difference fails the run before minutes of building.
echo "== clang-format"
"$root/scripts/check-format.sh"

# Checks that need no build of ours run at the lowest priority while the normal build's tests run:
# those mostly wait (on sshd, timers, the stand-ins), so the checks cost the run almost no time.
#   clang-tidy on the code changed since .clang-tidy was added (all of app/ and ui/: 9 CPU-minutes);
#   app/core and app/cli compiled for Windows with MinGW-w64 (-fsyntax-only).
checks_dir=$(mktemp -d)
trap 'rm -rf "$checks_dir"' EXIT
start_check() {
    local name=$1
    shift
    (nice -n 19 "$@" >"$checks_dir/$name.log" 2>&1; echo $? >"$checks_dir/$name.rc") &
}
finish_checks() {
    wait
    local failed=0 name
    for name in tidy windows; do
        echo "== $(sed -n 1p "$checks_dir/$name.title")"
        cat "$checks_dir/$name.log"
        [[ $(cat "$checks_dir/$name.rc") == 0 ]] || failed=1
    done
    return $failed
}

run_suite() {
    local build=$1
    shift
    echo "== building $build"
    "$root/scripts/build.sh" "$build" -DCOLAB_WERROR=ON "$@"
    echo "== testing $build"
    # Most tests wait (on sshd, timers, the stand-ins) more than they compute: one more than the cores.
    (cd "$build" && ctest --output-on-failure --timeout 300 -j"$(($(nproc) + 1))")
}

echo "clang-tidy" >"$checks_dir/tidy.title"
echo "windows (MinGW-w64 -fsyntax-only)" >"$checks_dir/windows.title"
suite_status=0
echo "== building $root/build/test"
"$root/scripts/build.sh" "$root/build/test" -DCOLAB_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
start_check tidy "$root/scripts/check-tidy.sh"
start_check windows "$root/scripts/check-windows.sh"
echo "== testing $root/build/test (clang-tidy and the Windows check run alongside, reported after)"
(cd "$root/build/test" && ctest --output-on-failure --timeout 300 -j"$(($(nproc) + 1))") || suite_status=$?
checks_status=0
finish_checks || checks_status=1
[[ $suite_status == 0 && $checks_status == 0 ]] || exit 1

# The paste parser under libFuzzer (clang, ASan+UBSan) for a bounded time, seeded with the corpus.
fuzz_seconds=${COLAB_FUZZ_SECONDS:-30}
echo "== fuzzing the paste parser for $fuzz_seconds s"
CXX=clang++ cmake -S "$root/tests/fuzz" -B "$root/build/fuzz" -G Ninja -Wno-dev >/dev/null
if ! fuzz_build=$(cmake --build "$root/build/fuzz" 2>&1); then
    printf '%s\n' "$fuzz_build" | tail -n 30
    echo "The fuzzer did not build (its source list is in tests/fuzz/CMakeLists.txt)." >&2
    exit 1
fi
fuzz_dir=$(mktemp -d)
if ! (cd "$fuzz_dir" && "$root/build/fuzz/fuzz_paste_parser" -max_total_time="$fuzz_seconds" -timeout=5 \
        -print_final_stats=1 "$fuzz_dir" "$root/tests/fuzz/corpus" >"$fuzz_dir/log" 2>&1); then
    tail -n 40 "$fuzz_dir/log"
    echo "The fuzzer found a failing input (saved as crash-* in the output above)." >&2
    exit 1
fi
grep -E '^(Done|stat::number_of_executed_units)' "$fuzz_dir/log" || true
rm -rf "$fuzz_dir"

if [[ $sanitizers == 1 ]]; then
    # intercept_strndup=0: libxkbcommon-x11 strndup()s fixed-length X replies (a library quirk, not ours).
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:intercept_strndup=0
    export LSAN_OPTIONS=suppressions=$root/tests/fixtures/lsan.supp:print_suppressions=0
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    run_suite "$root/build/asan" -DCMAKE_BUILD_TYPE=Debug -DCOLAB_SANITIZE=ON
fi
