#include "ssh/SlotHostKey.h"

#include "secrets/SecretMemory.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <libssh/libssh.h>
#include <memory>

namespace colab {

namespace {

struct SlotKeyFree
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using SlotKey = std::unique_ptr<ssh_key_struct, SlotKeyFree>;

} // namespace

bool SlotHostKey::generate(QString* privateKey, QString* error)
{
    ssh_key raw = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &raw) != SSH_OK) {
        *error = tr("libssh could not generate an ed25519 host key for the slot.");
        return false;
    }
    const SlotKey key(raw);
    char* base64 = nullptr;
    if (ssh_pki_export_privkey_base64(key.get(), nullptr, nullptr, nullptr, &base64) != SSH_OK) {
        *error = tr("libssh could not write the slot's host key.");
        return false;
    }
    *privateKey = QString::fromLatin1(base64);
    for (volatile char* c = base64; *c; ++c)
        *c = 0;
    ssh_string_free_char(base64);
    return true;
}

QString SlotHostKey::publicKeyOf(const QString& privateKey, QString* error)
{
    QByteArray text = privateKey.toLatin1();
    ssh_key raw = nullptr;
    const int imported = ssh_pki_import_privkey_base64(text.constData(), nullptr, nullptr, nullptr, &raw);
    wipeSecret(text);
    if (imported != SSH_OK || ssh_key_type(raw) != SSH_KEYTYPE_ED25519) {
        ssh_key_free(raw);
        *error = tr("The slot's host key in the keychain is not an ed25519 private key.");
        return {};
    }
    const SlotKey key(raw);
    char* base64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key.get(), &base64) != SSH_OK) {
        *error = tr("libssh could not read the public half of the slot's host key.");
        return {};
    }
    QString line = QStringLiteral("ssh-ed25519 ") + QString::fromLatin1(base64);
    ssh_string_free_char(base64);
    return line;
}

QString SlotHostKey::knownHostsLine(const QString& hostname, const QString& publicKey)
{
    return hostname + QLatin1Char(' ') + publicKey;
}

QString SlotHostKey::colabSecret(const QString& runToken, const QString& privateKey)
{
    QByteArray json =
        QJsonDocument(QJsonObject{{QStringLiteral("token"), runToken}, {QStringLiteral("host_key"), privateKey}})
            .toJson(QJsonDocument::Compact);
    QString value = QString::fromUtf8(json);
    wipeSecret(json);
    return value;
}

} // namespace colab
