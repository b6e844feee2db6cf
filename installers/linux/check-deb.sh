#!/usr/bin/env bash
# The .deb as a user's system sees it (ctest `package_deb`, run through tests/fixtures/harness.sh
# --needs=install,x11: root, a private HOME and an Xvfb display; without root the harness skips the
# test, or fails it when CI is set):
#   check-deb.sh BUILD_DIR
# packs BUILD_DIR with cpack (the tree the suite already built: nothing is compiled again), runs
# lintian, installs the package with apt-get, runs /usr/bin/colab-tunnel --version, validates the
# desktop entry and the AppStream metainfo, asks xdg-mime for the colab-tunnel:// handler, starts
# the app from the desktop entry's Exec line, then purges it and checks nothing of it is left.
set -uo pipefail
build=$(cd "${1:?usage: check-deb.sh BUILD_DIR}" && pwd)
here=$(cd "$(dirname "$0")" && pwd)

fail() {
    echo "FAILED: $*" >&2
    exit 1
}
started=$SECONDS
step() { echo "== [$((SECONDS - started)) s] $*"; }

[[ $(id -u) == 0 && -n ${DISPLAY:-} ]] || fail "run through tests/fixtures/harness.sh --needs=install,x11"
for tool in lintian desktop-file-validate appstreamcli xdg-mime xwininfo cpack; do
    command -v "$tool" >/dev/null ||
        fail "$tool is missing: scripts/deps.sh test installs it (lintian desktop-file-utils appstream xdg-utils x11-utils)"
done
if dpkg-query -W -f='${Status}' colab-tunnel 2>/dev/null | grep -q installed; then
    fail "colab-tunnel is installed on this system already; this test installs and purges its own" \
        "(remove it first: apt-get purge colab-tunnel)"
