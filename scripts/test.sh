#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite with ctest:
#   1. the normal build (warnings are errors), every test;
#   2. an ASan+UBSan build, every test again (skip with --no-sanitizers for a quick local loop).
# Tests that need root (sshd in namespaces) skip outside CI when not root; with CI set they fail.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sanitizers=1
[[ ${1:-} == --no-sanitizers ]] && sanitizers=0

"$root/scripts/deps.sh" test

run_suite() {
    local build=$1
    shift
    echo "== building $build"
    "$root/scripts/build.sh" "$build" -DCOLAB_WERROR=ON "$@"
    echo "== testing $build"
    (cd "$build" && ctest --output-on-failure --timeout 300 -j"$(nproc)")
}

run_suite "$root/build/test" -DCMAKE_BUILD_TYPE=RelWithDebInfo
if [[ $sanitizers == 1 ]]; then
    # intercept_strndup=0: libxkbcommon-x11 strndup()s fixed-length X replies (a library quirk, not ours).
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:intercept_strndup=0
    export LSAN_OPTIONS=suppressions=$root/tests/fixtures/lsan.supp:print_suppressions=0
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    run_suite "$root/build/asan" -DCMAKE_BUILD_TYPE=Debug -DCOLAB_SANITIZE=ON
fi
