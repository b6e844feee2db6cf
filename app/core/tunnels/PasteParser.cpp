#include "tunnels/PasteParser.h"

#include "common/RemoteFolder.h"
#include "common/Text.h"
#include "tunnels/Validation.h"

#include <QObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

namespace colab {

namespace {

constexpr int kMaxInput = 256 * 1024;

// Domains that appear in Colab output and guides but are never a runtime.
const QStringList kNeverRuntime = {
    QStringLiteral("cloudflare.com"),
    QStringLiteral("cloudflareaccess.com"),
    QStringLiteral("github.com"),
    QStringLiteral("githubusercontent.com"),
    QStringLiteral("google.com"),
    QStringLiteral("googleapis.com"),
    QStringLiteral("googleusercontent.com"),
    QStringLiteral("pypi.org"),
    QStringLiteral("python.org"),
    QStringLiteral("visualstudio.com"),
    QStringLiteral("microsoft.com"),
    QStringLiteral("jetbrains.com"),
    QStringLiteral("cfargotunnel.com"),
    QStringLiteral("readthedocs.io"),
    QStringLiteral("ngrok.io"),
};
// A "hostname" ending in one of these is a file name (cloudflared.log, main.py).
const QSet<QString> kFileExtensions = {
    QStringLiteral("log"),   QStringLiteral("txt"),  QStringLiteral("py"),   QStringLiteral("sh"),
    QStringLiteral("json"),  QStringLiteral("yaml"), QStringLiteral("yml"),  QStringLiteral("pem"),
    QStringLiteral("deb"),   QStringLiteral("rpm"),  QStringLiteral("exe"),  QStringLiteral("md"),
    QStringLiteral("ipynb"), QStringLiteral("cfg"),  QStringLiteral("conf"), QStringLiteral("gz"),
    QStringLiteral("zip"),   QStringLiteral("tar"),  QStringLiteral("pub"),  QStringLiteral("key"),
    QStringLiteral("msi"),   QStringLiteral("dmg"),  QStringLiteral("html"), QStringLiteral("htm"),
    QStringLiteral("whl"),   QStringLiteral("cpp"),  QStringLiteral("h"),    QStringLiteral("js"),
};

bool isNeverRuntime(const QString& host)
{
    for (const QString& domain : kNeverRuntime)
        if (host == domain || host.endsWith(QLatin1Char('.') + domain))
            return true;
    return host == QLatin1String("trycloudflare.com");
}

QString decodeHtml(QString text)
{
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QChar(0x00a0), QLatin1Char(' '));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

// Colab's code boxes have a "Copy" button whose label sticks to the copied lines.
QString dropCopyButtons(QString text)
{
    static const QRegularExpression glued(QStringLiteral("(?<=[a-z0-9])Copy(?=\\s|$)|(?<=^|\\s)Copy(?=[a-z])"),
                                          QRegularExpression::MultilineOption);
    return text.remove(glued);
}

bool allowedBefore(QChar c)
{
    return c.isSpace() || QStringLiteral("/@+=<>([{\"'`,|:").contains(c);
}

bool allowedAfter(QChar c)
{
    return c.isSpace() || QStringLiteral("/:?&#<>)]}\",'.`|").contains(c);
}

QString describeChar(QChar c)
{
    if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f)) // C0, DEL, C1
        return PasteParser::tr("a control character");
    if (c.unicode() > 0x7f) // shown as itself, unless it would reorder the message (a bidi override)
        return PasteParser::tr("the non-ASCII character '%1'").arg(withoutControlCharacters(QString(c)));
    return QStringLiteral("'%1'").arg(c);
}

} // namespace

bool PasteParser::mightContainRuntime(const QString& text)
{
    if (text.size() > kMaxInput)
        return false;
    return text.contains(QLatin1String("trycloudflare.com")) || text.contains(QLatin1String("colab-tunnel://")) ||
           text.contains(QLatin1String("ssh-remote+"));
}

