#include "cli/CloudflareCommands.h"

#include "common/Platform.h"
#include "secrets/SecretMemory.h"
#include "service/CloudflareAccount.h"
#include "service/CloudflaredLookup.h"
#include "service/SlotSetup.h"
#include "service/TunnelRepository.h"
#include "tunnels/Validation.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace colab {

using namespace cli;

CloudflareCommands::CloudflareCommands(Terminal terminal, QString cloudflaredPath)
    : m_terminal(terminal), m_cloudflared(std::move(cloudflaredPath))
{
}

int CloudflareCommands::login(const QStringList& rawArgs)
{
    const Args args = Args::parse(rawArgs, {QStringLiteral("--timeout")},
                                  {QStringLiteral("--api-token-stdin"), QStringLiteral("--move-existing")});
    if (!args.error.isEmpty())
        return m_terminal.usage(args.error);
    if (!args.positional.isEmpty())
        return m_terminal.usage(
            tr("login takes only options: [--api-token-stdin] [--move-existing] [--timeout SECONDS]."));
    int timeoutSeconds = 0;
    if (!args.seconds(QStringLiteral("--timeout"), 1, 3600, 600, &timeoutSeconds))
        return m_terminal.usage(tr("--timeout takes seconds between 1 and 3600."));
    protectProcessHoldingSecrets();
    if (args.has(QStringLiteral("--api-token-stdin")))
        return loginWithApiToken();
    return loginWithCloudflared(args.has(QStringLiteral("--move-existing")), timeoutSeconds);
}

int CloudflareCommands::loginWithApiToken()
{
    QString token = readSecretLine(
        m_terminal.err,
        tr("Cloudflare API token (not shown; it needs Account: Cloudflare Tunnel Edit and Zone: DNS Edit): "),
        SecretKind::Token);
    if (token.isEmpty())
        return m_terminal.usage(tr("no API token was given on standard input."));
    if (const QString shape = CloudflareAccount::apiTokenShapeError(token); !shape.isEmpty()) {
        wipeSecret(token);
        return m_terminal.usage(shape);
    }
    SecretStore secrets;
    CloudflareAccount account(secrets);
    Wait wait;
    int status = Failure;
    account.keepApiToken(token, [&](bool ok, const QString& message) {
        if (ok)
            m_terminal.out << message << Qt::endl;
        status = ok ? Success : m_terminal.failure(message);
        wait.done();
    });
    wait.wait();
    return status;
}

