#include "ssh/RuntimeFacts.h"

#include "common/Text.h"

#include <QRegularExpression>
#include <QStringList>

namespace colab {

QString RuntimeFacts::command()
{
    // Colab's CUDA tools live outside a login shell's PATH; add the usual places. A hanging
    // nvidia-smi (a wedged driver) must not hold the probe: coreutils' timeout where there is one.
    return QStringLiteral("export PATH=\"$PATH:/usr/local/bin:/usr/local/nvidia/bin:/usr/local/cuda/bin\"; "
                          "t=; command -v timeout >/dev/null 2>&1 && t='timeout 5'; "
                          "echo '@gpu'; $t nvidia-smi --query-gpu=name,memory.total,memory.used,utilization.gpu "
                          "--format=csv,noheader,nounits 2>/dev/null | head -n 1; "
                          "echo '@mem'; grep -E '^(MemTotal|MemAvailable):' /proc/meminfo 2>/dev/null; "
                          "echo '@disk'; (df -Pk /content 2>/dev/null || df -Pk / 2>/dev/null) | tail -n 1; "
                          "echo '@uptime'; cut -d' ' -f1 /proc/uptime 2>/dev/null; "
                          "echo '@python'; readlink -f \"$(command -v python3)\" 2>/dev/null; "
                          "echo '@end'");
}

namespace {
std::optional<qint64> number(const QString& text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}
std::optional<int> smallNumber(const QString& text)
{
    const auto value = number(text);
    return value ? std::optional<int>(int(*value)) : std::nullopt;
}
} // namespace

RuntimeFacts RuntimeFacts::parse(const QByteArray& output)
{
    RuntimeFacts facts;
    facts.gpu = QStringLiteral("no GPU");
    QString section;
    for (const QString& rawLine : QString::fromUtf8(output).split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(QLatin1Char('@'))) {
            section = line.mid(1);
            continue;
        }
        if (line.isEmpty())
            continue;
        if (section == QLatin1String("gpu")) {
            const QStringList parts = line.split(QLatin1Char(','));
            if (parts.size() >= 4 && !parts.at(0).trimmed().isEmpty()) {
                facts.gpu = inertNetworkText(parts.at(0), 120); // the runtime's words: inert
                facts.gpuMemoryTotalMib = smallNumber(parts.at(1));
                facts.gpuMemoryUsedMib = smallNumber(parts.at(2));
                facts.gpuUtilizationPct = smallNumber(parts.at(3));
            }
        } else if (section == QLatin1String("mem")) {
            const QStringList parts = line.simplified().split(QLatin1Char(' '));
            if (parts.size() >= 2) {
                const auto kib = number(parts.at(1));
                if (kib && parts.at(0) == QLatin1String("MemTotal:"))
                    facts.ramTotalMib = *kib / 1024;
                else if (kib && parts.at(0) == QLatin1String("MemAvailable:"))
                    facts.ramAvailableMib = *kib / 1024;
            }
        } else if (section == QLatin1String("disk")) {
            const QStringList parts = line.simplified().split(QLatin1Char(' '));
            if (parts.size() >= 4)
                if (const auto kib = number(parts.at(3)))
                    facts.diskFreeMib = *kib / 1024;
        } else if (section == QLatin1String("uptime")) {
            bool ok = false;
            const double seconds = line.toDouble(&ok);
            if (ok)
                facts.uptimeSeconds = qint64(seconds);
        } else if (section == QLatin1String("python")) {
            // The interpreter's file name says its version (/usr/bin/python3.11): starting Python
            // only to ask costs the runtime far more than the rest of the probe.
            static const QRegularExpression version(QStringLiteral("python(\\d+\\.\\d+)$"));
            const QRegularExpressionMatch match = version.match(line);
            if (match.hasMatch())
                facts.python = match.captured(1);
        }
    }
    return facts;
}

QJsonObject RuntimeFacts::toJson() const
{
    auto orNull = [](const auto& value) {
        return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
    };
    return QJsonObject{
        {QStringLiteral("gpu"), gpu},
        {QStringLiteral("gpu_memory_total_mib"), orNull(gpuMemoryTotalMib)},
        {QStringLiteral("gpu_memory_used_mib"), orNull(gpuMemoryUsedMib)},
        {QStringLiteral("gpu_utilization_pct"), orNull(gpuUtilizationPct)},
        {QStringLiteral("ram_total_mib"), orNull(ramTotalMib)},
        {QStringLiteral("ram_available_mib"), orNull(ramAvailableMib)},
        {QStringLiteral("disk_free_mib"), orNull(diskFreeMib)},
        {QStringLiteral("uptime_s"), orNull(uptimeSeconds)},
        {QStringLiteral("python"), python.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(python)},
    };
}

QString RuntimeFacts::gpuSummary() const
{
    if (!gpuMemoryTotalMib)
        return gpu;
    return QStringLiteral("%1 · %2/%3 GiB · %4 %")
        .arg(gpu)
        .arg(gpuMemoryUsedMib.value_or(0) / 1024.0, 0, 'f', 1)
        .arg(*gpuMemoryTotalMib / 1024.0, 0, 'f', 1)
        .arg(gpuUtilizationPct.value_or(0));
}

} // namespace colab
