#include "UiResources.h"

#include <QtGlobal>

// Outside any namespace, as Q_INIT_RESOURCE requires.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace colab {

void ensureUiResources()
{
    static const bool done = [] {
        initResources();
        return true;
    }();
    Q_UNUSED(done)
}

} // namespace colab

namespace colab {

QIcon themedIcon(const QString& themeName, const QString& ownName)
{
    ensureUiResources();
    return QIcon::fromTheme(themeName, QIcon(QStringLiteral(":/icons/%1.svg").arg(ownName)));
}

} // namespace colab
