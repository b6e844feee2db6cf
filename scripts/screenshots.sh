#!/usr/bin/env bash
# Regenerates the README screenshots under Xvfb: docs/screenshots/*.png.
# Uses a throw-away HOME so your own tunnels and ssh config are never shown or touched.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh" test
"$root/scripts/build.sh" "$root/build/app" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCOLAB_BUILD_TESTS=OFF
app=$root/build/app/colab-tunnel
out=$root/docs/screenshots
mkdir -p "$out"

scratch=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$scratch"; }
trap cleanup EXIT
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config XDG_DATA_HOME=$scratch/home/.local/share
export XDG_RUNTIME_DIR=$scratch/run QT_QPA_PLATFORM=xcb
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS

Xvfb -displayfd 1 -screen 0 1100x700x24 -nolisten tcp >"$scratch/display" 2>/dev/null &
pids+=($!)
for _ in $(seq 100); do [[ -s $scratch/display ]] && break; sleep 0.05; done
export DISPLAY=:$(head -n1 "$scratch/display")

# shot NAME [app arguments] — starts the app, waits for its window, saves the window's picture.
shot() {
    local name=$1
    shift
    "$app" "$@" >"$scratch/app.log" 2>&1 &
    local pid=$!
    local id=""
    for _ in $(seq 100); do
        id=$(xwininfo -root -tree 2>/dev/null | awk '/"Colab Tunnel"/ {print $1; exit}')
        [[ -n $id ]] && break
        sleep 0.1
    done
    [[ -n $id ]] || { cat "$scratch/app.log" >&2; echo "the window did not appear" >&2; exit 1; }
    sleep 1
    import -window "$id" "$out/$name.png"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "wrote $out/$name.png"
}

shot main-window-empty
# Two runtimes, added the way a user would (the cloudflared stand-in only lets the config be written).
export COLAB_TUNNEL_CLOUDFLARED=$root/tests/fixtures/fake-cloudflared
"$app" add --name gpu - <"$root/tests/data/paste/colab_ssh_terminal.txt" >/dev/null
"$app" add 'colab-tunnel://add?host=colab-1.example.com&name=a100' >/dev/null
shot main-window-tunnels
