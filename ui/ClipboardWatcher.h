#pragma once

#include <QObject>
#include <QSet>

namespace colab {

class AppService;

// Notices when the user copies Colab output with a runtime in it and offers to add it (once per
// hostname, and only when it is new). Deciding is the service's; this only listens.
class ClipboardWatcher : public QObject
{
    Q_OBJECT
public:
    explicit ClipboardWatcher(const AppService* service, QObject* parent = nullptr);

    // Checks a text as if it had just been copied (also used by tests).
    void consider(const QString& text);
    // Off: copies are not looked at, nothing is offered (the user's setting).
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

signals:
    void runtimeOffered(const QString& text, const QString& hostname);
    // The copied runtime is in the list already: say so instead of offering it again.
    void runtimeKnown(const QString& message);

private:
    const AppService* m_service;
    QSet<QString> m_offered;
    bool m_enabled = true;
};

} // namespace colab
