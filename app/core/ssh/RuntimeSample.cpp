#include "ssh/RuntimeSample.h"

#include "common/ShellQuote.h"
#include "common/Text.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace colab {

namespace {

// Runs on the runtime (Colab: Ubuntu, Python 3). Reads /proc directly; nvidia-smi on a thread with
// a deadline. Output: one JSON object per line, MiB for memory and disk.
const char kSampler[] = R"PY(
import json, os, select, subprocess, sys, threading, time
interval = max(0.5, float(sys.argv[1]))
beat = float(sys.argv[2])
lock = threading.Lock()
gpu = {'rows': [], 'error': None, 'since': None, 'answered': False}
child = [None]
first = threading.Event()
def query_gpus():
    while True:
        started = time.monotonic()
        with lock:
            gpu['since'] = started
        rows, error = [], None
        try:
            p = subprocess.Popen(['nvidia-smi', '--query-gpu=index,name,utilization.gpu,memory.used,memory.total',
                                  '--format=csv,noheader,nounits'], stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
            child[0] = p
            try:
                out, _ = p.communicate(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
                p.communicate()
                out, error = b'', 'nvidia-smi did not answer within 30 s'
            child[0] = None
            text = out.decode('utf-8', 'replace').strip()
            if error is None and p.returncode != 0:
                last = text.splitlines()[-1] if text else 'exit status %d' % p.returncode
                error = 'nvidia-smi failed: ' + last[:200]
            elif error is None:
                for line in text.splitlines():
                    f = [x.strip() for x in line.split(',')]
                    if len(f) < 5:
                        continue
                    num = lambda v: int(float(v)) if v.replace('.', '', 1).isdigit() else None
                    rows.append({'index': num(f[0]) or 0, 'name': f[1], 'util': num(f[2]),
                                 'mem_used': num(f[3]), 'mem_total': num(f[4])})
        except FileNotFoundError:
            error = 'no GPU (nvidia-smi is not installed)'
        except OSError as e:
            error = 'nvidia-smi could not run: %s' % e
        with lock:
            gpu.update(rows=rows, error=error, since=None, answered=True)
        first.set()
        if error and error.startswith('no GPU'):
            return
        time.sleep(max(0.0, interval - (time.monotonic() - started)))
threading.Thread(target=query_gpus, daemon=True).start()
last_cpu = None
def cpu_pct():
    global last_cpu
    try:
        with open('/proc/stat') as f:
            v = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    idle, total = v[3] + (v[4] if len(v) > 4 else 0), sum(v)
    prev, last_cpu = last_cpu, (idle, total)
    if prev is None or total == prev[1]:
        return None
    return round(100.0 * (1.0 - (idle - prev[0]) / (total - prev[1])), 1)
def sample():
    s, missing = {}, []
    c = cpu_pct()
    if c is not None:
        s['cpu'] = c
    try:
        m = {}
        with open('/proc/meminfo') as f:
            for line in f:
                k, v = line.split(':', 1)
                m[k] = int(v.split()[0]) // 1024
        s['ram_total'], s['ram_used'] = m['MemTotal'], m['MemTotal'] - m['MemAvailable']
    except (OSError, KeyError, ValueError):
        missing.append('RAM: /proc/meminfo is not readable')
    path = '/content' if os.path.isdir('/content') else '/'
    try:
        st = os.statvfs(path)
        s['disk_total'] = st.f_blocks * st.f_frsize // 1048576
        s['disk_used'] = (st.f_blocks - st.f_bfree) * st.f_frsize // 1048576
    except OSError:
        missing.append('disk: %s is not readable' % path)
    try:
        with open('/proc/uptime') as f:
            s['uptime'] = int(float(f.read().split()[0]))
    except (OSError, ValueError):
        missing.append('uptime: /proc/uptime is not readable')
    with lock:
        if gpu['since'] is not None and time.monotonic() - gpu['since'] > 5:
            missing.append('GPU: nvidia-smi has not answered for %d s' % (time.monotonic() - gpu['since']))
        elif gpu['error']:
            missing.append('GPU: ' + gpu['error'])
        elif not gpu['answered']:
            missing.append('GPU: waiting for nvidia-smi')
        else:
            s['gpus'] = gpu['rows']
    if missing:
        s['unavailable'] = missing
    return s
def emit(obj):
    try:
        os.write(1, (json.dumps(obj, separators=(',', ':')) + '\n').encode())
    except OSError:
        finish()
def finish():
    p = child[0]
    if p is not None:
        try:
            os.killpg(p.pid, 9)
        except OSError:
            pass
    os._exit(0)
cpu_pct()
first.wait(1.5)
due = time.monotonic()
last = 0.0
pending = b''
while True:
    now = time.monotonic()
    if now >= due:
        emit(sample())
        due, last = now + interval, now
    elif now - last >= beat:
        emit({})
        last = now
    wait = max(0.0, min(due, last + beat) - time.monotonic())
    if select.select([0], [], [], wait)[0]:
        data = os.read(0, 4096)
        if not data:
            finish()
        pending += data
        while b'\n' in pending:
            line, pending = pending.split(b'\n', 1)
            words = line.decode('ascii', 'replace').split()
            if len(words) == 2 and words[0] == 'interval':
                try:
                    interval = max(0.5, float(words[1]))
                    due = min(due, time.monotonic() + interval)
                except ValueError:
                    pass
)PY";

std::optional<qint64> integer(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? std::optional<qint64>(qint64(value.toDouble())) : std::nullopt;
}

std::optional<int> smallInteger(const QJsonObject& object, const char* key)
{
    const auto value = integer(object, key);
    return value && *value >= 0 && *value <= 100000000 ? std::optional<int>(int(*value)) : std::nullopt;
}

QJsonValue orNull(const std::optional<qint64>& value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString gib(qint64 mib)
{
    return QString::number(double(mib) / 1024.0, 'f', 1);
}

} // namespace

QString RuntimeSample::samplerCommand(double intervalSeconds)
{
    const QString interval = QString::number(intervalSeconds, 'f', 1);
    const QString beat = QString::number(heartbeatSeconds());
    // Colab's CUDA tools live outside a non-login shell's PATH; add the usual places.
    return QStringLiteral("export PATH=\"$PATH:/usr/local/bin:/usr/local/nvidia/bin:/usr/local/cuda/bin\"; "
                          "if command -v python3 >/dev/null 2>&1; then exec python3 -u -c %1 %2 %3; fi; "
                          "while :; do echo '{\"unavailable\":[\"python3 is not installed on the runtime: only "
                          "whether it answers is shown\"]}' || exit 0; sleep %3; done")
        .arg(shellQuote(QString::fromUtf8(kSampler)), interval, beat);
}

RuntimeSample::LineKind RuntimeSample::parseLine(const QByteArray& line, RuntimeSample* sample)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line.trimmed(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return LineKind::Invalid;
    const QJsonObject object = document.object();
    if (object.isEmpty())
        return LineKind::Heartbeat;
    RuntimeSample parsed;
    parsed.at = QDateTime::currentDateTimeUtc();
    for (const QJsonValue& value : object.value(QLatin1String("gpus")).toArray()) {
        const QJsonObject gpu = value.toObject();
        Gpu entry;
        entry.index = int(integer(gpu, "index").value_or(parsed.gpus.size()));
        entry.name = inertNetworkText(gpu.value(QLatin1String("name")).toString(), 120); // the runtime's words
        entry.utilizationPct = smallInteger(gpu, "util");
        entry.memoryUsedMib = smallInteger(gpu, "mem_used");
        entry.memoryTotalMib = smallInteger(gpu, "mem_total");
        if (parsed.gpus.size() < 64)
            parsed.gpus.append(entry);
    }
    const QJsonValue cpu = object.value(QLatin1String("cpu"));
    if (cpu.isDouble())
        parsed.cpuPct = qBound(0.0, cpu.toDouble(), 100.0);
    parsed.ramUsedMib = integer(object, "ram_used");
    parsed.ramTotalMib = integer(object, "ram_total");
    parsed.diskUsedMib = integer(object, "disk_used");
    parsed.diskTotalMib = integer(object, "disk_total");
    parsed.uptimeSeconds = integer(object, "uptime");
    for (const QJsonValue& value : object.value(QLatin1String("unavailable")).toArray())
        if (parsed.unavailable.size() < 16)
            parsed.unavailable.append(inertNetworkText(value.toString()));
    *sample = parsed;
    return LineKind::Sample;
}

std::optional<double> RuntimeSample::gpuUtilization() const
{
    std::optional<double> busiest;
    for (const Gpu& gpu : gpus)
        if (gpu.utilizationPct)
            busiest = qMax(busiest.value_or(0.0), *gpu.utilizationPct / 100.0);
    return busiest;
}

std::optional<double> RuntimeSample::gpuMemoryFraction() const
{
    qint64 used = 0;
    qint64 total = 0;
    for (const Gpu& gpu : gpus) {
        used += gpu.memoryUsedMib.value_or(0);
        total += gpu.memoryTotalMib.value_or(0);
    }
    if (total <= 0)
        return std::nullopt;
    return qBound(0.0, double(used) / double(total), 1.0);
}

QJsonObject RuntimeSample::toJson() const
{
    QJsonArray gpuArray;
    for (const Gpu& gpu : gpus)
        gpuArray.append(QJsonObject{{QStringLiteral("index"), gpu.index},
                                    {QStringLiteral("name"), gpu.name},
                                    {QStringLiteral("utilization_pct"), orNull(gpu.utilizationPct)},
                                    {QStringLiteral("memory_used_mib"), orNull(gpu.memoryUsedMib)},
                                    {QStringLiteral("memory_total_mib"), orNull(gpu.memoryTotalMib)}});
    return QJsonObject{
        {QStringLiteral("time"), at.toString(Qt::ISODateWithMs)},
        {QStringLiteral("gpus"), gpuArray},
        {QStringLiteral("cpu_pct"), cpuPct ? QJsonValue(*cpuPct) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("ram_used_mib"), orNull(ramUsedMib)},
        {QStringLiteral("ram_total_mib"), orNull(ramTotalMib)},
        {QStringLiteral("disk_used_mib"), orNull(diskUsedMib)},
        {QStringLiteral("disk_total_mib"), orNull(diskTotalMib)},
        {QStringLiteral("uptime_s"), orNull(uptimeSeconds)},
        {QStringLiteral("unavailable"), QJsonArray::fromStringList(unavailable)},
    };
}

QString RuntimeSample::summary() const
{
    QStringList parts;
    for (const Gpu& gpu : gpus)
        parts << QStringLiteral("GPU%1 %2 %3 % %4/%5 GiB")
                     .arg(gpu.index)
                     .arg(gpu.name)
                     .arg(gpu.utilizationPct ? QString::number(*gpu.utilizationPct) : QStringLiteral("?"))
                     .arg(gpu.memoryUsedMib ? gib(*gpu.memoryUsedMib) : QStringLiteral("?"))
                     .arg(gpu.memoryTotalMib ? gib(*gpu.memoryTotalMib) : QStringLiteral("?"));
    if (cpuPct)
        parts << QStringLiteral("CPU %1 %").arg(*cpuPct, 0, 'f', 0);
    if (ramUsedMib && ramTotalMib)
        parts << QStringLiteral("RAM %1/%2 GiB").arg(gib(*ramUsedMib), gib(*ramTotalMib));
    if (diskUsedMib && diskTotalMib)
        parts << QStringLiteral("disk %1/%2 GiB").arg(gib(*diskUsedMib), gib(*diskTotalMib));
    if (uptimeSeconds)
        parts << QStringLiteral("up %1 min").arg(*uptimeSeconds / 60);
    for (const QString& missing : unavailable)
        parts << QStringLiteral("(%1)").arg(missing);
    return parts.join(QStringLiteral(" · "));
}

} // namespace colab
