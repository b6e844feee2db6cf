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

# The tests mostly wait (on sshd, timers, the stand-ins), so other work runs beside them at the
# lowest priority and is reported when they are done:
#   beside the normal build's tests: clang-tidy on the code changed since .clang-tidy-checked, app/core
#   and app/cli compiled for Windows with MinGW-w64 (-fsyntax-only), and the ASan+UBSan build;
#   beside the ASan+UBSan tests: the paste parser under libFuzzer.
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
    for name in "$@"; do
        echo "== $(sed -n 1p "$checks_dir/$name.title")"
        cat "$checks_dir/$name.log"
        [[ $(cat "$checks_dir/$name.rc") == 0 ]] || failed=1
    done
    return $failed
}

# The paste parser under libFuzzer (clang, ASan+UBSan) for a bounded time, seeded with the corpus.
fuzz_parser() {
    local seconds=$1 dir
    CXX=clang++ cmake -S "$root/tests/fuzz" -B "$root/build/fuzz" -G Ninja -Wno-dev >/dev/null || return 1
    if ! cmake --build "$root/build/fuzz" >"$checks_dir/fuzz-build.log" 2>&1; then
        tail -n 30 "$checks_dir/fuzz-build.log"
        echo "The fuzzer did not build (its source list is in tests/fuzz/CMakeLists.txt)."
        return 1
    fi
    dir=$(mktemp -d)
    if ! (cd "$dir" && "$root/build/fuzz/fuzz_paste_parser" -max_total_time="$seconds" -timeout=5 \
            -print_final_stats=1 "$dir" "$root/tests/fuzz/corpus" >"$dir/log" 2>&1); then
        tail -n 40 "$dir/log"
        echo "The fuzzer found a failing input (saved as crash-* in the output above)."
        return 1
    fi
    grep -E '^(Done|stat::number_of_executed_units)' "$dir/log" || true
    rm -rf "$dir"
}

run_tests() {
    # Most tests wait (on sshd, timers, the stand-ins) more than they compute: one more than the cores.
    (cd "$1" && ctest --output-on-failure --timeout 300 -j"$(($(nproc) + 1))")
}

echo "clang-tidy" >"$checks_dir/tidy.title"
echo "windows (MinGW-w64 -fsyntax-only)" >"$checks_dir/windows.title"
echo "building $root/build/asan (ASan+UBSan)" >"$checks_dir/asan-build.title"
fuzz_seconds=${COLAB_FUZZ_SECONDS:-30}
echo "fuzzing the paste parser for $fuzz_seconds s" >"$checks_dir/fuzz.title"

echo "== building $root/build/test"
"$root/scripts/build.sh" "$root/build/test" -DCOLAB_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
start_check tidy "$root/scripts/check-tidy.sh"
start_check windows "$root/scripts/check-windows.sh"
background=(tidy windows)
if [[ $sanitizers == 1 ]]; then
    start_check asan-build "$root/scripts/build.sh" "$root/build/asan" -DCOLAB_WERROR=ON -DCMAKE_BUILD_TYPE=Debug \
        -DCOLAB_SANITIZE=ON
    background+=(asan-build)
fi
echo "== testing $root/build/test (${background[*]} run alongside at low priority, reported after)"
suite_status=0
run_tests "$root/build/test" || suite_status=$?
checks_status=0
finish_checks "${background[@]}" || checks_status=1
[[ $suite_status == 0 && $checks_status == 0 ]] || exit 1

if [[ $sanitizers == 0 ]]; then
    echo "== $(cat "$checks_dir/fuzz.title")"
    fuzz_parser "$fuzz_seconds"
    exit
fi
export -f fuzz_parser
export root checks_dir
start_check fuzz bash -c 'fuzz_parser "$1"' _ "$fuzz_seconds"
# intercept_strndup=0: libxkbcommon-x11 strndup()s fixed-length X replies (a library quirk, not ours).
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:intercept_strndup=0
export LSAN_OPTIONS=suppressions=$root/tests/fixtures/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
echo "== testing $root/build/asan (the fuzzer runs alongside at low priority, reported after)"
suite_status=0
run_tests "$root/build/asan" || suite_status=$?
checks_status=0
finish_checks fuzz || checks_status=1
[[ $suite_status == 0 && $checks_status == 0 ]] || exit 1
