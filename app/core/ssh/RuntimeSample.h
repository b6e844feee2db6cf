#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace colab {

// One reading of a runtime's resources from the live sampler (see samplerCommand()). Fields the
// runtime could not read are empty, and `unavailable` says why in plain words.
struct RuntimeSample
{
    struct Gpu
    {
        int index = 0;
        QString name;
        std::optional<int> utilizationPct = {};
        std::optional<int> memoryUsedMib = {};
        std::optional<int> memoryTotalMib = {};
    };

    QDateTime at; // when it arrived here (UTC)
    QList<Gpu> gpus;
    std::optional<double> cpuPct;
    std::optional<qint64> ramUsedMib;
    std::optional<qint64> ramTotalMib;
    std::optional<qint64> diskUsedMib; // of /content (or / where there is none)
    std::optional<qint64> diskTotalMib;
    std::optional<qint64> uptimeSeconds;
    QStringList unavailable; // "GPU: nvidia-smi has not answered for 12 s", …

    // The remote command: a small Python sampler that prints one JSON line per interval and a
    // heartbeat line ({}) at least every heartbeatSeconds() in between; a line "interval S" on its
    // stdin changes the interval. nvidia-smi runs on its own thread with a deadline, so a missing or
    // hanging one never stalls the stream. It ends (with any nvidia-smi it started) when its stdin
    // closes. Without python3 it still answers heartbeats, saying what it cannot read.
    static QString samplerCommand(double intervalSeconds);
    static int heartbeatSeconds() { return 2; }

    enum class LineKind { Sample, Heartbeat, Invalid };
    // Parses one line of the sampler's output; `sample` is filled for LineKind::Sample.
    static LineKind parseLine(const QByteArray& line, RuntimeSample* sample);

    // Fractions in [0, 1] for graphs; empty without a GPU.
    std::optional<double> gpuUtilization() const;    // the busiest GPU
    std::optional<double> gpuMemoryFraction() const; // all GPUs' memory together
    QJsonObject toJson() const;                      // the documented `watch --json` fields
    QString summary() const;                         // one line for people
};

} // namespace colab

Q_DECLARE_METATYPE(colab::RuntimeSample)
