#pragma once

#include "diagnose/StepResult.h"
#include "tunnels/Tunnel.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace colab {

class Doctor;

// `colab-tunnel doctor`: every link of the chain to some runtimes (or to all of them, with the
// machine's own links), checked with the keychain's password as the app would use it. The doctor
// (diagnose/) does the checks; this gives it what the app would, and reports its steps.
class Checkup : public QObject
{
    Q_OBJECT
public:
    explicit Checkup(QObject* parent = nullptr);
    ~Checkup() override;

    // `machineWide`: every runtime, and the keychain's and the login's links too.
    void start(const QList<Tunnel>& tunnels, bool machineWide, const QString& cloudflaredPath, int timeoutMs);
    void cancel(); // the remaining links are reported Skipped, then finished
    bool ok() const;
    bool cancelled() const;
    QJsonObject toJson() const;

signals:
    void stepFinished(const colab::StepResult& step);
    void finished();

private:
    Doctor* m_doctor;
    bool m_started = false;
    bool m_cancelledEarly = false;
};

} // namespace colab
