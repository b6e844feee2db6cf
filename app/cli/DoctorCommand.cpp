#include "cli/DoctorCommand.h"

#include "common/Platform.h"
#include "diagnose/Doctor.h"
#include "secrets/SecretMemory.h"
#include "secrets/SecretStore.h"
#include "service/AppService.h"
#include "service/TunnelRepository.h"
#include "tunnels/Validation.h"

#include <QEventLoop>
#include <QJsonDocument>

namespace colab {

DoctorCommand::DoctorCommand(QTextStream& out, QTextStream& err, QString cloudflaredPath)
    : m_out(out), m_err(err), m_cloudflared(std::move(cloudflaredPath))
{
}

int DoctorCommand::usage(const QString& message)
{
    m_err << "colab-tunnel: " << message << Qt::endl;
    return 2;
}

int DoctorCommand::run(const QStringList& args)
{
    bool json = false;
    int timeoutSeconds = 20;
    QStringList positional;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--timeout") || arg.startsWith(QLatin1String("--timeout="))) {
            const QString value = arg.contains(QLatin1Char('=')) ? arg.section(QLatin1Char('='), 1) : args.value(++i);
            bool ok = false;
            timeoutSeconds = value.toInt(&ok);
            if (!ok || timeoutSeconds < 1 || timeoutSeconds > 600)
                return usage(tr("--timeout takes seconds between 1 and 600."));
        } else if (arg.startsWith(QLatin1String("-")) && arg != QLatin1String("-")) {
            return usage(tr("unknown option %1.").arg(arg.left(80)));
        } else {
            positional << arg;
        }
    }
    if (positional.size() > 1)
        return usage(tr("doctor takes at most one NAME: colab-tunnel doctor [NAME] [--json]."));

    QList<Tunnel> tunnels;
    QString error;
    if (!TunnelRepository(m_cloudflared).load(&tunnels, &error)) {
        m_err << "colab-tunnel: " << error << Qt::endl;
        return 1;
    }
    const bool machineWide = positional.isEmpty();
    if (!machineWide) {
        const Validated name = validateTunnelName(positional.first());
        if (!name.ok())
            return usage(name.error);
        QList<Tunnel> chosen;
        for (const Tunnel& tunnel : std::as_const(tunnels))
            if (tunnel.name == name.value)
                chosen << tunnel;
        if (chosen.isEmpty())
            return usage(tr("There is no tunnel called \"%1\".").arg(name.value));
        tunnels = chosen;
    }

    protectProcessHoldingSecrets();
    SecretStore store;
    SecretStore::Result keychain;
    {
        QEventLoop loop;
        bool answered = false;
        store.read(QLatin1String(SecretStore::kSshPasswordKey), [&](const SecretStore::Result& result) {
            keychain = result;
            answered = true;
            loop.quit();
        });
        if (!answered)
            loop.exec();
    }
    Doctor::Config config = AppService::diagnosisConfig(tunnels, m_cloudflared, keychain.value);
    config.machineWide = machineWide;
    config.keychainChecked = true;
    config.keychainStatus = keychain.status;
    config.keychainMessage = keychain.message;
    config.timeoutMs = timeoutSeconds * 1000;

    Doctor doctor;
    QEventLoop loop;
    QString lastRuntime = QStringLiteral("\x01");
    QObject::connect(&doctor, &Doctor::stepFinished, &doctor, [&](const StepResult& step) {
        if (json)
            return;
        if (step.runtime != lastRuntime) {
            lastRuntime = step.runtime;
            if (!step.runtime.isEmpty()) {
                for (const Tunnel& tunnel : std::as_const(tunnels))
                    if (tunnel.name == step.runtime)
                        m_out << '\n' << tr("%1 (%2):").arg(tunnel.name, tunnel.hostname) << '\n';
            }
        }
        m_out << step.toText() << Qt::endl;
    });
    QObject::connect(&doctor, &Doctor::finished, &loop, [&] { loop.quit(); });
    platform::StopRequests stopRequests;
    QObject::connect(&stopRequests, &platform::StopRequests::requested, &doctor, [&] { doctor.cancel(); });
    doctor.start(std::move(config)); // keeps a copy of the password of its own
    wipeSecret(keychain.value);      // the keychain's buffer, which the config shared
    loop.exec();

    if (json) {
        m_out << QJsonDocument(doctor.toJson()).toJson(QJsonDocument::Indented);
        m_out.flush();
    } else {
        m_out << '\n'
              << (doctor.cancelled() ? tr("Cancelled.")
                  : doctor.ok()      ? tr("Every link works.")
                                     : tr("A link is broken: see the ✗ step and its fix."))
              << Qt::endl;
    }
    return doctor.ok() ? 0 : 1;
}

} // namespace colab
