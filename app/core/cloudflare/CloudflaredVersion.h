#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace colab {

// cloudflared's calendar version (YEAR.MONTH.PATCH) as `cloudflared --version` prints it, and
// whether it is too old to rely on (more than a year behind today).
class CloudflaredVersion
{
    Q_DECLARE_TR_FUNCTIONS(CloudflaredVersion)
public:
    int year = 0;
    int month = 0;
    int patch = 0;

    bool isValid() const { return year > 0 && month >= 1 && month <= 12; }
    QString toString() const;
    // The first day of the release month: what "older than a year" is measured from.
    QDate releaseMonth() const { return QDate(year, month, 1); }
    bool isTooOld(const QDate& today) const;

    // Parses "cloudflared version 2026.8.2 (built ...)" (also a bare "2026.8.2"); invalid when not.
    static CloudflaredVersion parse(const QString& versionOutput);
    // Runs `PATH --version` (argument list, 10 s limit); invalid with `error` set when it fails.
    static CloudflaredVersion query(const QString& cloudflaredPath, QString* error);
    // How to update on this OS, in one sentence.
    static QString updateHint();
};

} // namespace colab
