#include "UiResources.h"

#include <QIconEngine>
#include <QPainter>
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

namespace {
// Parses its SVG when the icon is first drawn, not when it is made: most of the window's icons
// (menus, the context menu, the tray's) are not drawn at start-up, and QIcon(file.svg) parses the
// file at once.
class LazySvgIconEngine final : public QIconEngine
{
public:
    explicit LazySvgIconEngine(const QString& path) : m_path(path) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        loaded().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return loaded().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return loaded().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override
    {
        return size; // an SVG draws at any size
    }
    QIconEngine* clone() const override { return new LazySvgIconEngine(m_path); }
    QString key() const override { return QStringLiteral("colab-lazy-svg"); }

private:
    QIcon& loaded()
    {
        if (m_icon.isNull())
            m_icon = QIcon(m_path);
        return m_icon;
    }

    QString m_path;
    QIcon m_icon;
};
} // namespace

QIcon ownIcon(const QString& name)
{
    ensureUiResources();
    return QIcon(new LazySvgIconEngine(QStringLiteral(":/icons/%1.svg").arg(name)));
}

QIcon themedIcon(const QString& themeName, const QString& ownName)
{
    ensureUiResources();
    // hicolor is the theme every theme falls back to; as the theme itself it means the desktop set
    // none, and it has no action icons. Asking it anyway parses its index at start-up (7 ms here).
    const QString desktopTheme = QIcon::themeName();
    const bool desktopHasTheme = !desktopTheme.isEmpty() && desktopTheme != QLatin1String("hicolor");
    if (desktopHasTheme && !themeName.isEmpty() && QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    return ownIcon(ownName);
}

} // namespace colab
