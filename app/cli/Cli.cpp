#include "cli/Cli.h"

#include "cli/CloudflareCommands.h"
#include "cli/CommandLine.h"
#include "cli/DoctorCommand.h"
#include "cli/WatchCommand.h"
#include "colab/ColabCell.h"
#include "common/AppSettings.h"
#include "common/RemoteFolder.h"
#include "common/Version.h"
#include "secrets/SecretMemory.h"
#include "service/AppService.h"
#include "service/CellMaker.h"
#include "service/IdeLaunches.h"
#include "service/PasswordService.h"
#include "service/RuntimeCheck.h"
#include "service/SlotFinder.h"
#include "service/SlotKeys.h"
#include "service/TunnelRepository.h"
#include "tunnels/Validation.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <iterator>

namespace colab {

using namespace cli;

namespace {

const QStringList kCommands = {QStringLiteral("add"),        QStringLiteral("list"),      QStringLiteral("remove"),
                               QStringLiteral("ssh-config"), QStringLiteral("open"),      QStringLiteral("probe"),
                               QStringLiteral("cell"),       QStringLiteral("password"),  QStringLiteral("doctor"),
                               QStringLiteral("watch"),      QStringLiteral("login"),     QStringLiteral("dns-check"),
                               QStringLiteral("slot"),       QStringLiteral("--version"), QStringLiteral("-v"),
                               QStringLiteral("--help"),     QStringLiteral("-h"),        QStringLiteral("help")};

// QGuiApplication's command-line options (Qt 6.4), which the window accepts.
const QStringList kQtOptionsWithValue = {QStringLiteral("-platform"),        QStringLiteral("-platformpluginpath"),
                                         QStringLiteral("-platformtheme"),   QStringLiteral("-plugin"),
                                         QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowtitle"),
                                         QStringLiteral("-qwindowicon"),     QStringLiteral("-style"),
                                         QStringLiteral("-stylesheet"),      QStringLiteral("-session"),
                                         QStringLiteral("-display"),         QStringLiteral("-geometry")};
const QStringList kQtFlags = {QStringLiteral("-reverse"), QStringLiteral("-widgetcount"), QStringLiteral("-nograb"),
                              QStringLiteral("-dograb"), QStringLiteral("-sync")};

QString kindLabel(const Tunnel& tunnel)
{
    return Tunnel::kindName(tunnel.kind);
}

} // namespace

Cli::Cli(QTextStream& out, QTextStream& err, QIODevice* in) : m_out(out), m_err(err), m_terminal{out, err}, m_in(in) {}

Cli::Launch Cli::classify(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--cloudflared")) {
            ++i;
            continue;
        }
        if (argument.startsWith(QLatin1String("colab-tunnel:"), Qt::CaseInsensitive))
            return AppService::linkError(argument).isEmpty() ? Launch::GuiWithLink : Launch::BadLink;
        // Qt's own GUI options go to the window; anything else is a command (or a usage error).
        if (kQtOptionsWithValue.contains(argument)) {
            ++i;
            continue;
        }
        if (kQtFlags.contains(argument) || argument == QLatin1String("--hidden"))
            continue;
        return Launch::Command; // a command, or an unknown word that run() explains
    }
    return Launch::Gui;
}

QString Cli::cloudflaredOption(const QStringList& arguments)
{
    const int at = int(arguments.indexOf(QStringLiteral("--cloudflared")));
    return at >= 0 ? arguments.value(at + 1) : QString();
}

QString Cli::linkError(const QStringList& arguments)
{
    for (const QString& argument : arguments)
        if (argument.startsWith(QLatin1String("colab-tunnel:"), Qt::CaseInsensitive))
            if (QString error = AppService::linkError(argument); !error.isEmpty())
                return error;
    return {};
}

int Cli::usageError(const QString& message)
{
    return m_terminal.usage(message);
}

int Cli::failure(const QString& message)
{
    return m_terminal.failure(message);
}

