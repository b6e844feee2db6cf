#pragma once

#include "tunnels/Tunnel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace colab {

// Renders our managed block of ~/.ssh/config: one `Host colab-NAME` entry per tunnel, with the
// literal hostname (old PyCharm does not expand %h), the runtime's ProxyCommand from its provider
// (the absolute, quoted program first), a per-tunnel known-hosts file and keep-alives, closed by a scope reset (the
// block is read first in the file, see ManagedBlockEditor). Pure text; no file access.
class SshConfigBlock
{
    Q_DECLARE_TR_FUNCTIONS(SshConfigBlock)

public:
    enum class Platform { Unix, Windows };

    struct Settings
    {
        // Each runtime's ProxyCommand as argv (argv[0] absolute): its provider's route. Empty argv:
        // the program is missing, and `missingProgram` says why.
        std::function<QStringList(const Tunnel& tunnel)> proxyCommandFor;
        QString missingProgram;
        QString knownHostsDir; // absolute; one file per tunnel inside
        QString identityFile;  // absolute; empty until the app's key exists
        Platform platform = Platform::Unix;
        int serverAliveInterval = 30;
        int serverAliveCountMax = 4;
    };

    static const QString kBeginMarker;
    static const QString kEndMarker;
    // `Host *`, the last line before the end marker: the user's lines after our block apply to every
    // host again, as top-level lines would (see ManagedBlockEditor for why not `Match all`).
    static const QString kScopeReset;

    // Lines of the block, without line endings. Empty when there are no tunnels.
    // Returns false (with error) when a path cannot be written so that OpenSSH reads it back intact.
    static bool render(const QList<Tunnel>& tunnels, const Settings& settings, QStringList* lines, QString* error);

    static QString knownHostsFileFor(const Settings& settings, const QString& tunnelName);
    static Platform hostPlatform();

    // Quoting for each kind of value (public for tests).
    static QString quoteProxyProgram(const QString& path, Platform platform);
    static QString quoteFileArgument(const QString& path, Platform platform);
};

} // namespace colab
