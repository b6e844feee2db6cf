#pragma once

#include <QCoreApplication>
#include <QString>

namespace colab {

// The app's own ed25519 key pair (OpenSSH format, private key 0600), made with libssh on first
// need. Its public half goes into the runtime's authorized_keys so IDE logins need no password.
class AppKey
{
    Q_DECLARE_TR_FUNCTIONS(AppKey)
public:
    explicit AppKey(QString privateKeyFile);

    // Both halves are there. Once true, they belong together: ensure() puts the private key in
    // place first and the public key last, each with one atomic rename.
    bool exists() const;
    // Creates the pair when missing, exactly once however many threads and processes ask at the
    // same time (they wait for the first). A private key left without its public half is kept
    // (it may be authorised on runtimes already) and its public half is written again. Returns
    // false with a plain-words error.
    bool ensure(QString* error);
    QString privateKeyFile() const { return m_file; }
    QString publicKeyFile() const { return m_file + QStringLiteral(".pub"); }
    QString publicKeyLine() const; // "ssh-ed25519 AAAA… colab-tunnel"

private:
    bool create(QString* error);

    QString m_file;
};

} // namespace colab
