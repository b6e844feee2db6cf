#pragma once

#include "cli/CommandLine.h"
#include "tunnels/Tunnel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace colab {

// The own-domain commands of the command line (login, dns-check, slot add/remove/token) and the
// live status of named tunnels in `list --json`: each parses, asks the service's CloudflareAccount
// or SlotSetup, waits, and prints. API tokens come from the keychain (login --api-token-stdin) or
// cloudflared's cert.pem and never reach argv, a log or an error message.
class CloudflareCommands
{
    Q_DECLARE_TR_FUNCTIONS(CloudflareCommands)
public:
    CloudflareCommands(cli::Terminal terminal, QString cloudflaredPath);

    int login(const QStringList& args);
    int dnsCheck(const QStringList& args);
    int slot(const QStringList& args);
    // The tunnels as `list --json` shows them; slots carry "named_status" (one API call per account)
    // when credentials exist.
    QJsonArray tunnelsJson(const QList<Tunnel>& tunnels);

private:
    int loginWithApiToken();
    int loginWithCloudflared(bool moveExisting, int timeoutSeconds);
    int slotAdd(const QString& name, const QString& domain);
    int slotRemove(const QString& name);
    int slotToken(const QString& name);
    // The store's slot called `name`; Success, or the exit code after saying why not.
    int findSlot(const QString& name, Tunnel* slot);

    cli::Terminal m_terminal;
    QString m_cloudflared;
};

} // namespace colab
