#pragma once

#include "CatchQt.h"
#include "ssh/RuntimeSample.h"

#include <QDateTime>

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

} // namespace colab::test
