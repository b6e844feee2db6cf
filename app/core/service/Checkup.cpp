#include "service/Checkup.h"

#include "diagnose/Doctor.h"
#include "secrets/SecretMemory.h"
#include "secrets/SecretStore.h"
#include "service/AppService.h"

#include <QPointer>
#include <utility>

namespace colab {

Checkup::Checkup(QObject* parent) : QObject(parent), m_doctor(new Doctor(this))
{
    connect(m_doctor, &Doctor::stepFinished, this, &Checkup::stepFinished);
    connect(m_doctor, &Doctor::finished, this, &Checkup::finished);
}

Checkup::~Checkup() = default;

void Checkup::start(const QList<Tunnel>& tunnels, bool machineWide, const QString& cloudflaredPath, int timeoutMs)
{
    auto* store = new SecretStore(this);
    const QPointer<Checkup> self(this);
    store->read(QLatin1String(SecretStore::kSshPasswordKey),
                [self, store, tunnels, machineWide, cloudflaredPath, timeoutMs](const SecretStore::Result& keychain) {
                    store->deleteLater();
                    SecretStore::Result spent = keychain;
                    if (self && !self->m_cancelledEarly) {
                        Doctor::Config config = AppService::diagnosisConfig(tunnels, cloudflaredPath, keychain.value);
                        config.machineWide = machineWide;
                        config.keychainChecked = true;
                        config.keychainStatus = keychain.status;
                        config.keychainMessage = keychain.message;
                        config.timeoutMs = timeoutMs;
                        self->m_started = true;
                        self->m_doctor->start(std::move(config)); // keeps a copy of the password of its own
                    }
                    wipeSecret(spent.value); // the keychain's buffer, which the config shared
                });
}

void Checkup::cancel()
{
    if (m_started)
        return m_doctor->cancel();
    // Still waiting for the keychain: nothing has been checked, and nothing will be.
    if (!std::exchange(m_cancelledEarly, true))
        emit finished();
}

bool Checkup::ok() const
{
    return !m_cancelledEarly && m_doctor->ok();
}

bool Checkup::cancelled() const
{
    return m_cancelledEarly || m_doctor->cancelled();
}

QJsonObject Checkup::toJson() const
{
    return m_doctor->toJson();
}

} // namespace colab