namespace {

// The one source of the command-line reference: `--help` prints it and the man page is generated
// from that output (help2man, installers/linux/Linux.cmake), so the two cannot drift. Every entry
// has a summary; a usage too long for the column puts it on the next line, as help2man expects.
struct HelpEntry
{
    const char* usage;
    const char* summary;
};

const HelpEntry kHelpCommands[] = {
    {"add [--name NAME] TEXT|-", "add or update a runtime from a hostname, link or Colab output"},
    {"list [--json]", "list runtimes"},
    {"remove NAME", "forget a runtime"},
    {"ssh-config", "print the managed block of ~/.ssh/config"},
    {"open NAME --ide vscode|pycharm|terminal [--folder /content/...] [--dry-run]",
     "open the runtime in VS Code, PyCharm or a terminal (--dry-run: print what would run)"},
    {"probe NAME [--json] [--timeout SECONDS]", "connect and report status and runtime facts"},
    {"cell [--mode quick|named] [--name NAME] [--drive] [--repo URL [--branch NAME]] [--key-only]",
     "print the Colab cell (Python for one notebook cell; --key-only: no root password login)"},
    {"cell ... --cloudflared-url URL --cloudflared-sha256 HEX", "the cell downloads cloudflared from a mirror"},
    {"watch NAME [--json] [--interval S]", "live GPU, CPU, RAM and disk, one line per sample"},
    {"password set [--generate]", "store the SSH password (read from stdin) or a generated one"},
    {"password clear", "remove the SSH password from the keychain"},
    {"doctor [NAME] [--json]", "check each link of the chain to NAME (or every runtime) and say how to fix it"},
    {"login [--move-existing] [--timeout SECONDS]", "authorise with cloudflared tunnel login (cert.pem)"},
    {"login --api-token-stdin", "or keep a Cloudflare API token (from stdin) in the keychain"},
    {"dns-check DOMAIN [--json]", "is DOMAIN on Cloudflare and ready for tunnels (exit 0 = ready)"},
    {"slot add NAME --domain DOMAIN", "make the named tunnel NAME.DOMAIN (tunnel, ingress, DNS)"},
    {"slot remove NAME", "delete exactly that slot's tunnel and DNS record"},
    {"slot token NAME", "print the slot's run token for the Colab secret"},
};

const HelpEntry kHelpOptions[] = {
    {"--cloudflared PATH", "the cloudflared to use (else the settings, COLAB_TUNNEL_CLOUDFLARED or PATH)"},
    {"--hidden", "start the app in the tray, without showing the window"},
    {"--version", "print the version and exit"},
    {"--help", "print this help and exit"},
};

void printHelpTable(QTextStream& out, const HelpEntry* begin, const HelpEntry* end)
{
    constexpr int kColumn = 36;
    for (const HelpEntry* entry = begin; entry != end; ++entry) {
        const QString usage = QString::fromLatin1(entry->usage);
        if (usage.size() + 4 <= kColumn)
            out << "  " << usage.leftJustified(kColumn - 2) << entry->summary << '\n';
        else
            out << "  " << usage << '\n' << QString(kColumn, QLatin1Char(' ')) << entry->summary << '\n';
    }
}

// `COMMAND --help`: that command's lines of the reference above, as usage.
bool printCommandHelp(QTextStream& out, const QString& command, const QStringList& rest)
{
    const QStringList options =
        rest.mid(0, rest.contains(QStringLiteral("--")) ? rest.indexOf(QStringLiteral("--")) : rest.size());
    if (!options.contains(QStringLiteral("--help")) && !options.contains(QStringLiteral("-h")))
        return false;
    QString prefix = QStringLiteral("Usage:");
    for (const HelpEntry& entry : kHelpCommands) {
        const QString usage = QString::fromLatin1(entry.usage);
        if (usage.section(QLatin1Char(' '), 0, 0) != command)
            continue;
        out << prefix << " colab-tunnel " << usage << '\n' << "  " << entry.summary << '\n';
        prefix = QStringLiteral("   or:");
    }
    out.flush();
    return true;
}

} // namespace

