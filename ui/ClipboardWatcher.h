#pragma once

#include <QObject>
#include <QSet>

namespace colab {

class TunnelRegistry;

// Notices when the user copies Colab output with a runtime in it and offers to add it (once per
// hostname). Parsing is core's; this only listens to the clipboard.
class ClipboardWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ClipboardWatcher(const TunnelRegistry* registry, QObject* parent = nullptr);

    // Checks a text as if it had just been copied (also used by tests).
    void consider(const QString& text);

signals:
    void runtimeOffered(const QString& text, const QString& hostname);

private:
    const TunnelRegistry* m_registry;
    QSet<QString> m_offered;
};

} // namespace colab
