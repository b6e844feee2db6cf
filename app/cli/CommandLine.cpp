#include "cli/CommandLine.h"

#include "common/Platform.h"
#include "service/TunnelRepository.h"
#include "tunnels/Validation.h"

namespace colab::cli {

namespace {
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

Args Args::parse(const QStringList& args, const QStringList& valueOptions, const QStringList& flagOptions)
{
    Args result;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--")) {
            result.positional += args.mid(i + 1);
            break;
        }
        if (!arg.startsWith(QLatin1String("--")) || arg.size() <= 2) {
            result.positional << arg;
            continue;
        }
        const QString key = arg.section(QLatin1Char('='), 0, 0);
        if (valueOptions.contains(key)) {
            QString value;
            if (arg.contains(QLatin1Char('=')))
                value = arg.section(QLatin1Char('='), 1);
            else if (i + 1 < args.size())
                value = args.at(++i);
            if (value.trimmed().isEmpty())
                result.error = CommandLine::tr("%1 needs a value.").arg(key);
            else
                result.options.insert(key, value);
        } else if (flagOptions.contains(arg)) {
            result.flags << arg;
        } else {
            result.error = CommandLine::tr("unknown option %1.").arg(arg.left(80));
        }
        if (!result.error.isEmpty())
            return result;
    }
    return result;
}

bool Args::seconds(const QString& option, int min, int max, int fallback, int* seconds) const
{
    *seconds = fallback;
    if (!options.contains(option))
        return true;
    bool ok = false;
    *seconds = options.value(option).toInt(&ok);
    return ok && *seconds >= min && *seconds <= max;
}

int findTunnel(const Terminal& terminal, const QString& cloudflaredPath, const QString& name, Tunnel* tunnel)
{
    const Validated valid = validateTunnelName(name);
    if (!valid.ok())
        return terminal.usage(valid.error);
    QList<Tunnel> tunnels;
    QString error;
    if (!TunnelRepository(cloudflaredPath).load(&tunnels, &error))
        return terminal.failure(error);
    for (const Tunnel& candidate : std::as_const(tunnels)) {
        if (candidate.name == valid.value) {
            *tunnel = candidate;
            return Success;
        }
    }
    return terminal.usage(CommandLine::tr("There is no tunnel called \"%1\".").arg(valid.value));
}

QString readSecretLine(QTextStream& err, const QString& prompt, SecretKind kind)
{
    char buffer[4096];
    int size = 0;
    if (platform::stdinIsTerminal()) {
        err << prompt << Qt::flush;
        platform::EchoOff echoOff;
        size = platform::readLineFromStdin(buffer, int(sizeof buffer));
        err << Qt::endl;
    } else {
        size = platform::readLineFromStdin(buffer, int(sizeof buffer));
    }
    while (kind == SecretKind::Token && size > 0 && (buffer[size - 1] == ' ' || buffer[size - 1] == '\r'))
        --size;
    QString secret = QString::fromUtf8(buffer, size);
    volatile char* bytes = buffer;
    for (size_t i = 0; i < sizeof buffer; ++i)
        bytes[i] = 0;
    return secret;
}

} // namespace colab::cli