int Cli::help()
{
    m_out << "Usage: colab-tunnel [OPTION]... [COMMAND [ARGUMENT]...]\n"
             "Connect VS Code, PyCharm or a terminal to a Google Colab runtime through Cloudflare.\n"
             "Without a command, starts the app (or raises the running one); a colab-tunnel:// link\n"
             "as the only argument is handed to the app.\n\n"
             "Commands:\n";
    printHelpTable(m_out, std::begin(kHelpCommands), std::end(kHelpCommands));
    m_out << "\nOptions:\n";
    printHelpTable(m_out, std::begin(kHelpOptions), std::end(kHelpOptions));
    m_out << "\nEnvironment:\n"
             "  COLAB_TUNNEL_CLOUDFLARED          the cloudflared to use\n"
             "  COLAB_TUNNEL_API_URL              Cloudflare's API (default https://api.cloudflare.com/client/v4)\n"
             "  COLAB_TUNNEL_DOH_URL              the DNS-over-HTTPS resolver of dns-check\n\n"
             "Exit status: 0 success, 1 a failure while doing the work, 2 bad usage or rejected input.\n\n"
             "cloudflared is not part of every system: install it from Cloudflare (brew install cloudflared,\n"
             "winget install --id Cloudflare.cloudflared, or Cloudflare's Linux packages).\n";
    m_out.flush();
    return Success;
}

bool Cli::readStdin(QString* text)
{
    if (!m_in)
        return false;
    const QByteArray bytes = m_in->read(512 * 1024);
    *text = QString::fromUtf8(bytes);
    return true;
}

int Cli::run(const QStringList& arguments)
{
    QStringList args = arguments.mid(1);
    const int cf = int(args.indexOf(QStringLiteral("--cloudflared")));
    if (cf >= 0) {
        if (cf + 1 >= args.size())
            return usageError(Cli::tr("--cloudflared needs a path."));
        m_cloudflared = args.at(cf + 1);
        args.remove(cf, 2);
    }
    if (m_cloudflared.isEmpty())
        m_cloudflared = AppSettings::cloudflaredPath();
    const QString command = args.value(0);
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << kAppName << ' ' << kVersion << Qt::endl;
        return Success;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return help();
    if (kCommands.contains(command) && !command.startsWith(QLatin1Char('-')) && printCommandHelp(m_out, command, rest))
        return Success;
    if (command == QLatin1String("add"))
        return add(rest);
    if (command == QLatin1String("list"))
        return list(rest);
    if (command == QLatin1String("remove"))
        return remove(rest);
    if (command == QLatin1String("ssh-config"))
        return sshConfig(rest);
    if (command == QLatin1String("open"))
        return open(rest);
    if (command == QLatin1String("probe"))
        return probe(rest);
    if (command == QLatin1String("password"))
        return password(rest);
    if (command == QLatin1String("cell"))
        return cell(rest);
    if (command == QLatin1String("doctor"))
        return DoctorCommand(m_terminal, m_cloudflared).run(rest);
    if (command == QLatin1String("watch"))
        return WatchCommand(m_terminal, m_cloudflared).run(rest);
    if (command == QLatin1String("login"))
        return CloudflareCommands(m_terminal, m_cloudflared).login(rest);
    if (command == QLatin1String("dns-check"))
        return CloudflareCommands(m_terminal, m_cloudflared).dnsCheck(rest);
    if (command == QLatin1String("slot"))
        return CloudflareCommands(m_terminal, m_cloudflared).slot(rest);
    if (kCommands.contains(command))
        return usageError(Cli::tr("'%1' is not available yet.").arg(command));
    return usageError(Cli::tr("'%1' is not a command; see colab-tunnel --help.").arg(command.left(80)));
}

