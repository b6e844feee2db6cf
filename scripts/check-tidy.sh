#!/usr/bin/env bash
# Runs clang-tidy (the checks in .clang-tidy; every finding is an error) over the code in app/ and ui/:
#   scripts/check-tidy.sh [BASE]   the files changed since the commit BASE, plus new files not yet in
#                                  git; default BASE: the commit in .clang-tidy-checked, else the one
#                                  that added .clang-tidy ("new code")
#   scripts/check-tidy.sh --all    every file (9 CPU-minutes, 13 min on 2 busy cores: not for each run)
# A changed .cpp is checked whole; a changed .h through its .cpp (or the first .cpp including it),
# and only the changed headers' findings are reported. The compilation database is build/tidy's:
# configured like the normal build (not built) but without the unity build, so each file has its
# own entry.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
tidy_build=$root/build/tidy
start=$SECONDS

our_sources() { git ls-files -- 'app/*.cpp' 'ui/*.cpp'; }

files=()
header_filter='/(app|ui)/.*\.h$'
if [[ ${1:-} == --all ]]; then
    mapfile -t files < <(our_sources)
    scope="all of app/ and ui/"
else
    base=${1:-}
    # A ratchet: .clang-tidy-checked names the newest commit at which every file changed since
    # .clang-tidy was added was found clean (by a full run of this script in CI). Only what changed
    # after it is checked again, unless the checks themselves changed since.
    if [[ -z $base && -f .clang-tidy-checked ]]; then
        checked=$(grep -v -E '^(#|$)' .clang-tidy-checked | head -n 1)
        if git rev-parse --verify -q "$checked^{commit}" >/dev/null &&
            git diff --quiet "$checked" -- .clang-tidy; then
            base=$checked
        fi
    fi
    if [[ -z $base ]]; then
        first=$(git log --diff-filter=A --format=%H -- .clang-tidy | tail -n 1)
        [[ -n $first ]] || { echo "No commit adds .clang-tidy: give a BASE or --all." >&2; exit 2; }
        base=$(git merge-base HEAD "$first")
    fi
    git rev-parse --verify -q "$base^{commit}" >/dev/null || { echo "Unknown commit: $base" >&2; exit 2; }
    mapfile -t changed < <({ git diff --name-only --diff-filter=d "$base" -- 'app/*.cpp' 'app/*.h' 'ui/*.cpp' 'ui/*.h'
        git ls-files --others --exclude-standard -- 'app/*.cpp' 'app/*.h' 'ui/*.cpp' 'ui/*.h'; } | sort -u)
    headers=()
    for file in "${changed[@]}"; do
        if [[ $file == *.cpp ]]; then
            files+=("$file")
            continue
        fi
        headers+=("$file")
        if [[ -f ${file%.h}.cpp ]]; then
            files+=("${file%.h}.cpp")
        else # a header without a .cpp of its own: checked in the first file that includes it
            user=$(our_sources | xargs grep -l -E "#include \"([a-z]+/)?$(basename "$file")\"" | head -n 1 || true)
            [[ -n $user ]] && files+=("$user")
        fi
    done
    # Report findings in the changed headers only ('^$' matches no file name).
    header_filter='^$'
    if [[ ${#headers[@]} -gt 0 ]]; then
        header_filter="/($(printf '%s\n' "${headers[@]}" | sed 's/[][\.*^$+?(){}|]/\\&/g' | paste -sd '|'))\$"
    fi
    scope="files changed since $(git rev-parse --short "$base")"
fi
mapfile -t files < <(printf '%s\n' "${files[@]}" | sed '/^$/d' | sort -u)
if [[ ${#files[@]} -eq 0 ]]; then
    echo "clang-tidy: nothing to check ($scope)."
    exit 0
fi

# The database: configure only (AUTOGEN_ORIGIN_DEPENDS off: running moc must not build the libraries).
cmake -S "$root" -B "$tidy_build" -G Ninja -Wno-dev -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOLAB_UNITY_BUILD=OFF \
    -DCOLAB_BUILD_TESTS=OFF -DCMAKE_AUTOGEN_ORIGIN_DEPENDS=OFF >/dev/null
# Version.h is made by the configure step. moc's output only when a source includes it (none does today).
if grep -q -E '^#include ["<](moc_[^">]*\.cpp|[^">]*\.moc)[">]' "${files[@]}"; then
    cmake --build "$tidy_build" --target colabtunnel_core_autogen colabtunnel_cli_autogen colabtunnel_ui_autogen
fi
# Only files the build compiles on this system (not PlatformWindows.cpp here).
mapfile -t files < <(python3 - "$tidy_build/compile_commands.json" "${files[@]}" <<'EOF'
import json, os, sys
known = {os.path.realpath(e["file"]) for e in json.load(open(sys.argv[1]))}
for f in sys.argv[2:]:
    if os.path.realpath(f) in known:
        print(os.path.realpath(f))
EOF
)
if [[ ${#files[@]} -eq 0 ]]; then
    echo "clang-tidy: nothing this system compiles ($scope)."
    exit 0
fi
echo "clang-tidy $(clang-tidy --version | sed -n 's/.*version \([0-9.]*\).*/\1/p'): ${#files[@]} files, $scope"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
if command -v run-clang-tidy >/dev/null; then
    # Its FILES are regular expressions; each file's output is printed in one piece.
    mapfile -t patterns < <(printf '%s\n' "${files[@]}" | sed 's/[][\.*^$+?(){}|]/\\&/g; s/.*/^&$/')
    run-clang-tidy -quiet -p "$tidy_build" -j "$(nproc)" -header-filter="$header_filter" "${patterns[@]}" \
        >"$log" 2>&1 || status=$?
else
    printf '%s\0' "${files[@]}" | xargs -0 -n 1 -P "$(nproc)" sh -c \
        'out=$(clang-tidy --quiet -p "$0" -header-filter="$1" "$2" 2>&1); s=$?; printf "%s\n" "$out"; exit $s' \
        "$tidy_build" "$header_filter" >"$log" 2>&1 || status=$?
fi
sed -i 's/\x1b\[[0-9;]*m//g' "$log" # run-clang-tidy always asks for colours
# Without the command lines and clang's counts, each finding once (a header's can repeat).
grep -v -E '^(clang-tidy(-[0-9]+)? |Running clang-tidy|[0-9]+ (warning|error)s? (and [0-9]+ (warning|error)s? )?generated|Suppressed [0-9]+ warnings|Use -header-filter=|Error while processing )' "$log" |
    sed "s|$root/||" || true
findings=$(grep -o -E '^/[^:]+:[0-9]+:[0-9]+: (warning|error): .*\[[a-z0-9.,-]+\]$' "$log" | sort -u || true)
if [[ -n $findings ]]; then
    echo "== clang-tidy findings per check"
    grep -o -E '\[[a-z0-9.,-]+\]$' <<<"$findings" | sed 's/,-warnings-as-errors//' | tr -d '[]' | sort | uniq -c | sort -rn
fi
count=$(grep -c . <<<"$findings" || true)
echo "clang-tidy: $count findings in $((SECONDS - start)) s."
if [[ $status != 0 || $count != 0 ]]; then
    echo "Fix them, or silence a deliberate one on its line: // NOLINT(check-name): why" >&2
    exit 1
fi
