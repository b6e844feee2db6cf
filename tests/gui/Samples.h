#pragma once

#include "CatchQt.h"
#include "TunnelTableModel.h"
#include "monitor/SampleHistory.h"
#include "ssh/RuntimeSample.h"

#include <QDateTime>
#include <cmath>

namespace colab::test {

// A live sample as the runtime's sampler sends it: one Tesla T4 at `util` % with `memUsed` MiB used.
inline RuntimeSample sampleAt(const QDateTime& at, int util, int memUsed)
{
    RuntimeSample sample;
    const QByteArray line = QStringLiteral(R"({"gpus":[{"index":0,"name":"Tesla T4","util":%1,"mem_used":%2,)"
                                           R"("mem_total":15000}],"cpu":12.5,"ram_used":2000,"ram_total":12000})")
                                .arg(util)
                                .arg(memUsed)
                                .toUtf8();
    REQUIRE(RuntimeSample::parseLine(line, &sample) == RuntimeSample::LineKind::Sample);
    sample.at = at;
    return sample;
}

inline Tunnel sampleRuntime(const QString& name, const QString& hostname)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return Tunnel{name, hostname, Tunnel::Kind::Quick, now, now};
}

inline ProbeResult sampleState(ProbeResult::State state, const QString& message = {})
{
    ProbeResult result;
    result.state = state;
    result.message = message;
    return result;
}

// The screenshots' dashboard: two GPU runtimes online with 10 minutes of samples, one offline, one
// whose host key changed.
inline void fillScreenshotDashboard(TunnelTableModel& model, SampleHistory& history)
{
    model.setTunnels({sampleRuntime(QStringLiteral("gpu"), QStringLiteral("calm-river-pine-lake.trycloudflare.com")),
                      sampleRuntime(QStringLiteral("a100"), QStringLiteral("a100.example.com")),
                      sampleRuntime(QStringLiteral("old"), QStringLiteral("gentle-owl-bright-sky.trycloudflare.com")),
                      sampleRuntime(QStringLiteral("tpu"), QStringLiteral("tpu.example.com"))});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 300; ++i) {
        const int util = int(50 + 40 * std::sin(i / 17.0));
        history.add(QStringLiteral("gpu"), test::sampleAt(now.addSecs(-600 + 2 * i), util, 4000 + 30 * i));
        history.add(QStringLiteral("a100"), test::sampleAt(now.addSecs(-600 + 2 * i), i % 60 + 20, 9000));
    }
    RuntimeFacts facts;
    facts.gpu = QStringLiteral("Tesla T4");
    facts.gpuMemoryTotalMib = 15360;
    facts.gpuMemoryUsedMib = 12900;
    facts.gpuUtilizationPct = 61;
    facts.ramTotalMib = 12979;
    facts.ramAvailableMib = 10450;
    facts.diskFreeMib = 80200;
    facts.uptimeSeconds = 5400;
    facts.python = QStringLiteral("3.11");
    ProbeResult online = sampleState(ProbeResult::State::Online);
    online.latencyMs = 48;
    online.runtime = facts;
    online.hostKeySha256 = QStringLiteral("SHA256:4v3aQm2Xr9kq0c3e1mZ0hG1s8Yp2tN6wJfLdK7uBq5E");
    model.setState(QStringLiteral("gpu"), online);
    online.latencyMs = 63;
    online.tunnelStatus = QStringLiteral("healthy · fra06, ams01");
    model.setState(QStringLiteral("a100"), online);
    model.setState(
        QStringLiteral("old"),
        sampleState(ProbeResult::State::Offline, QStringLiteral("The runtime did not answer: its Colab cell may have "
                                                                "stopped, or the runtime was recycled.")));
    model.setState(QStringLiteral("tpu"),
                   sampleState(ProbeResult::State::HostKeyChanged,
                               QStringLiteral("The host key of tpu changed since the first "
                                              "contact. A new runtime? Remove and add it again.")));
}

} // namespace colab::test
