#include "cli/Cli.h"

#include "common/Version.h"

namespace colab {

namespace {
const QStringList kCommands = {QStringLiteral("add"),    QStringLiteral("list"),     QStringLiteral("remove"),
                               QStringLiteral("ssh-config"), QStringLiteral("open"), QStringLiteral("probe"),
                               QStringLiteral("cell"),   QStringLiteral("password"), QStringLiteral("doctor"),
                               QStringLiteral("--version"), QStringLiteral("-v"),   QStringLiteral("--help"),
                               QStringLiteral("-h"),     QStringLiteral("help")};
} // namespace

Cli::Cli(QTextStream& out, QTextStream& err, QIODevice* in) : m_out(out), m_err(err), m_in(in) {}

bool Cli::isCommand(const QStringList& arguments)
{
    return arguments.size() > 1 && kCommands.contains(arguments.at(1));
}

int Cli::usageError(const QString& message)
{
    m_err << "colab-tunnel: " << message << Qt::endl;
    return Usage;
}

int Cli::help()
{
    m_out << "Usage: colab-tunnel [COMMAND]\n"
             "Connect VS Code, PyCharm or a terminal to a Google Colab runtime through Cloudflare.\n"
             "Without a command, starts the app (or raises the running one).\n\n"
             "Commands:\n"
             "  add [--name NAME] [--yes] TEXT|-   add or update a runtime from a hostname, link or Colab output\n"
             "  list [--json]                      list runtimes\n"
             "  remove NAME                        forget a runtime\n"
             "  ssh-config                         print the managed block of ~/.ssh/config\n"
             "  open NAME --ide vscode|pycharm|terminal [--dry-run]\n"
             "  probe NAME [--json]                connect and report status and runtime facts\n"
             "  cell [--mode quick|named] [--name NAME]   print the Colab cell\n"
             "  password set|clear                 store (from stdin) or clear the SSH password\n"
             "  doctor [--json]                    check every link of the chain\n"
             "  --version, --help\n\n"
             "Environment: COLAB_TUNNEL_CLOUDFLARED (cloudflared path), COLAB_TUNNEL_API_URL,\n"
             "COLAB_TUNNEL_DOH_URL.\n";
    return Success;
}

int Cli::run(const QStringList& arguments)
{
    const QString command = arguments.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << kAppName << ' ' << kVersion << Qt::endl;
        return Success;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return help();
    return usageError(QStringLiteral("'%1' is not available yet.").arg(command));
}

} // namespace colab
