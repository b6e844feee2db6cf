#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace colab {

// One runtime the user connects to. `name` is the user's stable handle; `hostname` changes with
// every quick-tunnel runtime.
struct Tunnel
{
    Q_DECLARE_TR_FUNCTIONS(Tunnel)
public:
    enum class Kind { Quick, Named };

    QString name;
    QString hostname;
    Kind kind = Kind::Quick;
    QDateTime addedAt;
    QDateTime updatedAt;
    // The folder IDEs open on this runtime (the cell's cloned repository); empty = the setting.
    QString remoteFolder = {};
    // A slot made by `slot add` (own domain): Cloudflare's ids for its tunnel, account and zone.
    QString tunnelId = {};
    QString accountId = {};
    QString zoneId = {};

    QString alias() const { return QStringLiteral("colab-") + name; }
    static Kind kindForHostname(const QString& hostname);
    static QString kindName(Kind kind);

    // `unknownFields`: what fromJson() did not know (a newer version's, or the user's), written
    // back as it was.
    QJsonObject toJson(const QJsonObject& unknownFields = {}) const;
    // Returns false when the object is not a valid tunnel (validated like user input).
    static bool fromJson(const QJsonObject& object, Tunnel* tunnel, QString* error,
                         QJsonObject* unknownFields = nullptr);

    bool operator==(const Tunnel& other) const
    {
        return name == other.name && hostname == other.hostname && kind == other.kind &&
               remoteFolder == other.remoteFolder && tunnelId == other.tunnelId && accountId == other.accountId &&
               zoneId == other.zoneId;
    }
};

} // namespace colab
