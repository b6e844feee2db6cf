#include "cli/CloudflareCommands.h"

#include "cli/StdinLine.h"
#include "cloudflare/CloudflareApi.h"
#include "cloudflare/CloudflaredLocator.h"
#include "cloudflare/CloudflaredVersion.h"
#include "cloudflare/DnsCheck.h"
#include "cloudflare/LoginRunner.h"
#include "cloudflare/NamedTunnelStatus.h"
#include "cloudflare/OriginCert.h"
#include "cloudflare/SlotManager.h"
#include "common/AppPaths.h"
#include "common/Platform.h"
#include "secrets/SecretMemory.h"
#include "secrets/SecretStore.h"
#include "service/SlotSetup.h"
#include "service/TunnelRepository.h"
#include "ssh/SlotHostKey.h"
#include "tunnels/TunnelStore.h"
#include "tunnels/Validation.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <cerrno>

namespace colab {

namespace {

enum Exit { Success = 0, Failure = 1, Usage = 2 };

// "--opt value", "--opt=value", flags and positionals; unknown options are an error.
struct Options
{
    QHash<QString, QString> values;
    QStringList flags;
    QStringList positional;
    QString error;

    Options(const QStringList& args, const QStringList& valueOptions, const QStringList& flagOptions)
    {
        for (int i = 0; i < args.size() && error.isEmpty(); ++i) {
            const QString& arg = args.at(i);
            const QString key = arg.section(QLatin1Char('='), 0, 0);
            if (valueOptions.contains(key)) {
                const QString value =
                    arg.contains(QLatin1Char('=')) ? arg.section(QLatin1Char('='), 1) : args.value(++i);
                if (value.trimmed().isEmpty())
                    error = CloudflareCommands::tr("%1 needs a value.").arg(key);
                values.insert(key, value);
            } else if (flagOptions.contains(arg)) {
                flags << arg;
            } else if (arg.startsWith(QLatin1String("--"))) {
                error = CloudflareCommands::tr("unknown option %1.").arg(arg.left(40));
            } else {
                positional << arg;
            }
        }
    }
};

// One secret line from descriptor 0 (see readLineFromStdin); a pasted token may end in spaces.
QString readSecretFromStdin()
{
    char buffer[4096];
    int size = readLineFromStdin(buffer, int(sizeof buffer));
    while (size > 0 && (buffer[size - 1] == ' ' || buffer[size - 1] == '\r'))
        --size;
    QString secret = QString::fromUtf8(buffer, size);
    volatile char* bytes = buffer;
    for (size_t i = 0; i < sizeof buffer; ++i)
        bytes[i] = 0;
    return secret;
}

SecretStore::Result keychain(void (SecretStore::*op)(const QString&, const SecretStore::Callback&), const QString& key)
{
    SecretStore store;
    SecretStore::Result result;
    QEventLoop loop;
    (store.*op)(key, [&](const SecretStore::Result& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

SecretStore::Result keychainWrite(const QString& key, const QString& value)
{
    SecretStore store;
    SecretStore::Result result;
    QEventLoop loop;
    store.write(key, value, [&](const SecretStore::Result& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace

CloudflareCommands::CloudflareCommands(QTextStream& out, QTextStream& err, QString cloudflaredPath)
    : m_out(out), m_err(err), m_cloudflared(std::move(cloudflaredPath))
{
}

int CloudflareCommands::usageError(const QString& message)
{
    m_err << "colab-tunnel: " << message << Qt::endl;
    return Usage;
}

int CloudflareCommands::failure(const QString& message)
{
    m_err << "colab-tunnel: " << message << Qt::endl;
    return Failure;
}

bool CloudflareCommands::loadCredentials(CloudflareCredentials* credentials, QString* error)
{
    SecretStore store;
    bool answered = false;
    QEventLoop loop;
    CloudflareCredentials::load(store, [&](const CloudflareCredentials& loaded, const QString& why) {
        *credentials = loaded;
        *error = why;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return credentials->ok();
}

int CloudflareCommands::login(const QStringList& rawArgs)
{
    const Options args(rawArgs, {QStringLiteral("--timeout")},
                       {QStringLiteral("--api-token-stdin"), QStringLiteral("--move-existing")});
    if (!args.error.isEmpty())
        return usageError(args.error);
    if (!args.positional.isEmpty())
        return usageError(tr("login takes only options: [--api-token-stdin] [--move-existing] [--timeout SECONDS]."));
    int timeoutSeconds = 600;
    if (args.values.contains(QStringLiteral("--timeout"))) {
        bool ok = false;
        timeoutSeconds = args.values.value(QStringLiteral("--timeout")).toInt(&ok);
        if (!ok || timeoutSeconds < 1 || timeoutSeconds > 3600)
            return usageError(tr("--timeout takes seconds between 1 and 3600."));
    }
    protectProcessHoldingSecrets();
    if (args.flags.contains(QStringLiteral("--api-token-stdin")))
        return loginWithApiToken();
    return loginWithCloudflared(args.flags.contains(QStringLiteral("--move-existing")), timeoutSeconds);
}

int CloudflareCommands::loginWithApiToken()
{
    if (platform::stdinIsTerminal())
        m_err << tr("Cloudflare API token (not shown; it needs Account: Cloudflare Tunnel Edit and Zone: DNS Edit): ")
              << Qt::flush;
    QString token = readSecretFromStdin();
    if (token.isEmpty())
        return usageError(tr("no API token was given on standard input."));
    if (token.size() > 1024 || token.contains(QLatin1Char(' '))) {
        wipeSecret(token);
        return usageError(tr("that is not an API token (at most 1024 characters, no spaces)."));
    }
    CloudflareApi api(token);
    ApiReply verified;
    QEventLoop loop;
    api.verifyToken({}, [&](const ApiReply& reply) {
        verified = reply;
        loop.quit();
    });
    loop.exec();
    if (!verified.ok()) {
        wipeSecret(token);
        return failure(tr("Cloudflare refused the API token: %1").arg(verified.errorText()));
    }
    const SecretStore::Result stored = keychainWrite(QLatin1String(SecretStore::kCloudflareTokenKey), token);
    wipeSecret(token);
    if (!stored.ok())
        return failure(tr("The API token is valid but could not be kept: %1").arg(stored.message));
    m_out << tr("The Cloudflare API token is valid and stored in the system keychain.") << Qt::endl;
    return Success;
}

int CloudflareCommands::loginWithCloudflared(bool moveExisting, int timeoutSeconds)
{
    const auto located = CloudflaredLocator::locate(m_cloudflared);
    if (!located.ok())
        return failure(located.error);
    QString versionError;
    const CloudflaredVersion version = CloudflaredVersion::query(located.path, &versionError);
    if (!version.isValid())
        m_err << "colab-tunnel: " << versionError << Qt::endl;
    else if (version.isTooOld(QDate::currentDate()))
        m_err << "colab-tunnel: "
              << tr("cloudflared %1 is more than a year old. %2")
                     .arg(version.toString(), CloudflaredVersion::updateHint())
              << Qt::endl;
    if (moveExisting && QFileInfo(LoginRunner::expectedCertPath()).isFile()) {
        QString movedTo, error;
        if (!LoginRunner::moveAside(LoginRunner::expectedCertPath(), &movedTo, &error))
            return failure(error);
        m_out << tr("Moved the old certificate aside to %1 (not deleted).").arg(movedTo) << Qt::endl;
    }

    LoginRunner runner;
    runner.setTimeoutMs(timeoutSeconds * 1000);
    int status = Failure;
    QEventLoop loop;
    QObject::connect(&runner, &LoginRunner::loginUrl, &runner, [&](const QString& url) {
        m_out << tr("Open this address in your browser, log in to Cloudflare and authorise a domain "
                    "(cloudflared tries to open it for you):")
              << Qt::endl
              << url << Qt::endl;
    });
    QObject::connect(&runner, &LoginRunner::progress, &runner, [&](int seconds) {
        if (seconds > 0 && seconds % 30 == 0)
            m_err << tr("Still waiting for the login in the browser (%1 s of %2 s)...").arg(seconds).arg(timeoutSeconds)
                  << Qt::endl;
    });
    QObject::connect(&runner, &LoginRunner::finished, &runner,
                     [&](LoginRunner::Outcome outcome, const QString& message, const QString& certPath) {
                         switch (outcome) {
                         case LoginRunner::Outcome::LoggedIn:
                             m_out << message << Qt::endl;
                             status = Success;
                             break;
                         case LoginRunner::Outcome::ExistingCertificate: {
                             OriginCert cert;
                             QString error;
                             if (!OriginCert::load(certPath, &cert, &error)) {
                                 status = failure(error);
                                 break;
                             }
                             wipeSecret(cert.apiToken);
                             m_out << message << ' '
                                   << tr("It is used as it is (account %1). To log in again instead, run: "
                                         "colab-tunnel login --move-existing (the old file is renamed, not "
                                         "deleted).")
                                          .arg(cert.accountId.isEmpty() ? tr("unknown") : cert.accountId)
                                   << Qt::endl;
                             status = Success;
                             break;
                         }
                         case LoginRunner::Outcome::Cancelled:
                             failure(message);
                             status = 130; // as a shell reports Ctrl+C
                             break;
                         case LoginRunner::Outcome::TimedOut:
                         case LoginRunner::Outcome::Failed:
                             status = failure(message);
                             break;
                         }
                         loop.quit();
                     });

    // Ctrl+C / SIGTERM / SIGHUP cancel the login cleanly (cloudflared is stopped) instead of
    // killing us mid-way.
    platform::StopRequests stopRequests;
    QObject::connect(&stopRequests, &platform::StopRequests::requested, &runner, [&] { runner.cancel(); });
    runner.start(located.path);
    loop.exec();
    return status;
}

int CloudflareCommands::dnsCheck(const QStringList& rawArgs)
{
    const Options args(rawArgs, {}, {QStringLiteral("--json")});
    if (!args.error.isEmpty())
        return usageError(args.error);
    if (args.positional.size() != 1)
        return usageError(tr("dns-check takes one DOMAIN."));
    const Validated domain = validateHostname(args.positional.first());
    if (!domain.ok())
        return usageError(domain.error);
    CloudflareCredentials credentials;
    QString error;
    const bool haveCredentials = loadCredentials(&credentials, &error);
    if (!error.isEmpty())
        m_err << "colab-tunnel: " << error << Qt::endl;
    QScopedPointer<CloudflareApi> api(haveCredentials ? new CloudflareApi(credentials.apiToken, credentials.endpoint)
                                                      : nullptr);
    DnsCheck check;
    DnsCheck::Result result;
    QEventLoop loop;
    QObject::connect(&check, &DnsCheck::finished, &check, [&](const DnsCheck::Result& r) {
        result = r;
        loop.quit();
    });
    check.check(domain.value, api.data());
    loop.exec();
    if (args.flags.contains(QStringLiteral("--json"))) {
        m_out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
    } else {
        m_out << tr("%1: name servers %2")
                     .arg(result.domain,
                          result.nameServers.isEmpty() ? tr("(none)") : result.nameServers.join(QStringLiteral(", ")))
              << Qt::endl;
        if (result.zoneFound)
            m_out << tr("Cloudflare zone: %1, assigned name servers %2")
                         .arg(result.zoneStatus, result.assignedNameServers.join(QStringLiteral(", ")))
                  << Qt::endl;
        else if (!result.zoneChecked)
            m_out << tr("Not logged in: the zone's status was not checked (colab-tunnel login).") << Qt::endl;
        for (const QString& problem : result.problems)
            m_out << "- " << problem << Qt::endl;
        m_out << (result.ready ? tr("%1 is ready for tunnels.").arg(result.domain)
                               : tr("%1 is not ready for tunnels yet.").arg(result.domain))
              << Qt::endl;
    }
    return result.ready ? Success : Failure;
}

int CloudflareCommands::slot(const QStringList& rawArgs)
{
    const Options args(rawArgs, {QStringLiteral("--domain")}, {});
    if (!args.error.isEmpty())
        return usageError(args.error);
    const QString action = args.positional.value(0);
    if (args.positional.size() != 2 ||
        (action != QLatin1String("add") && action != QLatin1String("remove") && action != QLatin1String("token")))
        return usageError(tr("use: slot add NAME --domain DOMAIN | slot remove NAME | slot token NAME"));
    const Validated name = validateTunnelName(args.positional.at(1));
    if (!name.ok())
        return usageError(name.error);
    if (action != QLatin1String("add")) {
        if (args.values.contains(QStringLiteral("--domain")))
            return usageError(tr("slot %1 takes only NAME.").arg(action));
        return action == QLatin1String("remove") ? slotRemove(name.value) : slotToken(name.value);
    }
    const Validated domain = validateHostname(args.values.value(QStringLiteral("--domain")));
    if (!args.values.contains(QStringLiteral("--domain")))
        return usageError(tr("slot add needs --domain DOMAIN (a zone of your Cloudflare account)."));
    if (!domain.ok())
        return usageError(domain.error);
    return slotAdd(name.value, domain.value);
}

int CloudflareCommands::slotAdd(const QString& name, const QString& domain)
{
    const Validated hostname = validateHostname(name + QLatin1Char('.') + domain);
    if (!hostname.ok())
        return usageError(hostname.error);
    TunnelRepository repository(m_cloudflared);
    QList<Tunnel> tunnels;
    QString error;
    if (!repository.load(&tunnels, &error))
        return failure(error);
    QString knownTunnelId;
    for (const Tunnel& tunnel : tunnels) {
        if (tunnel.name == name && tunnel.hostname != hostname.value)
            return usageError(tr("The name %1 is already used for %2; choose another slot name or remove it first.")
                                  .arg(name, tunnel.hostname));
        if (tunnel.name == name)
            knownTunnelId = tunnel.tunnelId;
    }
    SshConfigBlock::Settings settings;
    if (!repository.blockSettings(&settings, &error)) // before anything is created at Cloudflare
        return failure(error);
    protectProcessHoldingSecrets();
    CloudflareCredentials credentials;
    if (!loadCredentials(&credentials, &error))
        return failure(error.isEmpty() ? tr("Not logged in to Cloudflare. Run colab-tunnel login first.") : error);

    SecretStore secrets;
    SlotSetup setup(secrets);
    bool ok = false;
    QString message;
    QEventLoop loop;
    QObject::connect(&setup, &SlotSetup::waiting, &setup, [&](const QString& reason) { m_err << reason << Qt::endl; });
    QObject::connect(&setup, &SlotSetup::progress, &setup, [&](const QString& step) { m_out << step << Qt::endl; });
    QObject::connect(&setup, &SlotSetup::finished, &setup, [&](bool success, const QString& text, const QString&) {
        ok = success;
        message = text;
        loop.quit();
    });
    setup.add(credentials, name, domain, knownTunnelId,
              [&repository](const QString& host, const QString& slotName, const TunnelRepository::CloudflareIds& ids,
                            const std::function<void(bool, const QString&)>& stored) {
                  const auto added = repository.add(host, slotName, ids);
                  stored(added.ok(), added.message);
              });
    loop.exec();
    if (!ok)
        return failure(message);
    m_out << message << Qt::endl;
    m_out << tr("Connect with: ssh %1 (once the Colab cell runs this slot's tunnel).")
                 .arg(QStringLiteral("colab-") + name)
          << Qt::endl;
    return Success;
}

int CloudflareCommands::findSlot(const QString& name, Tunnel* slot)
{
    QList<Tunnel> tunnels;
    QString error;
    if (!TunnelRepository(m_cloudflared).load(&tunnels, &error))
        return failure(error);
    const auto found = std::find_if(tunnels.cbegin(), tunnels.cend(), [&](const Tunnel& t) { return t.name == name; });
    if (found == tunnels.cend())
        return usageError(tr("There is no slot called \"%1\".").arg(name));
    if (found->tunnelId.isEmpty() || found->accountId.isEmpty() || found->zoneId.isEmpty())
        return usageError(tr("%1 was not made by slot add; forget it with: colab-tunnel remove %1").arg(name));
    *slot = *found;
    return Success;
}

int CloudflareCommands::slotToken(const QString& name)
{
    Tunnel slot;
    if (const int status = findSlot(name, &slot); status != Success)
        return status;
    protectProcessHoldingSecrets();
    CloudflareCredentials credentials;
    QString error;
    loadCredentials(&credentials, &error); // needed only when the keychain lost the run token
    SecretStore secrets;
    QString secret;
    QString problem;
    QString note;
    QEventLoop loop;
    SlotSetup::colabSecret(secrets, credentials, slot,
                           [&](const QString& value, const QString& failed, const QString& warning) {
                               secret = copySecret(value);
                               problem = failed;
                               note = warning;
                               loop.quit();
                           });
    loop.exec();
    if (!problem.isEmpty())
        return failure(problem);
    // Shown only on request: it goes into the notebook's Colab secret, which the cell reads.
    if (!note.isEmpty())
        m_err << "colab-tunnel: " << note << Qt::endl;
    m_err << tr("Store this line as the Colab secret COLAB_TUNNEL_TOKEN (key icon in Colab's sidebar; it holds the "
                "tunnel's run token and the slot's host key), then run colab-tunnel cell --mode named --name %1:")
                 .arg(name)
          << Qt::endl;
    m_out << secret << Qt::endl;
    wipeSecret(secret);
    return Success;
}

int CloudflareCommands::slotRemove(const QString& name)
{
    TunnelRepository repository(m_cloudflared);
    QString error;
    Tunnel slotTunnel;
    if (const int status = findSlot(name, &slotTunnel); status != Success)
        return status;
    const Tunnel* found = &slotTunnel;
    protectProcessHoldingSecrets();
    CloudflareCredentials credentials;
    if (!loadCredentials(&credentials, &error))
        return failure(error.isEmpty() ? tr("Not logged in to Cloudflare. Run colab-tunnel login first.") : error);
    CloudflareApi api(credentials.apiToken, credentials.endpoint);
    SlotManager manager(&api);
    bool ok = false;
    QString message;
    QEventLoop loop;
    QObject::connect(&api, &CloudflareApi::waiting, &manager,
                     [&](int, const QString& reason) { m_err << reason << Qt::endl; });
    QObject::connect(&manager, &SlotManager::progress, &manager,
                     [&](const QString& step) { m_out << step << Qt::endl; });
    QObject::connect(&manager, &SlotManager::finished, &manager,
                     [&](bool success, const QString& text, const SlotManager::Slot&) {
                         ok = success;
                         message = text;
                         loop.quit();
                     });
    SlotManager::Slot slot;
    slot.name = name;
    slot.hostname = found->hostname;
    slot.tunnelId = found->tunnelId;
    slot.accountId = found->accountId;
    slot.zoneId = found->zoneId;
    manager.remove(slot);
    loop.exec();
    if (!ok)
        return failure(message);
    const auto removed = repository.remove(name);
    if (!removed.ok())
        return failure(removed.message);
    for (const QString& key : {SlotManager::runTokenKey(name), SlotHostKey::keychainKey(name)}) {
        const SecretStore::Result dropped = keychain(&SecretStore::remove, key);
        if (!dropped.ok() && dropped.status != SecretStore::Status::NotFound)
            m_err << "colab-tunnel: " << dropped.message << Qt::endl;
    }
    m_out << message << Qt::endl;
    return Success;
}

QJsonArray CloudflareCommands::tunnelsJson(const QList<Tunnel>& tunnels)
{
    QJsonArray array;
    QStringList accounts;
    for (const Tunnel& tunnel : tunnels)
        if (!tunnel.tunnelId.isEmpty())
            accounts << tunnel.accountId;
    NamedTunnelStatus::Snapshot snapshot;
    QString statusError;
    if (!accounts.isEmpty()) {
        CloudflareCredentials credentials;
        QString error;
        if (loadCredentials(&credentials, &error)) {
            CloudflareApi api(credentials.apiToken, credentials.endpoint);
            api.setMaxAttempts(1);
            NamedTunnelStatus status(&api);
            status.setAccounts(accounts);
            QEventLoop loop;
            QObject::connect(&status, &NamedTunnelStatus::updated, &status, [&] { loop.quit(); });
            QObject::connect(&status, &NamedTunnelStatus::failed, &status, [&](const QString& message) {
                statusError = message;
                loop.quit();
            });
            status.pollNow();
            loop.exec();
            snapshot = status.snapshot();
        } else {
            statusError = error.isEmpty() ? tr("not logged in to Cloudflare") : error;
        }
    }
    for (const Tunnel& tunnel : tunnels) {
        QJsonObject object = tunnel.toJson();
        if (!tunnel.tunnelId.isEmpty()) {
            if (snapshot.contains(tunnel.tunnelId))
                object.insert(QStringLiteral("named_status"), snapshot.value(tunnel.tunnelId).toJson());
            else
                object.insert(
                    QStringLiteral("named_status"),
                    QJsonObject{{QStringLiteral("status"), QStringLiteral("unknown")},
                                {QStringLiteral("error"),
                                 statusError.isEmpty() ? tr("the tunnel is not in the account") : statusError}});
        }
        array.append(object);
    }
    return array;
}

} // namespace colab
