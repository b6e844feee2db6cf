#include "common/JsonStoreFile.h"

#include "common/AppPaths.h"
#include "common/Text.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace colab {

JsonStoreFile::JsonStoreFile(QString path, int version) : m_path(std::move(path)), m_version(version) {}

QString JsonStoreFile::shown(const QJsonValue& value)
{
    QString text = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    text = text.mid(1, text.size() - 2);
    return withoutControlCharacters(text.size() > 40 ? text.left(37) + QStringLiteral("...") : text);
}

QString JsonStoreFile::entryError(const QString& entry, const QString& why) const
{
    return withoutControlCharacters(tr("%1: %2: %3 Fix or remove that entry, then try again.").arg(m_path, entry, why));
}

bool JsonStoreFile::read(QJsonObject* root, QString* error) const
{
    *root = {};
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = tr("%1 is damaged (%2); fix or move it away.")
                     .arg(m_path, parseError.error == QJsonParseError::NoError ? tr("not a JSON object")
                                                                               : parseError.errorString());
        return false;
    }
    QJsonObject object = document.object();
    const QJsonValue version = object.take(QStringLiteral("version"));
    if (!version.isUndefined() && !(version.isDouble() && version.toDouble() == m_version)) {
        if (version.isDouble() && version.toDouble() > m_version)
            *error =
                tr("%1 was written by a newer Colab Tunnel (version %2); update the app.").arg(m_path, shown(version));
        else
            *error = tr("%1 has an unknown version (%2); fix or move it away.").arg(m_path, shown(version));
        return false;
    }
    *root = object;
    return true;
}

bool JsonStoreFile::write(QJsonObject root, QString* error) const
{
    AppPaths::ensurePrivateDir(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    root.insert(QStringLiteral("version"), m_version);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

} // namespace colab
