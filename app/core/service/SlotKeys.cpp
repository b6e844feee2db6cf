#include "service/SlotKeys.h"

#include "secrets/SecretMemory.h"
#include "ssh/SlotHostKey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace colab {

bool SlotKeys::pin(const QString& knownHostsFile, const QString& line, bool* replaced, QString* error)
{
    const QByteArray wanted = line.toUtf8() + '\n';
    QFile current(knownHostsFile);
    const QByteArray before = current.open(QIODevice::ReadOnly) ? current.readAll() : QByteArray();
    current.close();
    *replaced = !before.trimmed().isEmpty() && before != wanted;
    if (before == wanted)
        return true;
    QDir().mkpath(QFileInfo(knownHostsFile).absolutePath());
    QSaveFile file(knownHostsFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(wanted) != wanted.size() ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit()) {
        *error = tr("Cannot write the slot's host key to %1 (%2); make sure the folder is writable and the disk is "
                    "not full.")
                     .arg(knownHostsFile, file.errorString());
        return false;
    }
    return true;
}

void SlotKeys::ensure(SecretStore& store, const QString& slotName, const QString& hostname,
                      const QString& knownHostsFile, const std::function<void(const Pinned&)>& done)
{
    const QString key = SlotHostKey::keychainKey(slotName);
    const auto pinKey = [hostname, knownHostsFile, done](QString privateKey, bool made) {
        Pinned pinned;
        const QString publicKey = SlotHostKey::publicKeyOf(privateKey, &pinned.message);
        wipeSecret(privateKey);
        if (publicKey.isEmpty())
            return done(pinned);
        if (!pin(knownHostsFile, SlotHostKey::knownHostsLine(hostname, publicKey), &pinned.replaced, &pinned.message))
            return done(pinned);
        pinned.ok = true;
        pinned.message =
            pinned.replaced
                ? tr("The slot's own host key is pinned for %1; the keys its earlier runtimes had are no longer "
                     "trusted. Put the new Colab secret in the notebook (colab-tunnel slot token) and run the "
                     "cell again.")
                      .arg(hostname)
            : made ? tr("Made the slot's own host key and pinned it for %1: every runtime of this slot "
                        "presents it, so a new runtime raises no host-key alarm.")
                         .arg(hostname)
                   : tr("The slot's host key is pinned for %1.").arg(hostname);
        done(pinned);
    };
    store.read(key, [&store, key, pinKey, done](const SecretStore::Result& kept) {
        SecretStore::Result spent = kept;
        if (kept.ok() && !kept.value.isEmpty()) {
            QString privateKey = copySecret(kept.value);
            wipeSecret(spent.value);
            return pinKey(privateKey, false);
        }
        if (kept.status != SecretStore::Status::NotFound && !kept.ok()) {
            Pinned failed;
            failed.message = tr("The slot's host key could not be read from the keychain: %1").arg(kept.message);
            return done(failed);
        }
        QString privateKey;
        Pinned notMade;
        if (!SlotHostKey::generate(&privateKey, &notMade.message))
            return done(notMade);
        store.write(key, privateKey, [pinKey, done, privateKey](const SecretStore::Result& written) mutable {
            if (!written.ok()) {
                wipeSecret(privateKey);
                Pinned failed;
                failed.message = tr("The slot's host key could not be kept in the keychain (%1), so no runtime "
                                    "could be given it. Make the keychain available and run the same command again.")
                                     .arg(written.message);
                return done(failed);
            }
            pinKey(privateKey, true);
        });
    });
}

void SlotKeys::pinKept(SecretStore& store, const QString& slotName, const QString& hostname,
                       const QString& knownHostsFile, const std::function<void(bool)>& done)
{
    store.read(SlotHostKey::keychainKey(slotName), [hostname, knownHostsFile, done](const SecretStore::Result& kept) {
        SecretStore::Result spent = kept;
        QString error;
        const QString publicKey = kept.ok() ? SlotHostKey::publicKeyOf(kept.value, &error) : QString();
        wipeSecret(spent.value);
        bool replaced = false;
        done(!publicKey.isEmpty() &&
             pin(knownHostsFile, SlotHostKey::knownHostsLine(hostname, publicKey), &replaced, &error));
    });
}

void SlotKeys::colabSecret(SecretStore& store, const QString& slotName, const QString& runToken,
                           const std::function<void(const QString&, const QString&)>& done)
{
    QString token = copySecret(runToken);
    store.read(SlotHostKey::keychainKey(slotName), [slotName, token, done](const SecretStore::Result& kept) mutable {
        SecretStore::Result spent = kept;
        if (!kept.ok() || kept.value.isEmpty()) {
            wipeSecret(spent.value);
            done(token, tr("The slot %1 has no host key of its own yet, so every new runtime will raise a host-key "
                           "alarm. Run colab-tunnel slot add for it again (or the setup wizard) to make one.")
                            .arg(slotName));
            wipeSecret(token);
            return;
        }
        QString secret = SlotHostKey::colabSecret(token, kept.value);
        wipeSecret(spent.value);
        wipeSecret(token);
        done(secret, {});
        wipeSecret(secret);
    });
}

} // namespace colab
