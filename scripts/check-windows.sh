#!/usr/bin/env bash
# Compiles the core and the command line as a Windows build would, without Windows: MinGW-w64
# (-fsyntax-only, warnings are errors) over every source a Windows build of colabtunnel_core and
# colabtunnel_cli compiles (common/PlatformWindows.cpp, not PlatformPosix.cpp), against Debian's Qt 6
# headers. Qt picks the system from the compiler's macros (_WIN32), so Q_OS_WIN holds there.
#   scripts/check-windows.sh             in unity batches of 16, as the CMake build compiles them
#   scripts/check-windows.sh --per-file  every source on its own, as a non-unity build (6x the CPU)
# A failing batch is compiled again file by file, so the report names the files at fault.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cxx=${MINGW_CXX:-x86_64-w64-mingw32-g++-posix}
per_file=0
case "${1:-}" in
"") ;;
--per-file) per_file=1 ;;
*) echo "usage: $0 [--per-file]" >&2; exit 2 ;;
esac
if ! command -v "$cxx" >/dev/null; then
    echo "$cxx is missing: scripts/deps.sh test installs it (g++-mingw-w64-x86-64-posix)." >&2
    exit 1
fi
start=$SECONDS
work=$root/build/check-windows
rm -rf "$work"
mkdir -p "$work/include/common" "$work/include/openssl" "$work/units" "$work/logs"

# Only the third-party headers the code names, never all of /usr/include: glibc's headers there
# would stand in for what Windows lacks (<spawn.h>, <sys/wait.h>) and hide exactly the errors we want.
multiarch=$(gcc -print-multiarch)
ln -s /usr/include/libssh /usr/include/qt6keychain "$work/include/"
ln -s /usr/include/openssl/* /usr/include/"$multiarch"/openssl/* "$work/include/openssl/"
# What configure_file() generates (app/core/CMakeLists.txt).
version=$(sed -n 's/^project(ColabTunnel VERSION \([^ ]*\) .*/\1/p' CMakeLists.txt)
sed "s/@PROJECT_VERSION@/$version/" app/core/common/Version.h.in >"$work/include/common/Version.h"
if [[ -z $version ]] || grep -q '@[A-Za-z_]*@' "$work/include/common/Version.h"; then
    echo "Version.h.in has a variable this script does not fill in (it knows @PROJECT_VERSION@)." >&2
    exit 1
fi

qt=/usr/include/$multiarch/qt6
if [[ ! -d $qt/QtCore ]]; then
    echo "No Qt 6 headers in $qt: scripts/deps.sh installs them (qt6-base-dev)." >&2
    exit 1
fi
# The project's warnings (cmake/CompilerOptions.cmake) and what Qt6::Core, Qt6::Network and Qt's
# MinGW platform target define for the code that uses them.
cat >"$work/flags" <<EOF
-std=c++17 -fsyntax-only
-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Werror
-DQT_NO_URL_CAST_FROM_STRING -DQT_NO_NARROWING_CONVERSIONS_IN_CONNECT
-DQT_CORE_LIB -DQT_NETWORK_LIB -DUNICODE -D_UNICODE -DWIN32 -DMINGW_HAS_SECURE_API=1
-I$root/app/core -I$root/app -I$work/include
-isystem $qt -isystem $qt/QtCore -isystem $qt/QtNetwork -isystem $work/include
EOF

# The sources, as app/core/CMakeLists.txt and app/CMakeLists.txt glob them (sorted as CMake sorts),
# Windows's platform file appended last; globbed here too, so moved or new files are checked
# (app/cli recursively, should it grow folders).
mapfile -t core < <(find app/core -name '*.cpp' ! -path '*/common/PlatformPosix.cpp' \
    ! -path '*/common/PlatformWindows.cpp' | LC_ALL=C sort)
core+=(app/core/common/PlatformWindows.cpp)
mapfile -t cli < <(find app/cli -name '*.cpp' | LC_ALL=C sort)

# One unit per source, or one per batch of 16 sources of a target (CMAKE_UNITY_BUILD_BATCH_SIZE):
# the Qt headers are parsed once per batch (33 CPU-seconds instead of 195 for one unit per file).
units=()
add_units() {
    local target=$1 size=$2
    shift 2
    local sources=("$@") i unit
    for ((i = 0; i < ${#sources[@]}; i += size)); do
        unit=$work/units/${target}_$((i / size + 1)).cpp
        printf '#include "%s"\n' "${sources[@]:i:size}" | sed "s|\"|\"$root/|" >"$unit"
        units+=("$unit")
    done
}
batch=16
[[ $per_file == 1 ]] && batch=1
add_units core "$batch" "${core[@]}"
add_units cli "$batch" "${cli[@]}"

# Compiles each unit given on the command line, one log per unit; a failing unit's log stays.
compile_units() {
    # shellcheck disable=SC2016 # the sh that xargs starts expands them
    printf '%s\0' "$@" | xargs -0 -n 1 -P "$(nproc)" sh -c '
        log=$2/logs/$(basename "$3" .cpp).log
        "$1" @"$2/flags" "$3" >"$log" 2>&1 || touch "$log.failed"' sh "$cxx" "$work"
}
compile_units "${units[@]}"

# The first errors of a log, without the line that names our generated unit file.
show_log() {
    grep -v "^In file included from $work/units/[^:]*:1:$" "$1" | head -n 40
}

failed_sources=()
for unit in "${units[@]}"; do
    name=$(basename "$unit" .cpp)
    [[ -e $work/logs/$name.log.failed ]] || continue
    mapfile -t sources < <(sed 's/^#include "\(.*\)"$/\1/' "$unit")
    if [[ ${#sources[@]} -eq 1 ]]; then
        failed_sources+=("${sources[0]#"$root"/}")
        echo "== ${sources[0]#"$root"/}"
        show_log "$work/logs/$name.log"
        continue
    fi
    # Name the files at fault: each source of the batch on its own.
    singles=()
    for i in "${!sources[@]}"; do
        single=$work/units/${name}_file$((i + 1)).cpp
        printf '#include "%s"\n' "${sources[i]}" >"$single"
        singles+=("$single")
    done
    compile_units "${singles[@]}"
    alone=0
    for single in "${singles[@]}"; do
        log=$work/logs/$(basename "$single" .cpp).log
        [[ -e $log.failed ]] || continue
        alone=1
        source=$(sed 's/^#include "\(.*\)"$/\1/' "$single")
        failed_sources+=("${source#"$root"/}")
        echo "== ${source#"$root"/}"
        show_log "$log"
    done
    if [[ $alone == 0 ]]; then
        # Each file compiles alone but not in the batch: two share a file-scope name (CONTRIBUTING.md).
        failed_sources+=("batch $name (${#sources[@]} files from ${sources[0]#"$root"/})")
        echo "== batch $name: every file compiles on its own, not together (a file-scope name twice?)"
        show_log "$work/logs/$name.log"
    fi
done

summary="${#core[@]} core + ${#cli[@]} cli sources in ${#units[@]} units, $("$cxx" -dumpfullversion), $((SECONDS - start)) s"
if [[ ${#failed_sources[@]} -gt 0 ]]; then
    echo "Windows (MinGW-w64) compile failed for ${#failed_sources[@]}: ${failed_sources[*]}" >&2
    echo "($summary; all logs in ${work#"$root"/}/logs)" >&2
    exit 1
fi
rm -rf "$work"
echo "windows: $summary: no errors or warnings."
