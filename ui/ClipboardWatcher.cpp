#include "ClipboardWatcher.h"

#include "service/AppService.h"

#include <QClipboard>
#include <QGuiApplication>

namespace colab {

ClipboardWatcher::ClipboardWatcher(const AppService* service, QObject* parent) : QObject(parent), m_service(service)
{
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this,
            [this] { consider(QGuiApplication::clipboard()->text()); });
}

void ClipboardWatcher::consider(const QString& text)
{
    if (!m_enabled)
        return;
    const AppService::ClipboardOffer offer = m_service->clipboardOffer(text);
    if (offer.hostname.isEmpty() || m_offered.contains(offer.hostname))
        return;
    m_offered.insert(offer.hostname);
    if (offer.isNew())
        emit runtimeOffered(text, offer.hostname);
    else
        emit runtimeKnown(offer.text);
}

} // namespace colab
