#pragma once

#include <QString>

namespace colab::test {

// A real OpenSSH server for one test (see fixtures/sshd-fixture.sh): root login by password on
// 127.0.0.1, with its own /root. Stopped (with every session) on destruction, even when the test
// fails. Hostnames mapped with mapHostname() are reachable through the cloudflared stand-in.
class SshdFixture
{
public:
    explicit SshdFixture(QString rootPassword, QString nvidiaSmiScript = {});
    ~SshdFixture();
    SshdFixture(const SshdFixture&) = delete;
    SshdFixture& operator=(const SshdFixture&) = delete;

    // After stop(), starts again with the same host key and /root, on a new port (mapped hostnames
    // must be mapped again).
    bool start(QString* error);
    // Before start(): the server's host key is this OpenSSH private key (a slot's, as the named
    // cell installs it) instead of one of its own.
    void useHostKey(const QString& privateKey);
    void stop();
    bool isRunning() const { return m_port > 0; }

    int port() const { return m_port; }
    QString rootHome() const { return m_dir + QStringLiteral("/root"); }
    // What the runtime sees as /usr/local/bin (with the fake nvidia-smi): files here appear there.
    QString binDir() const { return m_dir + QStringLiteral("/bin"); }
    QString log() const;
    // Makes `hostname` reach this sshd through the cloudflared stand-in.
    void mapHostname(const QString& hostname);

    static QString cloudflaredMapFile();

private:
    QString m_password;
    QString m_nvidiaSmi;
    QString m_dir;
    int m_port = 0;
};

} // namespace colab::test
