#pragma once

#include "TestEnv.h"
#include "diagnose/Doctor.h"
#include "service/AppService.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QStringList>
#include <catch2/catch.hpp>

// One run of the doctor in this process, as the GUI's Diagnose does it (AppService::diagnosisConfig).
namespace colab::test::doctor {

struct Run
{
    QList<StepResult> steps = {}; // as stepFinished reported them
    bool ok = false;
    QString report = {};
    QByteArray json = {};

    // "id:outcome id:outcome …" in the order reported.
    QString outcomes() const
    {
        QStringList parts;
        for (const StepResult& entry : steps)
            parts << entry.id + QLatin1Char(':') + StepResult::outcomeName(entry.outcome);
        return parts.join(QLatin1Char(' '));
    }
    StepResult step(const QString& id) const
    {
        for (const StepResult& entry : steps)
            if (entry.id == id)
                return entry;
        return {};
    }
};

inline Run diagnose(const Tunnel& tunnel, const QString& password, const QString& cloudflared = fakeCloudflared())
{
    Doctor doctor;
    QSignalSpy finished(&doctor, &Doctor::finished);
    Run run;
    QObject::connect(&doctor, &Doctor::stepFinished, [&run](const StepResult& step) { run.steps << step; });
    Doctor::Config config = AppService::diagnosisConfig({tunnel}, cloudflared, password);
    config.timeoutMs = 8000;
    doctor.start(config);
    REQUIRE(waitUntil([&] { return !finished.isEmpty(); }, 40000));
    run.ok = finished.first().first().toBool();
    run.report = doctor.report();
    run.json = QJsonDocument(doctor.toJson()).toJson();
    CHECK(run.steps.size() == doctor.results().size());
    INFO(run.report.toStdString());
    CHECK(run.ok == doctor.ok());
    return run;
}

} // namespace colab::test::doctor