int CloudflareCommands::loginWithCloudflared(bool moveExisting, int timeoutSeconds)
{
    const CloudflaredCheck cloudflared = CloudflaredLookup::checkNow(m_cloudflared);
    if (!cloudflared.found)
        return m_terminal.failure(cloudflared.problem);
    if (cloudflared.version.isEmpty())
        m_terminal.warn(cloudflared.problem);
    else if (cloudflared.tooOld)
        m_terminal.warn(
            tr("cloudflared %1 is more than a year old. %2").arg(cloudflared.version, cloudflared.updateHint));
    if (moveExisting && QFileInfo(CloudflareAccount::certificatePath()).isFile()) {
        QString movedTo, error;
        if (!CloudflareAccount::moveCertificateAside(&movedTo, &error))
            return m_terminal.failure(error);
        m_terminal.out << tr("Moved the old certificate aside to %1 (not deleted).").arg(movedTo) << Qt::endl;
    }

    SecretStore secrets;
    CloudflareAccount account(secrets);
    QTextStream& out = m_terminal.out;
    int status = Failure;
    Wait wait;
    QObject::connect(&account, &CloudflareAccount::loginUrl, &account, [&](const QString& url) {
        out << tr("Open this address in your browser, log in to Cloudflare and authorise a domain "
                  "(cloudflared tries to open it for you):")
            << Qt::endl
            << url << Qt::endl;
    });
    QObject::connect(&account, &CloudflareAccount::loginProgress, &account, [&](int seconds) {
        if (seconds > 0 && seconds % 30 == 0)
            m_terminal.err
                << tr("Still waiting for the login in the browser (%1 s of %2 s)...").arg(seconds).arg(timeoutSeconds)
                << Qt::endl;
    });
    QObject::connect(&account, &CloudflareAccount::loginFinished, &account,
                     [&](LoginRunner::Outcome outcome, const QString& message, const QString& certPath) {
                         wait.done();
                         QString owner, error;
                         switch (outcome) {
                         case LoginRunner::Outcome::LoggedIn:
                             out << message << Qt::endl;
                             status = Success;
                             return;
                         case LoginRunner::Outcome::ExistingCertificate:
                             if (!CloudflareAccount::certificateAccount(certPath, &owner, &error)) {
                                 status = m_terminal.failure(error);
                                 return;
                             }
                             out << message << ' '
                                 << tr("It is used as it is (account %1). To log in again instead, run: "
                                       "colab-tunnel login --move-existing (the old file is renamed, not "
                                       "deleted).")
                                        .arg(owner)
                                 << Qt::endl;
                             status = Success;
                             return;
                         case LoginRunner::Outcome::Cancelled:
                             m_terminal.warn(message);
                             status = 130; // as a shell reports Ctrl+C
                             return;
                         case LoginRunner::Outcome::TimedOut:
                         case LoginRunner::Outcome::Failed:
                             status = m_terminal.failure(message);
                             return;
                         }
                     });

    // Ctrl+C / SIGTERM / SIGHUP cancel the login cleanly (cloudflared is stopped) instead of
    // killing us mid-way.
    platform::StopRequests stopRequests;
    QObject::connect(&stopRequests, &platform::StopRequests::requested, &account, [&] { account.cancelLogin(); });
    account.startLogin(cloudflared.path, timeoutSeconds * 1000);
    wait.wait();
    return status;
}

int CloudflareCommands::dnsCheck(const QStringList& rawArgs)
{
    const Args args = Args::parse(rawArgs, {}, {QStringLiteral("--json")});
    if (!args.error.isEmpty())
        return m_terminal.usage(args.error);
    if (args.positional.size() != 1)
        return m_terminal.usage(tr("dns-check takes one DOMAIN."));
    const Validated domain = validateHostname(args.positional.first());
    if (!domain.ok())
        return m_terminal.usage(domain.error);
    SecretStore secrets;
    CloudflareAccount account(secrets);
    DnsCheck result;
    Wait checking;
    QObject::connect(&account, &CloudflareAccount::domainChecked, &account, [&](const DnsCheck& checked) {
        result = checked;
        checking.done();
    });
    account.checkDomain(domain.value);
    checking.wait();
    // A cert.pem that cannot be read is worth saying, though the name servers were still checked.
    if (!account.credentialsError().isEmpty())
        m_terminal.warn(account.credentialsError());
    QTextStream& out = m_terminal.out;
    if (args.has(QStringLiteral("--json"))) {
        out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
        return result.ready ? Success : Failure;
    }
    out << tr("%1: name servers %2")
               .arg(result.domain,
                    result.nameServers.isEmpty() ? tr("(none)") : result.nameServers.join(QStringLiteral(", ")))
        << Qt::endl;
    if (result.zoneFound)
        out << tr("Cloudflare zone: %1, assigned name servers %2")
                   .arg(result.zoneStatus, result.assignedNameServers.join(QStringLiteral(", ")))
            << Qt::endl;
    else if (!result.zoneChecked)
        out << tr("Not logged in: the zone's status was not checked (colab-tunnel login).") << Qt::endl;
    for (const QString& problem : result.problems)
        out << "- " << problem << Qt::endl;
    out << (result.ready ? tr("%1 is ready for tunnels.").arg(result.domain)
                         : tr("%1 is not ready for tunnels yet.").arg(result.domain))
        << Qt::endl;
    return result.ready ? Success : Failure;
}

