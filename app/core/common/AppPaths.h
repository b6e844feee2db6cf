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
    // Each runtime's stable local port for IDEs (ide/StablePorts).
    static QString localPortsFile();
    static QString knownHostsDir();
    static QString privateKeyFile();
    static QString sshDir();
    static QString sshConfigFile();
    // Ensures a directory exists with owner-only permissions.
    static bool ensurePrivateDir(const QString& path);
    // A folder for sockets that only this user can reach: $XDG_RUNTIME_DIR/colab-tunnel when that
    // folder is ours and private, else /tmp/colab-tunnel-UID (created 0700, refused when it is
    // someone else's, a symlink, or open to others). Empty when no such folder can be had.
    static QString privateRuntimeDir();
    // True when `path` is a real directory (not a symlink) owned by this user with no group or
    // other permissions.
    static bool isPrivateDirOfOurs(const QString& path);
};

} // namespace colab
