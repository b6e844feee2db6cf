#!/usr/bin/env bash
# Checks that every tracked .cpp/.h under app/, ui/ and tests/ is formatted as .clang-format says,
# with Debian 12's clang-format (14; another version may break lines differently):
#   scripts/check-format.sh          list the files that differ, exit 1 if there are any
#   scripts/check-format.sh --fix    reformat those files in place
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
clang_format=${CLANG_FORMAT:-clang-format}
fix=0
[[ ${1:-} == --fix ]] && fix=1

files=()
while IFS= read -r -d '' file; do
    [[ -f $file ]] && files+=("$file") # skip files deleted in the working tree but not yet in git
done < <(git ls-files -z -- 'app/*.cpp' 'app/*.h' 'ui/*.cpp' 'ui/*.h' 'tests/*.cpp' 'tests/*.h')

if [[ $fix == 1 ]]; then
    printf '%s\0' "${files[@]}" | xargs -0 -n 32 "$clang_format" --style=file -i
    echo "Reformatted ${#files[@]} files with $("$clang_format" --version)."
    exit 0
fi

# One clang-format per 32 files (one at a time: their reports would interleave); it names each file.
status=0
report=$(printf '%s\0' "${files[@]}" |
    xargs -0 -n 32 "$clang_format" --style=file --dry-run --Werror 2>&1 >/dev/null) || status=$?
mapfile -t differ < <(sed -n 's/^\([^:]*\):[0-9]\+:[0-9]\+: error: code should be clang-formatted.*/\1/p' <<<"$report" | sort -u)
if [[ $status != 0 && ${#differ[@]} -eq 0 ]]; then
    printf '%s\n' "$report" | tail -n 20 # not a formatting difference: clang-format itself failed (.clang-format?)
    echo "clang-format failed (exit $status)." >&2
    exit 1
fi
if [[ ${#differ[@]} -gt 0 ]]; then
    printf '%s\n' "${differ[@]}"
    echo "${#differ[@]} of ${#files[@]} files differ from .clang-format ($("$clang_format" --version))." >&2
    echo "See one: $clang_format --style=file FILE | diff -u FILE -    Fix all: scripts/check-format.sh --fix" >&2
    exit 1
fi
echo "clang-format: ${#files[@]} files formatted."
