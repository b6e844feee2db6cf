#include "SshdFixture.h"

#include "TestEnv.h"

#include <QDir>
#include <QFile>

namespace colab::test {

SshdFixture::SshdFixture(QString rootPassword, QString nvidiaSmiScript)
    : m_password(std::move(rootPassword)), m_nvidiaSmi(std::move(nvidiaSmiScript))
{
}

SshdFixture::~SshdFixture()
{
    stop();
}

QString SshdFixture::cloudflaredMapFile()
{
    return qEnvironmentVariable("COLAB_TEST_SCRATCH", QDir::tempPath()) + QStringLiteral("/cloudflared.map");
}

bool SshdFixture::start(QString* error)
{
    // A restart keeps the folder: the same host key and /root, as a runtime that comes back.
    if (m_dir.isEmpty())
        m_dir = makeScratchDir(QStringLiteral("sshd"));
    QStringList arguments{QStringLiteral("start"), m_dir};
    if (!m_nvidiaSmi.isEmpty()) {
        const QString bin = m_dir + QStringLiteral("/bin");
        writeFile(bin + QStringLiteral("/nvidia-smi"), m_nvidiaSmi.toUtf8());
        QFile::setPermissions(bin + QStringLiteral("/nvidia-smi"), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                                       QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                                       QFileDevice::ExeOther);
        arguments << QStringLiteral("--bin") << bin;
    }
    const ProcessResult result =
        runProcess(fixturesDir() + QStringLiteral("/sshd-fixture.sh"), arguments, m_password.toUtf8() + '\n', 30000);
    if (result.exitCode != 0) {
        *error = QString::fromUtf8(result.err);
        return false;
    }
    m_port = QString::fromUtf8(result.out).section(QLatin1Char(' '), 0, 0).toInt();
    qputenv("FAKE_CLOUDFLARED_MAP", cloudflaredMapFile().toUtf8());
    return m_port > 0;
}

void SshdFixture::useHostKey(const QString& privateKey)
{
    if (m_dir.isEmpty())
        m_dir = makeScratchDir(QStringLiteral("sshd"));
    const QString key = m_dir + QStringLiteral("/etc/ssh_host_ed25519_key");
    QDir().mkpath(m_dir + QStringLiteral("/etc"));
    writeFile(key, privateKey.toUtf8());
    QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void SshdFixture::stop()
{
    if (m_dir.isEmpty() || m_port == 0)
        return;
    runProcess(fixturesDir() + QStringLiteral("/sshd-fixture.sh"), {QStringLiteral("stop"), m_dir});
    m_port = 0;
}

QString SshdFixture::log() const
{
    return QString::fromUtf8(readFile(m_dir + QStringLiteral("/sshd.log")));
}

void SshdFixture::mapHostname(const QString& hostname)
{
    // One line per hostname: a later fixture takes the name over (a new runtime, same hostname).
    QStringList lines;
    for (const QString& line : QString::fromUtf8(readFile(cloudflaredMapFile())).split(QLatin1Char('\n')))
        if (!line.isEmpty() && line.section(QLatin1Char(' '), 0, 0) != hostname)
            lines << line;
    lines << QStringLiteral("%1 %2").arg(hostname).arg(m_port);
    writeFile(cloudflaredMapFile(), (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
}

} // namespace colab::test