int Cli::add(const QStringList& rawArgs)
{
    const Args args = Args::parse(rawArgs, {QStringLiteral("--name")}, {});
    if (!args.error.isEmpty())
        return usageError(args.error);
    if (args.positional.size() != 1)
        return usageError(Cli::tr("add takes one TEXT argument (or - to read it from standard input)."));
    QString text = args.positional.first();
    if (text == QLatin1String("-") && !readStdin(&text))
        return failure(Cli::tr("cannot read standard input."));

    // A hostname of the account's own domain may be a slot (removed and added again): it gets its
    // slot back (ids and pinned host key) rather than becoming a plain runtime.
    QString name = args.value(QStringLiteral("--name"));
    SecretStore secrets;
    bool isSlot = false;
    SlotManager::Slot slot;
    Wait finding;
    SlotFinder::find(secrets, text, [&](bool found, const SlotManager::Slot& which) {
        isSlot = found;
        slot = which;
        finding.done();
    });
    finding.wait();
    if (isSlot && !name.isEmpty() && name != slot.name)
        m_err << Cli::tr("%1 is the slot %2 of your Cloudflare account; it keeps that name.")
                     .arg(slot.hostname, slot.name)
              << Qt::endl;
    if (isSlot)
        name = slot.name;

    TunnelRepository repository(m_cloudflared);
    const auto result =
        isSlot ? repository.add(text, name, {slot.tunnelId, slot.accountId, slot.zoneId}) : repository.add(text, name);
    if (result.status == TunnelRepository::Result::Status::Rejected)
        return usageError(result.message);
    if (!result.ok())
        return failure(result.message);
    const Tunnel& tunnel = result.change.tunnel;
    if (isSlot) {
        bool pinned = false;
        Wait pinning;
        SlotKeys::pinKept(secrets, tunnel.name, tunnel.hostname, TunnelRepository::knownHostsFile(tunnel.name),
                          [&](bool done) {
                              pinned = done;
                              pinning.done();
                          });
        pinning.wait();
        m_out << (pinned ? Cli::tr("%1 is the slot %2 (tunnel %3); its own host key is pinned again.")
                         : Cli::tr("%1 is the slot %2 (tunnel %3). It has no host key of its own on this computer: "
                                   "run colab-tunnel slot add %2 --domain %4 to make one."))
                     .arg(tunnel.hostname, tunnel.name, slot.tunnelId, slot.domain)
              << Qt::endl;
    }
    if (result.change.created)
        m_out << Cli::tr("Added %1 (%2). Connect with: ssh %3").arg(tunnel.name, tunnel.hostname, tunnel.alias());
    else if (result.change.hostnameChanged)
        m_out << Cli::tr("Updated %1: %2 -> %3 (alias %4 unchanged)")
                     .arg(tunnel.name, result.change.previousHostname, tunnel.hostname, tunnel.alias());
    else
        m_out << Cli::tr("%1 already points at %2.").arg(tunnel.name, tunnel.hostname);
    m_out << Qt::endl;
    return Success;
}

int Cli::list(const QStringList& rawArgs)
{
    const Args args = Args::parse(rawArgs, {}, {QStringLiteral("--json")});
    if (!args.error.isEmpty() || !args.positional.isEmpty())
        return usageError(args.error.isEmpty() ? Cli::tr("list takes no arguments.") : args.error);
    QList<Tunnel> tunnels;
    QString error;
    if (!TunnelRepository(m_cloudflared).load(&tunnels, &error))
        return failure(error);
    if (args.has(QStringLiteral("--json"))) {
        QHash<QString, int> ports;
        if (!TunnelRepository::localPorts(&ports, tunnels, &error))
            return failure(error);
        QJsonArray array = CloudflareCommands(m_terminal, m_cloudflared).tunnelsJson(tunnels);
        // The port PyCharm's saved SSH interpreter uses (127.0.0.1:PORT while the app runs).
        for (int i = 0; i < array.size(); ++i) {
            QJsonObject object = array.at(i).toObject();
            if (const int port = ports.value(object.value(QStringLiteral("name")).toString())) {
                object.insert(QStringLiteral("local_port"), port);
                array.replace(i, object);
            }
        }
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("tunnels"), array}}).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (tunnels.isEmpty()) {
        m_out << Cli::tr("No tunnels yet. Add one with: colab-tunnel add HOSTNAME") << Qt::endl;
        return Success;
    }
    m_out << QStringLiteral("%1  %2  %3  %4")
                 .arg(QStringLiteral("NAME"), -20)
                 .arg(QStringLiteral("ALIAS"), -26)
                 .arg(QStringLiteral("KIND"), -6)
                 .arg(QStringLiteral("HOSTNAME"))
          << Qt::endl;
    for (const Tunnel& tunnel : tunnels)
        m_out << QStringLiteral("%1  %2  %3  %4")
                     .arg(tunnel.name, -20)
                     .arg(tunnel.alias(), -26)
                     .arg(kindLabel(tunnel), -6)
                     .arg(tunnel.hostname)
              << Qt::endl;
    return Success;
}

