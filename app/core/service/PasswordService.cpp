#include "service/PasswordService.h"

#include "secrets/PasswordGenerator.h"
#include "secrets/SecretMemory.h"
#include "secrets/SecretStore.h"

namespace colab {

QString PasswordService::generate()
{
    return generatePassword();
}

PasswordStrength PasswordService::strength(const QString& password)
{
    return PasswordStrength::of(password);
}

QString PasswordService::copy(const QString& secret)
{
    return copySecret(secret);
}

void PasswordService::wipe(QString& secret)
{
    wipeSecret(secret);
}

void PasswordService::wipe(QByteArray& secret)
{
    wipeSecret(secret);
}

void PasswordService::keep(const QString& password, const Done& done)
{
    auto* store = new SecretStore;
    store->write(QLatin1String(SecretStore::kSshPasswordKey), password, [store, done](const SecretStore::Result& r) {
        store->deleteLater();
        done(r.ok(), r.ok() ? tr("The SSH password is stored in the system keychain.") : r.message);
    });
}

void PasswordService::forget(const Done& done)
{
    auto* store = new SecretStore;
    store->remove(QLatin1String(SecretStore::kSshPasswordKey), [store, done](const SecretStore::Result& r) {
        store->deleteLater();
        done(r.ok(), r.ok() ? tr("The SSH password was removed from the keychain.") : r.message);
    });
}

} // namespace colab
