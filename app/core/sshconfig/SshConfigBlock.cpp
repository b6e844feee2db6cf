#include "sshconfig/SshConfigBlock.h"

#include "common/Text.h"

#include <QRegularExpression>

namespace colab {

const QString SshConfigBlock::kBeginMarker =
    QStringLiteral("# >>> colab-tunnel managed block >>> (written by Colab Tunnel; edits inside are replaced)");
const QString SshConfigBlock::kEndMarker = QStringLiteral("# <<< colab-tunnel managed block <<<");
const QString SshConfigBlock::kScopeReset = QStringLiteral("Host *");

namespace {

// OpenSSH splits config lines into words, with quotes and backslashes as its own syntax, before it
// uses them; on Unix these characters cannot be quoted so that every OpenSSH version gives the path
// back unchanged (on Windows a backslash is the separator and is written as '/').
bool hasUnsafeCharacter(const QString& path, SshConfigBlock::Platform platform, QString* which)
{
    for (QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            *which = SshConfigBlock::tr("a control character");
            return true;
        }
        if (c == QLatin1Char('"')) {
            *which = SshConfigBlock::tr("a double quote");
            return true;
        }
        if (platform == SshConfigBlock::Platform::Unix && c == QLatin1Char('\'')) {
            *which = SshConfigBlock::tr("a single quote");
            return true;
        }
        if (platform == SshConfigBlock::Platform::Unix && c == QLatin1Char('\\')) {
            *which = SshConfigBlock::tr("a backslash");
            return true;
        }
    }
    return false;
}

// ssh expands %-tokens in these options; a literal % must be doubled.
QString escapeTokens(QString value)
{
    return value.replace(QLatin1Char('%'), QLatin1String("%%"));
}

bool checkPath(const QString& path, SshConfigBlock::Platform platform, QString* error)
{
    QString which;
    if (!hasUnsafeCharacter(path, platform, &which))
        return true;
    *error = SshConfigBlock::tr("The path %1 contains %2, which OpenSSH cannot read back from an ssh config file; "
                                "use a location without it (spaces are fine).")
                 .arg(withoutControlCharacters(path), which);
    return false;
}

} // namespace

SshConfigBlock::Platform SshConfigBlock::hostPlatform()
{
#ifdef Q_OS_WIN
    return Platform::Windows;
#else
    return Platform::Unix;
#endif
}

QString SshConfigBlock::quoteProxyProgram(const QString& path, Platform platform)
{
    // ssh hands ProxyCommand verbatim to `/bin/sh -c "exec …"` on Unix, to CreateProcess on Windows.
    if (platform == Platform::Windows)
        return QLatin1Char('"') + escapeTokens(path) + QLatin1Char('"');
    static const QString plain =
        QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-+,:@");
    bool needsQuotes = path.isEmpty();
    for (QChar c : path)
        needsQuotes = needsQuotes || !plain.contains(c);
    if (!needsQuotes)
        return escapeTokens(path);
    QString quoted = path;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + escapeTokens(quoted) + QLatin1Char('\'');
}

QString SshConfigBlock::quoteFileArgument(const QString& path, Platform platform)
{
    QString value = path;
    if (platform == Platform::Windows)
        value.replace(QLatin1Char('\\'), QLatin1Char('/')); // OpenSSH for Windows accepts '/', and '\' escapes
    return QLatin1Char('"') + escapeTokens(value) + QLatin1Char('"');
}

QString SshConfigBlock::knownHostsFileFor(const Settings& settings, const QString& tunnelName)
{
    const QChar sep = settings.platform == Platform::Windows && settings.knownHostsDir.contains(QLatin1Char('\\'))
                          ? QLatin1Char('\\')
                          : QLatin1Char('/');
    return settings.knownHostsDir + sep + tunnelName;
}

bool SshConfigBlock::render(const QList<Tunnel>& tunnels, const Settings& settings, QStringList* lines, QString* error)
{
    lines->clear();
    if (tunnels.isEmpty())
        return true;
    QStringList proxyCommands;
    for (const Tunnel& tunnel : tunnels) {
        const QStringList argv = settings.proxyCommandFor ? settings.proxyCommandFor(tunnel) : QStringList();
        if (argv.isEmpty()) {
            *error = settings.missingProgram.isEmpty()
                         ? tr("cloudflared was not found; install it or choose its location first.")
                         : settings.missingProgram;
            return false;
        }
        // The program is quoted; the rest are the provider's own words and the validated hostname.
        static const QRegularExpression plainWord(QStringLiteral("^[A-Za-z0-9._:/@=+,-]+$"));
        for (const QString& word : argv.mid(1)) {
            if (!plainWord.match(word).hasMatch()) {
                *error = tr("The proxy command for %1 has the word %2, which cannot be written unquoted.")
                             .arg(tunnel.name, withoutControlCharacters(word));
                return false;
            }
        }
        QStringList words{quoteProxyProgram(argv.first(), settings.platform)};
        for (const QString& word : argv.mid(1))
            words << escapeTokens(word);
        proxyCommands << words.join(QLatin1Char(' '));
        if (!checkPath(argv.first(), settings.platform, error))
            return false;
    }
    for (const QString& path : {settings.knownHostsDir, settings.identityFile})
        if (!checkPath(path, settings.platform, error))
            return false;
    *lines << kBeginMarker;
    for (int i = 0; i < tunnels.size(); ++i) {
        const Tunnel& tunnel = tunnels.at(i);
        *lines << QStringLiteral("Host %1").arg(tunnel.alias())
               << QStringLiteral("    HostName %1").arg(tunnel.hostname) << QStringLiteral("    User root")
               << QStringLiteral("    Port 22") << QStringLiteral("    ProxyCommand %1").arg(proxyCommands.at(i))
               << QStringLiteral("    UserKnownHostsFile %1")
                      .arg(quoteFileArgument(knownHostsFileFor(settings, tunnel.name), settings.platform))
               << QStringLiteral("    StrictHostKeyChecking accept-new")
               << QStringLiteral("    ServerAliveInterval %1").arg(settings.serverAliveInterval)
               << QStringLiteral("    ServerAliveCountMax %1").arg(settings.serverAliveCountMax);
        if (!settings.identityFile.isEmpty())
            *lines << QStringLiteral("    IdentityFile %1")
                          .arg(quoteFileArgument(settings.identityFile, settings.platform))
                   << QStringLiteral("    IdentitiesOnly yes");
    }
    *lines << kScopeReset << kEndMarker;
    return true;
}

} // namespace colab