fi
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[[ -n $version ]] || fail "no CMAKE_PROJECT_VERSION in $build/CMakeCache.txt"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/colab-deb.XXXXXX")
app_pid=""
installed=0
cleanup() {
    [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
    if [[ $installed == 1 ]]; then
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq colab-tunnel >/dev/null 2>&1
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 143' TERM INT

step "cpack (DEB, TGZ) from $build"
if ! (cd "$build" && cpack -G "DEB;TGZ" -B "$scratch/out" >"$scratch/cpack.log" 2>&1); then
    tail -n 30 "$scratch/cpack.log"
    fail "cpack did not make the packages"
fi
deb=$(ls "$scratch"/out/colab-tunnel_"$version"-*_*.deb 2>/dev/null | head -n1)
tgz=$(ls "$scratch"/out/colab-tunnel-"$version"-*.tar.gz 2>/dev/null | head -n1)
[[ -f $deb && -f $tgz ]] || { ls -l "$scratch/out"; fail "cpack made no colab-tunnel $version .deb and .tar.gz"; }
echo "$(basename "$deb") ($(du -k "$deb" | cut -f1) KiB), $(basename "$tgz")"

step "contents and control fields"
dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$scratch/contents"
expect=(/usr/bin/colab-tunnel /usr/share/applications/colab-tunnel.desktop
    /usr/share/metainfo/io.github.colab_tunnel.ColabTunnel.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/colab-tunnel.svg /usr/share/man/man1/colab-tunnel.1.gz
    /usr/share/doc/colab-tunnel/copyright /usr/share/doc/colab-tunnel/changelog.Debian.gz
    /usr/share/doc/colab-tunnel/changelog.gz)
for size in 16 22 24 32 48 64 128 256; do expect+=("/usr/share/icons/hicolor/${size}x${size}/apps/colab-tunnel.png"); done
for path in "${expect[@]}"; do grep -qxF "$path" "$scratch/contents" || fail "the .deb lacks $path"; done
tar -tzf "$tgz" | grep -q '/bin/colab-tunnel$' || fail "the .tar.gz lacks bin/colab-tunnel"
control=$(dpkg-deb --field "$deb")
grep -q '^Depends: .*libqt6core6' <<<"$control" || fail "Depends was not computed (libqt6core6 missing): $control"
grep -qF 'Recommends: openssh-client, gnome-keyring | kwalletmanager | keepassxc' <<<"$control" ||
    fail "Recommends lacks openssh-client and a Secret Service provider"
grep -qi 'cloudflared' <<<"$control" || fail "the description does not name cloudflared"
grep -qi '^Depends:.*cloudflared' <<<"$control" && fail "cloudflared must not be a dependency (it is not in Debian)"

step "lintian"
# Errors fail the test; each warning left is explained in installers/README.md.
lintian --fail-on error --tag-display-limit 0 "$deb" >"$scratch/lintian" 2>&1
lintian_status=$?
cat "$scratch/lintian"
[[ $lintian_status == 0 ]] || fail "lintian reported errors (above)"
echo "lintian: $(grep -c '^E:' "$scratch/lintian") errors, $(grep -c '^W:' "$scratch/lintian") warnings"

step "apt-get install ./$(basename "$deb")"
installed=1
if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb" >"$scratch/apt.log" 2>&1; then
    tail -n 30 "$scratch/apt.log"
    fail "apt-get could not install the package"
fi
dpkg -L colab-tunnel | sort >"$scratch/files"

step "/usr/bin/colab-tunnel --version"
out=$(/usr/bin/colab-tunnel --version) || fail "colab-tunnel --version failed"
[[ $out == "colab-tunnel $version" ]] || fail "--version printed '$out', expected 'colab-tunnel $version'"
echo "$out"

step "desktop-file-validate, appstreamcli validate --no-net"
desktop=/usr/share/applications/colab-tunnel.desktop
validate=$(desktop-file-validate "$desktop" 2>&1) || { echo "$validate"; fail "desktop-file-validate failed"; }
# Hints are allowed (two main categories: Development and Network); errors and warnings are not.
[[ -n $validate ]] && echo "$validate"
grep -qE ': (error|warning):' <<<"$validate" && fail "desktop-file-validate reported problems"
appstreamcli validate --no-net /usr/share/metainfo/io.github.colab_tunnel.ColabTunnel.metainfo.xml ||
    fail "appstreamcli validate failed"

step "xdg-mime query default x-scheme-handler/colab-tunnel"
handler=$(xdg-mime query default x-scheme-handler/colab-tunnel 2>&1)
[[ $handler == colab-tunnel.desktop ]] || fail "xdg-mime names '$handler' for colab-tunnel://, not colab-tunnel.desktop"
echo "$handler"

step "start the installed app from the desktop entry's Exec line"
exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -n1)
# The Desktop Entry spec's field codes (%u) expand to nothing when no link is given.
read -ra command <<<"${exec_line//%[uUfF]/}"
[[ $(command -v "${command[0]}") == /usr/bin/colab-tunnel ]] || fail "Exec=$exec_line does not run /usr/bin/colab-tunnel"
export QT_QPA_PLATFORM=xcb
"${command[@]}" >"$scratch/app.log" 2>&1 &
app_pid=$!
shown=0
for _ in $(seq 100); do
    kill -0 "$app_pid" 2>/dev/null || break
    if xwininfo -root -tree 2>/dev/null | grep -q '"Colab Tunnel'; then
        shown=1
        break
    fi
    sleep 0.1
done
[[ $shown == 1 ]] || { cat "$scratch/app.log"; fail "no Colab Tunnel window appeared within 10 s"; }
sleep 3
kill -0 "$app_pid" 2>/dev/null || { cat "$scratch/app.log"; fail "the app stopped by itself after showing its window"; }
xwininfo -root -tree | grep '"Colab Tunnel' | head -n1
kill "$app_pid"
wait "$app_pid" 2>/dev/null
app_pid=""

step "apt-get purge -y colab-tunnel"
# What was ours: every file, and the folders only we use (shared ones like /usr/bin stay).
ours=()
while read -r path; do
    if [[ ! -d $path || $path == */colab-tunnel || $path == */colab-tunnel/* ]]; then ours+=("$path"); fi
done <"$scratch/files"
DEBIAN_FRONTEND=noninteractive apt-get purge -y -q colab-tunnel >"$scratch/purge.log" 2>&1 ||
    { tail -n 20 "$scratch/purge.log"; fail "apt-get purge failed"; }
installed=0
dpkg-query -W -f='${Status}' colab-tunnel 2>/dev/null | grep -q 'installed\|config-files' &&
    fail "dpkg still knows colab-tunnel after the purge"
left=()
for path in "${ours[@]}"; do [[ -e $path || -L $path ]] && left+=("$path"); done
[[ ${#left[@]} == 0 ]] || fail "left behind after the purge: ${left[*]}"
echo "${#ours[@]} paths installed, none left"
step "done"
