#include "ClipboardWatcher.h"

#include "service/TunnelRegistry.h"
#include "tunnels/PasteParser.h"

#include <QClipboard>
#include <QGuiApplication>

namespace colab {

ClipboardWatcher::ClipboardWatcher(const TunnelRegistry* registry, QObject* parent)
    : QObject(parent), m_registry(registry)
{
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
            [this] { consider(QGuiApplication::clipboard()->text()); });
}

void ClipboardWatcher::consider(const QString& text)
{
    if (!PasteParser::mightContainRuntime(text))
        return;
    const ParsedRuntime parsed = PasteParser::parse(text);
    if (!parsed.ok() || m_offered.contains(parsed.hostname))
        return;
    for (const Tunnel& tunnel : m_registry->tunnels())
        if (tunnel.hostname == parsed.hostname)
            return;
    m_offered.insert(parsed.hostname);
    emit runtimeOffered(text, parsed.hostname);
}

} // namespace colab
