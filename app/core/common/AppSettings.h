#pragma once

#include <QCoreApplication>
#include <QString>

namespace colab {

// The user's preferences (QSettings under the app's config folder). No secrets here, ever.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
public:
    static QString remoteFolder(); // the folder IDEs open on the runtime, default /content
    static bool setRemoteFolder(const QString& folder, QString* error);
    static QString cloudflaredPath(); // the user's explicit choice, or empty
    static void setCloudflaredPath(const QString& path);
};

} // namespace colab
