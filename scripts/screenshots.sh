#!/usr/bin/env bash
# Regenerates the README screenshots under Xvfb: docs/screenshots/*.png.
# Uses a throw-away HOME, keyring and D-Bus session, so your own tunnels and secrets are never shown
# or touched. As root, a real sshd (the test fixture) plays a live GPU runtime for the dashboard.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

if [[ -z ${COLAB_SCREENSHOT_INNER:-} ]]; then
    "$root/scripts/deps.sh" test
    "$root/scripts/build.sh" "$root/build/app" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOLAB_BUILD_TESTS=OFF >/dev/null
    # The wizard's and the settings dialog's pictures come from their GUI tests' own walks
    # (WizardDriver::snap), against the stand-ins, a real keychain and, as root, a real sshd.
    cmake -S "$root" -B "$root/build/screens" -G Ninja -Wno-dev -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$root/build/screens" --target wizard_tests gui_tests >/dev/null
    mkdir -p "$root/docs/screenshots"
    cmake --build "$root/build/screens" --target tray_tests >/dev/null
    for tests in "wizard_tests root,keyring,x11 [wizard]" "gui_tests x11 [screenshot]" "tray_tests x11,tray [screenshot]" \
        "gui_tests x11,keyring [pycharm]"; do
        read -r binary needs filter <<<"$tests"
        path=$(find "$root/build/screens/tests" -name "$binary" -type f -executable | head -n1)
        # One process per walk, as ctest runs them (each changes its own environment). Catch2 v2's
        # listing exits with the number of tests it listed, which pipefail would take for a failure.
        { "$path" --list-test-names-only "$filter" || true; } | while IFS= read -r name; do
            [[ -n $name ]] || continue
            COLAB_SCREENSHOT_DIR=$root/docs/screenshots timeout 120 \
                "$root/tests/fixtures/harness.sh" --needs="$needs" "$path" "$name" >/dev/null ||
                echo "the walk \"$name\" failed: its screenshots may be missing" >&2
        done
    done
    # The dashboard, the tray menu and a notification at 200 % (high-DPI screens), as name@2x.png.
    for tests in "gui_tests x11 screenshots of the dashboard" "tray_tests x11,tray screenshot of a notification"; do
        read -r binary needs name <<<"$tests"
        path=$(find "$root/build/screens/tests" -name "$binary" -type f -executable | head -n1)
        QT_SCALE_FACTOR=2 COLAB_SCREENSHOT_SUFFIX=@2x COLAB_SCREENSHOT_DIR=$root/docs/screenshots timeout 120 \
            "$root/tests/fixtures/harness.sh" --needs="$needs" "$path" "$name" >/dev/null ||
            echo "the walk \"$name\" at 200 % failed: its screenshots may be missing" >&2
    done
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    export COLAB_SCREENSHOT_INNER=$scratch HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config
    export XDG_DATA_HOME=$scratch/home/.local/share XDG_RUNTIME_DIR=$scratch/run
    mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    unset DBUS_SESSION_BUS_ADDRESS
    "$root/tests/fixtures/with-keyring.sh" "$0" "$@"
    exit $?
fi

scratch=$COLAB_SCREENSHOT_INNER
app=$root/build/app/colab-tunnel
out=$root/docs/screenshots
mkdir -p "$out"
export QT_QPA_PLATFORM=xcb COLAB_TUNNEL_CLOUDFLARED=$root/tests/fixtures/fake-cloudflared
export FAKE_CLOUDFLARED_MAP=$scratch/cloudflared.map
touch "$FAKE_CLOUDFLARED_MAP"
pids=()
sshd_dir=""
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    [[ -n $sshd_dir ]] && "$root/tests/fixtures/sshd-fixture.sh" stop "$sshd_dir"
}
trap cleanup EXIT

Xvfb -displayfd 1 -screen 0 1100x700x24 -nolisten tcp >"$scratch/display" 2>/dev/null &
pids+=($!)
for _ in $(seq 100); do [[ -s $scratch/display ]] && break; sleep 0.05; done
export DISPLAY=:$(head -n1 "$scratch/display")

# shot NAME SECONDS — starts the app, waits for its window, lets it work, saves the window's picture.
shot() {
    local name=$1 settle=$2
    "$app" >"$scratch/app.log" 2>&1 &
    local pid=$!
    local id=""
    for _ in $(seq 100); do
        # The viewable one: Qt may also have unmapped windows with the same title.
        id=""
        for candidate in $(xwininfo -root -tree 2>/dev/null | awk '/"Colab Tunnel"/ {print $1}'); do
            if xwininfo -id "$candidate" 2>/dev/null | grep -q 'IsViewable'; then
                id=$candidate
                break
            fi
        done
        [[ -n $id ]] && break
        sleep 0.1
    done
    [[ -n $id ]] || { cat "$scratch/app.log" >&2; echo "the window did not appear" >&2; exit 1; }
    sleep "$settle"
    import -window "$id" "$out/$name.png" || { cat "$scratch/app.log" >&2; exit 1; }
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    # The X server may list the window of a killed app for a moment: the next shot must not take it.
    for _ in $(seq 100); do xwininfo -id "$id" >/dev/null 2>&1 || break; sleep 0.05; done
    echo "wrote $out/$name.png"
}

shot main-window-empty 1

password=screenshot-pass-1
if [[ $(id -u) == 0 ]]; then
    sshd_dir=$scratch/sshd
    mkdir -p "$sshd_dir/bin"
    # The probe's query and the live sampler's; GPU use wanders so the Activity graph has a shape.
    cat >"$sshd_dir/bin/nvidia-smi" <<'SMI'
#!/bin/sh
case "$*" in
*index,name*) s=$(date +%s); u=$(( (s * 37 + s * s) % 90 + 5 )); echo "0, Tesla T4, $u, $((1500 + u * 120)), 15360" ;;
*) echo "Tesla T4, 15360, 2210, 41" ;;
esac
SMI
    chmod 755 "$sshd_dir/bin/nvidia-smi"
    port=$(echo "$password" | "$root/tests/fixtures/sshd-fixture.sh" start "$sshd_dir" --bin "$sshd_dir/bin" | cut -d' ' -f1)
    echo "some-random-words.trycloudflare.com $port" >"$FAKE_CLOUDFLARED_MAP"
    echo "$password" | "$app" password set >/dev/null
else
    echo "not root: the dashboard shot shows runtimes without a live sshd" >&2
fi
"$app" add --name gpu - <"$root/tests/data/paste/colab_ssh_terminal.txt" >/dev/null
"$app" add 'colab-tunnel://add?host=colab-1.example.com&name=a100' >/dev/null
shot main-window-tunnels 25

if [[ -n $sshd_dir ]]; then
    # A runtime reached before any password is stored: the state and its banner with the fix.
    "$app" password clear >/dev/null
    rm -f "$XDG_DATA_HOME/colab-tunnel/id_ed25519" "$XDG_DATA_HOME/colab-tunnel/id_ed25519.pub"
    "$app" remove a100 >/dev/null
    shot main-window-password-needed 5
fi
