#pragma once

#include "cloudflare/CloudflareCredentials.h"
#include "tunnels/Tunnel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace colab {

// The own-domain commands of the command line (login, dns-check, slot add/remove) and the live
// status of named tunnels in `list --json`. Cli delegates to it; exit codes are Cli's (0 done,
// 1 failed, 2 bad usage). API tokens come from the keychain (login --api-token-stdin) or
// cloudflared's cert.pem and never reach argv, a log or an error message.
class CloudflareCommands
{
    Q_DECLARE_TR_FUNCTIONS(CloudflareCommands)
public:
    CloudflareCommands(QTextStream& out, QTextStream& err, QString cloudflaredPath);

    int login(const QStringList& args);
    int dnsCheck(const QStringList& args);
    int slot(const QStringList& args);
    // The tunnels as `list --json` shows them; slots carry "named_status" (one API call per account)
    // when credentials exist.
    QJsonArray tunnelsJson(const QList<Tunnel>& tunnels);

private:
    // CloudflareCredentials::load, waited for. False with `error` empty when there simply are none.
    static bool loadCredentials(CloudflareCredentials* credentials, QString* error);
    int loginWithApiToken();
    int loginWithCloudflared(bool moveExisting, int timeoutSeconds);
    int slotAdd(const QString& name, const QString& domain);
    int slotRemove(const QString& name);
    int slotToken(const QString& name);
    // The store's slot called `name`; Success, or the exit code after saying why not.
    int findSlot(const QString& name, Tunnel* slot);
    int usageError(const QString& message);
    int failure(const QString& message);

    QTextStream& m_out;
    QTextStream& m_err;
    QString m_cloudflared;
};

} // namespace colab
