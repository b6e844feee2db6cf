#pragma once

#include "ide/IdePlanner.h"
#include "service/SetupAssistant.h"

#include <QWizard>

namespace colab {

class AppService;

// The guided setup, from nothing to a runtime in the IDE, in either mode. Each step is a page
// (SetupWizardPages.h); the work is SetupAssistant's. Re-running it shows what is already done
// (cloudflared found, logged in, slot made, password stored) instead of redoing it.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { Welcome, Mode, Cloudflared, Domain, Authorise, Slot, Password, Cell, Done };

    // `service` is borrowed and outlives the wizard.
    explicit SetupWizard(AppService* service, QWidget* parent = nullptr);
    ~SetupWizard() override;

    SetupAssistant& assistant() { return m_assistant; }
    bool ownDomain() const;
    QString domain() const;
    // The runtime this setup is for: the slot's name (own domain) or the quick cell's name.
    QString runtimeName() const;
    void setRuntimeName(const QString& name) { m_runtimeName = name; }
    // A colab-tunnel:// link or copied text while the cell page waits; true when it was taken.
    bool offerRuntime(const QString& text) { return m_assistant.offerRuntime(text); }
    // The user's "Watch the clipboard" setting: off, the cell page reads the clipboard only when
    // its Paste button is pressed.
    void setWatchesClipboard(bool watches);
    bool watchesClipboard() const { return m_watchesClipboard; }
    // What became of an IDE opened from the last page (TunnelActions' words), shown there.
    void showOpenResult(const QString& text, bool problem);

signals:
    void openRequested(const QString& name, colab::IdePlanner::Ide ide);
    void watchesClipboardChanged();

private:
    SetupAssistant m_assistant;
    bool m_watchesClipboard = true;
    QString m_runtimeName = QStringLiteral("gpu");
};

} // namespace colab
