#!/usr/bin/env bash
# Installs the Debian 12 packages Colab Tunnel needs: idempotent, quiet, skips what is present.
#   scripts/deps.sh run    build + runtime packages
#   scripts/deps.sh test   plus what the test suite runs against (sshd, keyring, Xvfb, tray, ...)
set -euo pipefail

build_packages=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-svg-dev libqt6svg6 libssh-dev qtkeychain-qt6-dev libgl-dev
    libvulkan-dev qt6-qpa-plugins openssh-client gnome-keyring dbus dbus-x11 fonts-dejavu-core
    help2man librsvg2-bin dpkg-dev file)
test_packages=(catch2 gdb openssh-server xvfb xauth trayer socat sshpass openssl python3 python3-paramiko util-linux
    imagemagick fonts-wqy-microhei x11-utils clang libclang-rt-14-dev lintian desktop-file-utils appstream xdg-utils
    clang-format clang-tidy g++-mingw-w64-x86-64-posix)

case "${1:-run}" in
run) wanted=("${build_packages[@]}") ;;
test) wanted=("${build_packages[@]}" "${test_packages[@]}") ;;
*) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

missing=()
for package in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ $status == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=()
[[ $(id -u) == 0 ]] || sudo=(sudo)
echo "Installing ${#missing[@]} Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
