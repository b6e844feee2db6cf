#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace colab {

// What a runtime reports about itself; each field is empty when the tool behind it is missing.
struct RuntimeFacts
{
    QString gpu; // "no GPU" when nvidia-smi is absent or lists none
    std::optional<int> gpuMemoryTotalMib;
    std::optional<int> gpuMemoryUsedMib;
    std::optional<int> gpuUtilizationPct;
    std::optional<qint64> ramTotalMib;
    std::optional<qint64> ramAvailableMib;
    std::optional<qint64> diskFreeMib;
    std::optional<qint64> uptimeSeconds;
    QString python;

    // The one remote command that gathers everything (POSIX sh, tolerant of missing tools).
    static QString command();
    static RuntimeFacts parse(const QByteArray& output);
    QJsonObject toJson() const;
    QString gpuSummary() const; // "Tesla T4 · 1.2/15.0 GiB · 3 %"
};

} // namespace colab
