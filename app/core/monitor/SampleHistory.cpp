#include "monitor/SampleHistory.h"

namespace colab {

void SampleHistory::add(const QString& name, const RuntimeSample& sample)
{
    QList<RuntimeSample>& list = m_samples[name];
    list.append(sample);
    const QDateTime cutoff = sample.at.addMSecs(-m_keepMs);
    qsizetype old = 0;
    while (old < list.size() && list.at(old).at < cutoff)
        ++old;
    if (old > 0)
        list.remove(0, old);
}

const RuntimeSample* SampleHistory::latest(const QString& name) const
{
    const auto it = m_samples.constFind(name);
    return it == m_samples.cend() || it->isEmpty() ? nullptr : &it->constLast();
}

} // namespace colab