int Cli::remove(const QStringList& rawArgs)
{
    const Args args = Args::parse(rawArgs, {}, {});
    if (!args.error.isEmpty())
        return usageError(args.error);
    if (args.positional.size() != 1)
        return usageError(Cli::tr("remove takes one NAME."));
    const auto result = TunnelRepository(m_cloudflared).remove(args.positional.first());
    if (result.status == TunnelRepository::Result::Status::Rejected)
        return usageError(result.message);
    if (!result.ok())
        return failure(result.message);
    m_out << Cli::tr("Removed %1 (%2).").arg(result.change.tunnel.name, result.change.tunnel.hostname) << Qt::endl;
    return Success;
}

int Cli::sshConfig(const QStringList& rawArgs)
{
    if (!rawArgs.isEmpty())
        return usageError(Cli::tr("ssh-config takes no arguments."));
    const QStringList block = TunnelRepository::managedBlock();
    if (block.isEmpty()) {
        m_err << Cli::tr("%1 has no Colab Tunnel block (no tunnels yet).").arg(TunnelRepository::sshConfigFile())
              << Qt::endl;
        return Success;
    }
    m_out << block.join(QLatin1Char('\n')) << Qt::endl;
    return Success;
}

int Cli::open(const QStringList& rawArgs)
{
    const Args args =
        Args::parse(rawArgs, {QStringLiteral("--ide"), QStringLiteral("--folder")}, {QStringLiteral("--dry-run")});
    if (!args.error.isEmpty())
        return usageError(args.error);
    if (args.positional.size() != 1)
        return usageError(Cli::tr("open takes one NAME and --ide vscode|pycharm|terminal."));
    IdePlanner::Ide ide;
    if (!IdePlanner::parseIde(args.value(QStringLiteral("--ide"), QStringLiteral("vscode")), &ide))
        return usageError(Cli::tr("--ide must be vscode, pycharm or terminal."));
    Tunnel tunnel;
    if (const int status = findTunnel(args.positional.first(), &tunnel); status != Success)
        return status;
    const QString folder = args.value(QStringLiteral("--folder"));
    if (!folder.isEmpty() && !isValidRemoteFolder(folder))
        return usageError(Cli::tr("--folder must be an absolute path of letters, digits, '.', '_', '-' and '/'."));
    const auto planned = IdeLaunches::plan(ide, tunnel, m_cloudflared, folder);
    const bool byHand = !planned.ok() && !planned.plan.url.isEmpty();
    if (!planned.ok() && !byHand)
        return failure(planned.error);
    if (args.has(QStringLiteral("--dry-run")) || byHand) {
        // Nothing can open the link here: what the user can run or open by hand, on stdout.
        if (byHand)
            m_err << "colab-tunnel: " << planned.error << ' ' << Cli::tr("Run or open this by hand:") << Qt::endl;
        for (const QString& line : planned.plan.dryRunLines())
            m_out << line << Qt::endl;
        return byHand ? Failure : Success;
    }

    IdeLaunches launches;
    int status = Failure;
    Wait wait;
    QObject::connect(&launches, &IdeLaunches::finished, &launches,
                     [&](const QString&, bool ok, const QString& message) {
                         if (!ok) {
                             status = failure(message);
                             return wait.done();
                         }
                         m_out << message << Qt::endl;
                         if (launches.forwarding(tunnel.name)) {
                             m_out << Cli::tr("Keeping 127.0.0.1:%1 open for the IDE; press Ctrl+C to close it.")
                                          .arg(planned.plan.localPort)
                                   << Qt::endl;
                             return;
                         }
                         status = Success;
                         wait.done();
                     });
    QObject::connect(&launches, &IdeLaunches::portForwardStopped, &launches,
                     [&](const QString&, const QString& reason) {
                         status = failure(reason);
                         wait.done();
                     });
    launches.start(tunnel.name, planned.plan, ide == IdePlanner::Ide::PyCharm);
    wait.wait();
    return status;
}

} // namespace colab

