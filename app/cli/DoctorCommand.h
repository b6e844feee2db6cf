#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace colab {

// `colab-tunnel doctor [NAME] [--json] [--timeout SECONDS]`: the doctor (core/diagnose/Doctor) on
// one runtime, or without NAME on the machine-wide links (cloudflared, keychain, Cloudflare login
// when there are named tunnels) and every known runtime. Prints each step as it completes
// (✓/⚠/✗/– title: detail, then "Fix: …"), or one JSON document with --json. Exit 0 when nothing
// failed (warnings allowed), 1 when a step failed, 2 on usage errors.
class DoctorCommand
{
    Q_DECLARE_TR_FUNCTIONS(DoctorCommand)
public:
    DoctorCommand(QTextStream& out, QTextStream& err, QString cloudflaredPath);
    int run(const QStringList& args);

private:
    int usage(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_cloudflared;
};

} // namespace colab