ParsedRuntime PasteParser::parse(const QString& input)
{
    if (input.size() > kMaxInput)
        return {{}, {}, PasteParser::tr("The text is too long (over 256 KiB) to be Colab output."), {}};
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {{}, {}, PasteParser::tr("Nothing was given: paste a hostname, a link or the Colab cell's output."), {}};

    if (text.startsWith(QLatin1String("colab-tunnel:"), Qt::CaseInsensitive) && !text.contains(QLatin1Char('\n')))
        return parseLink(text);

    // A single line is a hostname unless it is one of the one-line forms we know (an ssh command,
    // a URL, colab_ssh's "Successfully running HOST"): a stray space, quote or ';' in what the user
    // typed must be refused, not worked around.
    static const QRegularExpression knownLine(QStringLiteral("^(ssh\\s|Successfully running\\s)|://"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (!text.contains(QLatin1Char('\n')) && !knownLine.match(text).hasMatch()) {
        const Validated host = validateHostname(text);
        if (!host.ok())
            return {{}, {}, host.error, {}};
        if (isNeverRuntime(host.value))
            return {{}, {}, PasteParser::tr("%1 is not a Colab runtime's hostname.").arg(host.value), {}};
        return {host.value, {}, {}, {}};
    }
    return parseFreeText(text);
}

ParsedRuntime PasteParser::parseLink(const QString& link)
{
    const QUrl url(link, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().toLower() != QLatin1String("colab-tunnel"))
        return {{}, {}, PasteParser::tr("The colab-tunnel link is malformed."), {}};
    const QString action =
        url.host().isEmpty() ? url.path().section(QLatin1Char('/'), 0, 0, QString::SectionSkipEmpty) : url.host();
    if (action.toLower() != QLatin1String("add"))
        return {{},
                {},
                PasteParser::tr("The link asks for \"%1\"; only colab-tunnel://add links are supported.")
                    .arg(inertNetworkText(action, 40)),
                {}};
    const QUrlQuery query(url);
    const QString rawHost = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (rawHost.isEmpty())
        return {{}, {}, PasteParser::tr("The colab-tunnel link has no host= part."), {}};
    const Validated host = validateHostname(rawHost);
    if (!host.ok())
        return {{}, {}, host.error, {}};
    ParsedRuntime result{host.value, {}, {}, {}};
    if (query.hasQueryItem(QStringLiteral("name"))) {
        const Validated name = validateTunnelName(query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded));
        if (!name.ok())
            return {{}, {}, name.error, {}};
        result.name = name.value;
    }
    if (query.hasQueryItem(QStringLiteral("folder"))) {
        const QString folder = query.queryItemValue(QStringLiteral("folder"), QUrl::FullyDecoded);
        if (!isValidRemoteFolder(folder))
            return {{},
                    {},
                    PasteParser::tr("The link's folder must be an absolute path of letters, digits, '.', '_', '-' "
                                    "and '/'."),
                    {}};
        result.folder = folder;
    }
    return result;
}

ParsedRuntime PasteParser::parseFreeText(const QString& raw)
{
    const QString text = dropCopyButtons(decodeHtml(raw));

    // Our own link wins: it is what the cell prints for exactly this purpose.
    static const QRegularExpression linkPattern(QStringLiteral("colab-tunnel://[^\\s<>\"']+"),
                                                QRegularExpression::CaseInsensitiveOption);
    QStringList linkHosts;
    ParsedRuntime fromLink;
    for (auto it = linkPattern.globalMatch(text); it.hasNext();) {
        ParsedRuntime parsed = parseLink(it.next().captured());
        if (!parsed.ok())
            return parsed;
        if (!linkHosts.contains(parsed.hostname))
            linkHosts << parsed.hostname;
        fromLink = parsed;
    }
    if (linkHosts.size() == 1)
        return fromLink;
    if (linkHosts.size() > 1)
        return {{},
                {},
                PasteParser::tr("The text names several runtimes (%1); paste one at a time.")
                    .arg(linkHosts.join(QStringLiteral(", "))),
                linkHosts};

    static const QRegularExpression hostPattern(
        QStringLiteral("[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))+"));
    QStringList candidates;
    for (auto it = hostPattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int start = int(match.capturedStart());
        const int end = int(match.capturedEnd());
        const QChar before = start > 0 ? text.at(start - 1) : QChar(u' ');
        const QChar after = end < text.size() ? text.at(end) : QChar(u' ');
        QString host = match.captured().toLower();
        // A sentence may end right after a hostname.
        if (host.endsWith(QLatin1Char('.')))
            host.chop(1);
        if (before == QLatin1Char('*') || before == QLatin1Char('.') || before == QLatin1Char('-') ||
            before == QLatin1Char('_') || after == QLatin1Char('_'))
            continue; // a wildcard, or part of a longer name/identifier
        if (before == QLatin1Char('/') && start >= 2 && text.at(start - 2) != QLatin1Char('/') &&
            !text.mid(0, start).endsWith(QLatin1String("ssh-remote+")))
            continue; // a path component such as ./cloudflared.log
        const QString tld = host.section(QLatin1Char('.'), -1);
        if (kFileExtensions.contains(tld) || isNeverRuntime(host))
            continue;
        if (!allowedBefore(before) || !allowedAfter(after)) {
            const QChar bad = !allowedBefore(before) ? before : after;
            return {{},
                    {},
                    PasteParser::tr("\"%1\" is glued to %2, which a hostname cannot contain; nothing was added.")
                        .arg(match.captured(), describeChar(bad)),
                    {}};
        }
        const Validated valid = validateHostname(host);
        if (!valid.ok())
            continue; // e.g. a version number such as 2026.8.2
        if (!candidates.contains(valid.value))
            candidates << valid.value;
    }
    if (candidates.isEmpty())
        return {{},
                {},
                PasteParser::tr("No runtime hostname was found. Paste the line with the "
                                "*.trycloudflare.com hostname (or your own domain's), or the "
                                "colab-tunnel:// link the Colab cell printed."),
                {}};
    if (candidates.size() > 1)
        return {{},
                {},
                PasteParser::tr("The text names several hostnames (%1); paste the one of your runtime.")
                    .arg(candidates.join(QStringLiteral(", "))),
                candidates};
    return {candidates.first(), {}, {}, {}};
}

} // namespace colab
