#pragma once

#include <QString>

namespace colab {

// Where the app keeps its files. Follows QStandardPaths, so XDG_CONFIG_HOME / XDG_DATA_HOME are
// honoured; the ssh config lives under $HOME (as ssh itself expects).
class AppPaths
{
public:
    static QString dataDir();
    static QString configDir();
    static QString tunnelStoreFile();
    static QString knownHostsDir();
    static QString privateKeyFile();
    static QString sshDir();
    static QString sshConfigFile();
    // Ensures a directory exists with owner-only permissions.
    static bool ensurePrivateDir(const QString& path);
};

} // namespace colab
