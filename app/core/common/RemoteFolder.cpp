#include "common/RemoteFolder.h"

#include <QRegularExpression>

namespace colab {

bool isValidRemoteFolder(const QString& folder)
{
    // Anchored: '$' alone would also accept a trailing newline.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("/[A-Za-z0-9._/-]{0,200}")));
    return pattern.match(folder).hasMatch() && !folder.contains(QLatin1String(".."));
}

} // namespace colab