int CloudflareCommands::slot(const QStringList& rawArgs)
{
    const Args args = Args::parse(rawArgs, {QStringLiteral("--domain")}, {});
    if (!args.error.isEmpty())
        return m_terminal.usage(args.error);
    const QString action = args.positional.value(0);
    if (args.positional.size() != 2 ||
        (action != QLatin1String("add") && action != QLatin1String("remove") && action != QLatin1String("token")))
        return m_terminal.usage(tr("use: slot add NAME --domain DOMAIN | slot remove NAME | slot token NAME"));
    const Validated name = validateTunnelName(args.positional.at(1));
    if (!name.ok())
        return m_terminal.usage(name.error);
    if (action != QLatin1String("add")) {
        if (args.options.contains(QStringLiteral("--domain")))
            return m_terminal.usage(tr("slot %1 takes only NAME.").arg(action));
        return action == QLatin1String("remove") ? slotRemove(name.value) : slotToken(name.value);
    }
    if (!args.options.contains(QStringLiteral("--domain")))
        return m_terminal.usage(tr("slot add needs --domain DOMAIN (a zone of your Cloudflare account)."));
    const Validated domain = validateHostname(args.value(QStringLiteral("--domain")));
    if (!domain.ok())
        return m_terminal.usage(domain.error);
    return slotAdd(name.value, domain.value);
}

int CloudflareCommands::slotAdd(const QString& name, const QString& domain)
{
    TunnelRepository repository(m_cloudflared);
    QList<Tunnel> tunnels;
    QString error;
    if (!repository.load(&tunnels, &error))
        return m_terminal.failure(error);
    const auto known = std::find_if(tunnels.cbegin(), tunnels.cend(), [&](const Tunnel& t) { return t.name == name; });
    if (const QString refusal = SlotSetup::refusal(known == tunnels.cend() ? nullptr : &*known, name, domain);
        !refusal.isEmpty())
        return m_terminal.usage(refusal);
    // Before anything is created at Cloudflare.
    if (const QString problem = repository.programProblem(name + QLatin1Char('.') + domain); !problem.isEmpty())
        return m_terminal.failure(problem);
    protectProcessHoldingSecrets();
    SecretStore secrets;
    CloudflareAccount account(secrets);
    CloudflareCredentials credentials;
    Wait loading;
    account.loadCredentials([&](const CloudflareCredentials& loaded, const QString& why) {
        credentials = loaded;
        error = why;
        loading.done();
    });
    loading.wait();
    if (!credentials.ok())
        return m_terminal.failure(error.isEmpty() ? tr("Not logged in to Cloudflare. Run colab-tunnel login first.")
                                                  : error);

    SlotSetup setup(secrets);
    bool ok = false;
    QString message;
    Wait wait;
    QObject::connect(&setup, &SlotSetup::waiting, &setup,
                     [&](const QString& reason) { m_terminal.err << reason << Qt::endl; });
    QObject::connect(&setup, &SlotSetup::progress, &setup,
                     [&](const QString& step) { m_terminal.out << step << Qt::endl; });
    QObject::connect(&setup, &SlotSetup::finished, &setup, [&](bool success, const QString& text, const QString&) {
        ok = success;
        message = text;
        wait.done();
    });
    setup.add(credentials, name, domain, known == tunnels.cend() ? QString() : known->tunnelId,
              [&repository](const QString& host, const QString& slotName, const TunnelRepository::CloudflareIds& ids,
                            const std::function<void(bool, const QString&)>& stored) {
                  const auto added = repository.add(host, slotName, ids);
                  stored(added.ok(), added.message);
              });
    wait.wait();
    if (!ok)
        return m_terminal.failure(message);
    m_terminal.out << message << Qt::endl;
    m_terminal.out << tr("Connect with: ssh %1 (once the Colab cell runs this slot's tunnel).")
                          .arg(QStringLiteral("colab-") + name)
                   << Qt::endl;
    return Success;
}

