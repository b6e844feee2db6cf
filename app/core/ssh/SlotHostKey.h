#pragma once

#include <QCoreApplication>
#include <QString>

namespace colab {

// A slot's own SSH host key. Every new Colab VM would make new host keys, so a slot's stable
// hostname would raise a changed-key alarm on each new runtime; instead the app makes one ed25519
// key per slot, pins its public half in the slot's known-hosts file before any runtime exists, and
// the named cell installs the private half (from the slot's Colab secret) as the runtime's host key.
class SlotHostKey
{
    Q_DECLARE_TR_FUNCTIONS(SlotHostKey)
public:
    // The keychain entry of a slot's private host key (kept nowhere else on this computer).
    static QString keychainKey(const QString& slotName) { return QStringLiteral("slot-host-key:") + slotName; }

    // A new key: `privateKey` is OpenSSH's private key text (a secret: the caller wipes it).
    static bool generate(QString* privateKey, QString* error);
    // "ssh-ed25519 AAAA…" of a private key made by generate(); empty with `error` set when it is not one.
    static QString publicKeyOf(const QString& privateKey, QString* error);
    // The known-hosts line that pins it for `hostname` (port 22: the plain name, as OpenSSH writes it).
    static QString knownHostsLine(const QString& hostname, const QString& publicKey);

    // The value of the slot's Colab secret: the tunnel's run token and the host key, one line of
    // JSON ({"token": …, "host_key": …}) that the named cell reads. A secret: the caller wipes it.
    static QString colabSecret(const QString& runToken, const QString& privateKey);
};

} // namespace colab
