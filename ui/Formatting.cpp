#include "Formatting.h"

namespace colab {

QString formatMebibytes(qint64 mib)
{
    return mib >= 1024 ? QStringLiteral("%1 GiB").arg(mib / 1024.0, 0, 'f', 1) : QStringLiteral("%1 MiB").arg(mib);
}

} // namespace colab
