#!/usr/bin/env python3
"""The app's footprint next to a minimal Qt table window, in the same run (scripts/bench.sh --footprint).

    footprint.py APP MINIMAL_WINDOW FAKE_CLOUDFLARED [RUNS]

Runs under the test harness (x11, keyring): a fresh HOME with 20 runtimes whose tunnels are all
down, and the edge stand-in. Prints, as medians of RUNS:
  1. start-up: exec until the window is viewable, the app (20 runtimes) vs the minimal window;
  2. peak memory (VmHWM) 3 s after the window appeared, the app vs the minimal window;
  3. idle CPU: the app's own CPU plus its children's over 30 s with the window open, all 20
     offline, when the edge answers (the app asks it) and when it cannot be reached (every
     backoff step then starts cloudflared, as before the edge check);
  4. the same with the network down: the app runs in a network namespace of its own with only a
     loopback and no route out (as a laptop with Wi-Fi off), so the system says it is offline and
     the checks pause. Needs root (unshare); skipped otherwise.
"""
import os, signal, statistics, subprocess, sys, time

app, minimal, fake_cloudflared = sys.argv[1:4]
runs = int(sys.argv[4]) if len(sys.argv) > 4 else 5
ticks = os.sysconf('SC_CLK_TCK')
env = dict(os.environ, COLAB_TUNNEL_CLOUDFLARED=fake_cloudflared,
           FAKE_CLOUDFLARED_MAP=os.path.join(os.environ['COLAB_TEST_SCRATCH'], 'cloudflared.map'))
open(env['FAKE_CLOUDFLARED_MAP'], 'a').close()
for i in range(int(os.environ.get('FOOTPRINT_RUNTIMES', 20))):
    subprocess.run([app, 'add', '--name', f'rt{i:02d}', f'gone-runtime-{i:02d}.trycloudflare.com'], env=env,
                   check=True, stdout=subprocess.DEVNULL)


def viewable(title):
    # The top-level window is the one of that name with a WM_CLASS (Qt makes a 1x1 leader as well).
    tree = subprocess.run(['xwininfo', '-root', '-tree'], capture_output=True, text=True).stdout
    for line in tree.splitlines():
        if f'"{title}": ("' in line:
            window = subprocess.run(['xwininfo', '-id', line.split()[0]], capture_output=True, text=True).stdout
            return 'IsViewable' in window
    return False


def start(command, title, extra_env=None):
    begin = time.monotonic()
    process = subprocess.Popen(command, env=dict(env, **(extra_env or {})), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    while not viewable(title):
        if process.poll() is not None or time.monotonic() - begin > 30:
            raise SystemExit(f'{command[0]} did not show "{title}"')
        time.sleep(0.005)
    return process, time.monotonic() - begin


def peak_kib(process):
    with open(f'/proc/{process.pid}/status') as status:
        return next(int(line.split()[1]) for line in status if line.startswith('VmHWM:'))


def cpu_seconds(process):
    fields = open(f'/proc/{process.pid}/stat').read().rsplit(')', 1)[1].split()
    return sum(int(fields[i]) for i in (11, 12, 13, 14)) / ticks  # utime stime cutime cstime


def stop(process):
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


startup = {'app': [], 'minimal': []}
memory = {'app': [], 'minimal': []}
for _ in range(runs):
    for name, command, title in (('app', [app], 'Colab Tunnel'), ('minimal', [minimal], 'Minimal table')):
        process, seconds = start(command, title)
        startup[name].append(seconds)
        time.sleep(3)
        memory[name].append(peak_kib(process))
        stop(process)

# No route out, loopback up; X11 and D-Bus are reached through their socket files.
offline = ['unshare', '--net', 'sh', '-c', 'ip link set lo up && exec "$0"'] if os.geteuid() == 0 else None
idle = {'edge': [], 'no edge': [], 'network down': []}
for _ in range(0 if os.environ.get('FOOTPRINT_SKIP_IDLE') else max(1, runs // 2)):
    for mode, edge, prefix in (('edge', os.environ.get('COLAB_TUNNEL_EDGE', ''), []),
                               ('no edge', 'http://127.0.0.1:9', []),
                               ('network down', os.environ.get('COLAB_TUNNEL_EDGE', ''), offline)):
        if prefix is None:
            continue
        process, _ = start(prefix + [app], 'Colab Tunnel', {'COLAB_TUNNEL_EDGE': edge})
        time.sleep(10)  # the first full checks find all 20 offline
        before = cpu_seconds(process)
        time.sleep(30)
        idle[mode].append(cpu_seconds(process) - before)
        stop(process)

median = statistics.median
print(f'| measure (median of {runs}; idle: of {max(1, runs // 2)}) | Colab Tunnel | minimal Qt table window | ratio | target |')
print('|---|---|---|---|---|')
s_app, s_min = median(startup['app']), median(startup['minimal'])
print(f'| start-up to a viewable window (20 runtimes) | {s_app * 1000:.0f} ms | {s_min * 1000:.0f} ms '
      f'| **{s_app / s_min:.2f}** | <= 1.3 |')
m_app, m_min = median(memory['app']), median(memory['minimal'])
print(f'| peak memory (VmHWM), 3 s after start | {m_app / 1024:.1f} MiB | {m_min / 1024:.1f} MiB '
      f'| **{m_app / m_min:.2f}** | <= 1.3 |')
if idle['edge']:
    print(f'| idle CPU, 20 offline, window open, 30 s (app + children) | **{median(idle["edge"]):.2f} s** '
          f'| edge unreachable (a cloudflared per check): {median(idle["no edge"]):.2f} s | | <= 0.1 s |')
if idle['network down']:
    print(f'| idle CPU, 20 offline, network down (no route out), window open, 30 s (app + children) '
          f'| **{median(idle["network down"]):.2f} s** | | | <= 0.1 s |')
elif idle['edge']:
    print('| idle CPU, network down | not measured: needs root (unshare --net) | | | <= 0.1 s |')
