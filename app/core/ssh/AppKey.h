#pragma once

#include <QString>

namespace colab {

// The app's own ed25519 key pair (OpenSSH format, private key 0600), made with libssh on first
// need. Its public half goes into the runtime's authorized_keys so IDE logins need no password.
class AppKey
{
public:
    explicit AppKey(QString privateKeyFile);

    bool exists() const;
    // Creates the pair when missing. Returns false with a plain-words error.
    bool ensure(QString* error);
    QString privateKeyFile() const { return m_file; }
    QString publicKeyFile() const { return m_file + QStringLiteral(".pub"); }
    QString publicKeyLine() const; // "ssh-ed25519 AAAA… colab-tunnel"

private:
    QString m_file;
};

} // namespace colab