int CloudflareCommands::findSlot(const QString& name, Tunnel* slot)
{
    if (const int status = findTunnel(m_terminal, m_cloudflared, name, slot); status != Success)
        return status;
    if (slot->tunnelId.isEmpty() || slot->accountId.isEmpty() || slot->zoneId.isEmpty())
        return m_terminal.usage(tr("%1 was not made by slot add; forget it with: colab-tunnel remove %1").arg(name));
    return Success;
}

int CloudflareCommands::slotToken(const QString& name)
{
    Tunnel slot;
    if (const int status = findSlot(name, &slot); status != Success)
        return status;
    protectProcessHoldingSecrets();
    SecretStore secrets;
    CloudflareAccount account(secrets);
    QString secret;
    QString problem;
    QString note;
    Wait wait;
    account.colabSecret(slot, [&](const QString& value, const QString& failed, const QString& warning) {
        secret = copySecret(value);
        problem = failed;
        note = warning;
        wait.done();
    });
    wait.wait();
    if (!problem.isEmpty())
        return m_terminal.failure(problem);
    // Shown only on request: it goes into the notebook's Colab secret, which the cell reads.
    if (!note.isEmpty())
        m_terminal.warn(note);
    m_terminal.err << tr("Store this line as the Colab secret COLAB_TUNNEL_TOKEN (key icon in Colab's sidebar; it "
                         "holds the tunnel's run token and the slot's host key), then run colab-tunnel cell --mode "
                         "named --name %1:")
                          .arg(name)
                   << Qt::endl;
    m_terminal.out << secret << Qt::endl;
    wipeSecret(secret);
    return Success;
}

int CloudflareCommands::slotRemove(const QString& name)
{
    Tunnel slot;
    if (const int status = findSlot(name, &slot); status != Success)
        return status;
    protectProcessHoldingSecrets();
    SecretStore secrets;
    CloudflareAccount account(secrets);
    bool ok = false;
    QString message;
    Wait wait;
    QObject::connect(&account, &CloudflareAccount::waiting, &account,
                     [&](const QString& reason) { m_terminal.err << reason << Qt::endl; });
    QObject::connect(&account, &CloudflareAccount::slotProgress, &account,
                     [&](const QString& step) { m_terminal.out << step << Qt::endl; });
    QObject::connect(&account, &CloudflareAccount::slotRemoved, &account, [&](bool success, const QString& text) {
        ok = success;
        message = text;
        wait.done();
    });
    account.removeSlot(slot);
    wait.wait();
    if (!ok)
        return m_terminal.failure(message);
    const auto removed = TunnelRepository(m_cloudflared).remove(name);
    if (!removed.ok())
        return m_terminal.failure(removed.message);
    m_terminal.out << message << Qt::endl;
    return Success;
}

QJsonArray CloudflareCommands::tunnelsJson(const QList<Tunnel>& tunnels)
{
    SecretStore secrets;
    CloudflareAccount account(secrets);
    QHash<QString, QJsonObject> status;
    QString statusError;
    Wait wait;
    account.readTunnelStatus(tunnels, [&](const QHash<QString, QJsonObject>& byTunnelId, const QString& error) {
        status = byTunnelId;
        statusError = error;
        wait.done();
    });
    wait.wait();
    QJsonArray array;
    for (const Tunnel& tunnel : tunnels) {
        QJsonObject object = tunnel.toJson();
        if (!tunnel.tunnelId.isEmpty())
            object.insert(QStringLiteral("named_status"),
                          status.value(tunnel.tunnelId,
                                       QJsonObject{{QStringLiteral("status"), QStringLiteral("unknown")},
                                                   {QStringLiteral("error"),
                                                    statusError.isEmpty() ? tr("the tunnel is not in the account")
                                                                          : statusError}}));
        array.append(object);
    }
    return array;
}

} // namespace colab