namespace colab {

int Cli::findTunnel(const QString& name, Tunnel* tunnel)
{
    return cli::findTunnel(m_terminal, m_cloudflared, name, tunnel);
}

int Cli::password(const QStringList& rawArgs)
{
    const Args args = Args::parse(rawArgs, {}, {QStringLiteral("--generate")});
    if (!args.error.isEmpty())
        return usageError(args.error);
    const QString action = args.positional.value(0);
    if (args.positional.size() != 1 || (action != QLatin1String("set") && action != QLatin1String("clear")))
        return usageError(Cli::tr("use: password set [--generate] (reads it from standard input) | password clear"));
    protectProcessHoldingSecrets();
    int status = Failure;
    Wait wait;
    const auto report = [&](bool ok, const QString& message) {
        if (ok)
            m_out << message << Qt::endl;
        status = ok ? Success : failure(message);
        wait.done();
    };
    if (action == QLatin1String("clear")) {
        PasswordService::forget(report);
        wait.wait();
        return status;
    }
    const bool generate = args.has(QStringLiteral("--generate"));
    QString secret = generate ? PasswordService::generate()
                              : readSecretLine(m_err, Cli::tr("SSH password (not shown): "), SecretKind::Password);
    if (secret.isEmpty())
        return usageError(Cli::tr("no password was given on standard input."));
    if (secret.size() > 1024 || secret.contains(QLatin1Char('\0'))) {
        wipeSecret(secret);
        return usageError(Cli::tr("the password must be at most 1024 characters, without NUL bytes."));
    }
    PasswordService::keep(secret, [&](bool ok, const QString& message) {
        // Shown once, on request, so it can go into the Colab cell; never logged or stored elsewhere.
        report(ok, ok && generate
                       ? Cli::tr("Stored a new password in the keychain. Use it in the Colab cell: %1").arg(secret)
                       : message);
    });
    wait.wait();
    wipeSecret(secret);
    return status;
}

int Cli::probe(const QStringList& rawArgs)
{
    const Args args = Args::parse(rawArgs, {QStringLiteral("--timeout")}, {QStringLiteral("--json")});
    if (!args.error.isEmpty())
        return usageError(args.error);
    if (args.positional.size() != 1)
        return usageError(Cli::tr("probe takes one NAME."));
    Tunnel tunnel;
    if (const int status = findTunnel(args.positional.first(), &tunnel); status != Success)
        return status;
    int timeoutSeconds = 0;
    if (!args.seconds(QStringLiteral("--timeout"), 1, 600, 20, &timeoutSeconds))
        return usageError(Cli::tr("--timeout takes seconds between 1 and 600."));
    const bool json = args.has(QStringLiteral("--json"));
    protectProcessHoldingSecrets();
    RuntimeCheck check(m_cloudflared);
    ProbeResult result;
    Wait wait;
    QObject::connect(&check, &RuntimeCheck::keychainProblem, &check, [&](const QString& message) {
        m_err << "colab-tunnel: " << message << Cli::tr(" Trying the app's key only.") << Qt::endl;
    });
    QObject::connect(&check, &RuntimeCheck::checked, &check, [&](const ProbeResult& checked) {
        result = checked;
        wait.done();
    });
    check.probe(tunnel, timeoutSeconds * 1000);
    wait.wait();
    if (json) {
        m_out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
    } else {
        m_out << tunnel.name << ": " << ProbeResult::stateName(result.state) << " - " << result.message << Qt::endl;
        if (result.latencyMs >= 0)
            m_out << Cli::tr("latency: %1 ms").arg(result.latencyMs) << Qt::endl;
        if (!result.hostKeySha256.isEmpty())
            m_out << Cli::tr("host key: %1").arg(result.hostKeySha256) << Qt::endl;
        if (result.keyInstalled)
            m_out
                << Cli::tr("Installed the app's key on the runtime: ssh %1 now needs no password.").arg(tunnel.alias())
                << Qt::endl;
    }
    return result.state == ProbeResult::State::Online ? Success : Failure;
}

int Cli::cell(const QStringList& rawArgs)
{
    const Args args =
        Args::parse(rawArgs,
                    {QStringLiteral("--mode"), QStringLiteral("--name"), QStringLiteral("--cloudflared-url"),
                     QStringLiteral("--cloudflared-sha256"), QStringLiteral("--repo"), QStringLiteral("--branch")},
                    {QStringLiteral("--drive"), QStringLiteral("--key-only")});
    if (!args.error.isEmpty())
        return usageError(args.error);
    if (!args.positional.isEmpty())
        return usageError(Cli::tr("cell takes only options; see colab-tunnel --help."));
    CellOptions options;
    const QString mode = args.options.value(QStringLiteral("--mode"), QStringLiteral("quick"));
    if (mode == QLatin1String("named"))
        options.mode = CellOptions::Mode::Named;
    else if (mode != QLatin1String("quick"))
        return usageError(Cli::tr("--mode is quick or named."));
    if (args.options.contains(QStringLiteral("--name"))) {
        const Validated name = validateTunnelName(args.options.value(QStringLiteral("--name")));
        if (!name.ok())
            return usageError(name.error);
        options.name = name.value;
    }
    if (options.mode == CellOptions::Mode::Named) {
        // A named tunnel's hostname is the user's own; the cell prints it, so it must be known.
        if (!args.options.contains(QStringLiteral("--name")))
            return usageError(Cli::tr("--mode named needs --name of a runtime added with its own hostname."));
        Tunnel tunnel;
        if (const int status = findTunnel(options.name, &tunnel); status != Success)
            return status;
        // A quick tunnel's hostname lasts only as long as its cloudflared: a named cell cannot use it.
        if (tunnel.kind != Tunnel::Kind::Named)
            return usageError(Cli::tr("%1 is a quick tunnel; --mode named needs a runtime added with its own "
                                      "hostname (a named tunnel).")
                                  .arg(options.name));
        options.hostname = tunnel.hostname;
    }
    options.cloudflaredUrl = args.options.value(QStringLiteral("--cloudflared-url"));
    options.cloudflaredSha256 = args.options.value(QStringLiteral("--cloudflared-sha256"));
    if (options.cloudflaredUrl.isEmpty() != options.cloudflaredSha256.isEmpty())
        return usageError(Cli::tr("--cloudflared-url and --cloudflared-sha256 go together."));
    options.mountDrive = args.flags.contains(QStringLiteral("--drive"));
    options.repoUrl = args.options.value(QStringLiteral("--repo"));
    options.repoBranch = args.options.value(QStringLiteral("--branch"));
    options.keyOnly = args.flags.contains(QStringLiteral("--key-only"));
    CellMaker::addLocalGitIdentity(options);
    // Checked before the keychain is asked: a bad option is a usage error, with nothing printed.
    if (const QString error = ColabCell::optionsError(options); !error.isEmpty())
        return usageError(error);
    protectProcessHoldingSecrets();
    GeneratedCell cell;
    Wait wait;
    CellMaker::makeWithStoredPassword(options, m_cloudflared, [&](const GeneratedCell& made) {
        cell = made;
        wait.done();
    });
    wait.wait();
    if (!cell.ok())
        return failure(cell.error);
    m_out << cell.text;
    m_out.flush();
    return Success;
}

} // namespace colab
