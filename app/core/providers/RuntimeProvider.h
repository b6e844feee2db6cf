#pragma once

#include "tunnels/Tunnel.h"

#include <QString>
#include <QStringList>

namespace colab {

// The programs the user chose for reaching runtimes (command line, settings); empty = locate.
struct ProgramChoices
{
    QString cloudflared;
};

// How SSH reaches one runtime's sshd: a program whose stdin/stdout are joined to it (the probe, the
// live session, the app's local port for PyCharm and the alias's ProxyCommand all run this one
// command line), or what to install when that program is missing.
struct SshRoute
{
    QStringList proxyCommand; // argv; argv[0] absolute
    // A program that itself listens on 127.0.0.1:PORT and carries each connection to the runtime
    // (PyCharm's port when the app does not forward one); "%port" stands for the port. Empty: none.
    QStringList portForwardCommand;
    QString error;
    bool ok() const { return error.isEmpty() && !proxyCommand.isEmpty(); }
};

// One way into a runtime (ARCHITECTURE.md, "three ways in"). Each provider lives in providers/ and
// is registered once in RuntimeProviders; the rest of the app asks for a runtime's route and never
// names the program behind it.
class RuntimeProvider
{
public:
    virtual ~RuntimeProvider() = default;
    // Whether this provider carries `tunnel` (by its kind).
    virtual bool serves(const Tunnel& tunnel) const = 0;
    // The program behind the route, for people ("cloudflared").
    virtual QString programName() const = 0;
    // Locates the program (explicit choice first) and says how it reaches `tunnel`.
    virtual SshRoute route(const Tunnel& tunnel, const ProgramChoices& programs) const = 0;
};

// The registered providers.
class RuntimeProviders
{
public:
    // The provider of `tunnel`; every kind has one.
    static const RuntimeProvider& of(const Tunnel& tunnel);
    static SshRoute route(const Tunnel& tunnel, const ProgramChoices& programs)
    {
        return of(tunnel).route(tunnel, programs);
    }
};

} // namespace colab
