#include "colabcli/ColabSessions.h"

#include "colabcli/SqliteReadLock.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace colab {

QString ColabSessions::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.config/colab-cli/sessions.json");
}

ColabSessions::Result ColabSessions::read(const QString& path, int lockTimeoutMs)
{
    if (!QFile::exists(path))
        return {};
    SqliteReadLock lock;
    QString error;
    if (!lock.acquire(path + QStringLiteral(".lock"), lockTimeoutMs, &error))
        return {{}, error};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, ColabSessions::tr("Cannot read %1: %2").arg(path, file.errorString())};
    QByteArray bytes = file.readAll();
    lock.release();
    Result result = parse(bytes);
    bytes.fill('\0'); // it held the tokens
    if (!result.ok())
        result.error = ColabSessions::tr("%1 (the colab CLI's session list) is unreadable: %2").arg(path, result.error);
    return result;
}

ColabSessions::Result ColabSessions::parse(const QByteArray& json)
{
    // The CLI itself writes nothing to an empty file until its first session.
    if (json.trimmed().isEmpty())
        return {};
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {{}, ColabSessions::tr("not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset)};
    if (!document.isObject())
        return {{}, ColabSessions::tr("not a JSON object of sessions")};
    Result result;
    const QJsonObject all = document.object();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        ColabSession session;
        session.name = entry.value(QLatin1String("name")).toString();
        session.endpoint = entry.value(QLatin1String("endpoint")).toString();
        session.variant = entry.value(QLatin1String("variant")).toString(QStringLiteral("DEFAULT"));
        session.accelerator = entry.value(QLatin1String("accelerator")).toString(QStringLiteral("NONE"));
        session.running = entry.value(QLatin1String("running")).toString();
        // name and endpoint are required by the CLI's SessionState: without them it drops the
        // whole file, so we do not guess at part of it either.
        if (!it.value().isObject() || session.name.isEmpty() || session.endpoint.isEmpty())
            return {{}, ColabSessions::tr("session \"%1\" has no name or endpoint").arg(it.key())};
        result.sessions << session;
    }
    return result;
}

} // namespace colab
