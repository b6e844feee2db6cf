#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace colab {

// One of the app's JSON files (the tunnel store, the local ports), read and written by the same
// rules: a missing file is an empty object; a file that is damaged, not an object, or of another
// version fails with one sentence naming the file, so that the caller saves nothing over it (a
// newer version's file is never downgraded); writes are atomic and owner-only, in a private folder.
// The callers keep what they do not know (read() hands back the whole object).
class JsonStoreFile
{
    Q_DECLARE_TR_FUNCTIONS(JsonStoreFile)
public:
    JsonStoreFile(QString path, int version);

    QString path() const { return m_path; }
    // `root` without its "version" (read as this version when absent).
    bool read(QJsonObject* root, QString* error) const;
    // Writes `root` with this version.
    bool write(QJsonObject root, QString* error) const;

    // A JSON value as it appears in the file, shortened and safe for a one-line message.
    static QString shown(const QJsonValue& value);
    // "FILE: ENTRY: WHY Fix or remove that entry, then try again." on one line.
    QString entryError(const QString& entry, const QString& why) const;

private:
    QString m_path;
    int m_version;
};

} // namespace colab
