#pragma once

#include "ssh/RuntimeSample.h"

#include <QHash>
#include <QList>
#include <QString>

namespace colab {

// The last minutes of live samples per runtime, in memory only (for graphs and tooltips).
class SampleHistory
{
public:
    explicit SampleHistory(qint64 keepMs = 10 * 60 * 1000) : m_keepMs(keepMs) {}

    void add(const QString& name, const RuntimeSample& sample);
    void remove(const QString& name) { m_samples.remove(name); }
    // Oldest first; only samples younger than the window (relative to the newest one).
    QList<RuntimeSample> samples(const QString& name) const { return m_samples.value(name); }
    const RuntimeSample* latest(const QString& name) const;

private:
    qint64 m_keepMs;
    QHash<QString, QList<RuntimeSample>> m_samples;
};

} // namespace colab
