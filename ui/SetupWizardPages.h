#pragma once

#include "service/SetupAssistant.h"
#include "ssh/ProbeResult.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace colab {

class PasswordEditor;
class SetupWizard;

// The pages share this: the wizard they belong to, and pages that keep their input when the user
// goes Back (QWizard's default clears the fields of the page left).
class SetupPage : public QWizardPage
{
    Q_OBJECT
public:
    using QWizardPage::QWizardPage;
    void cleanupPage() override {}

protected:
    // True the first time only: a page connects to the assistant when it is first shown (the
    // wizard is not known before), and initializePage runs again on every visit.
    bool wireOnce()
    {
        const bool first = !m_wired;
        m_wired = true;
        return first;
    }
    SetupWizard* setupWizard() const;
    SetupAssistant& assistant() const;
    // A label for running rich text: wraps, selectable, links open in the browser. Anything in it
    // that did not come from tr() (a domain, a name server, a message) must be toHtmlEscaped().
    static QLabel* textLabel(const QString& text = {}, const QString& objectName = {});
    // A label for showStatus(): plain text, wraps, selectable.
    static QLabel* statusLabel(const QString& objectName);
    // One line of state in plain words, shown as plain text (it may quote cloudflared, Cloudflare's
    // API or the runtime); `problem` shows it as an error (icon and text, not colour alone).
    static void showStatus(QLabel* label, const QString& text, bool problem);
    // A state that is still under way (looking, waiting, checking): no mark, neither done nor failed.
    static void showProgress(QLabel* label, const QString& text);

private:
    bool m_wired = false;
};

class WelcomePage : public SetupPage
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);
    void initializePage() override;

private:
    void updateDone();
    QLabel* m_done;
};

class ModePage : public SetupPage
{
    Q_OBJECT
public:
    explicit ModePage(QWidget* parent = nullptr);
    int nextId() const override;

private:
    QRadioButton* m_quick;
    QRadioButton* m_named;
};

class CloudflaredPage : public SetupPage
{
    Q_OBJECT
public:
    explicit CloudflaredPage(QWidget* parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void render();
    void browse();
    QLabel* m_status;
    QWidget* m_install;
    QLineEdit* m_installCommand;
    QPushButton* m_recheck;
    QTimer m_autoRecheck; // while missing: an install in a terminal is noticed without a click
};

class DomainPage : public SetupPage
{
    Q_OBJECT
public:
    explicit DomainPage(QWidget* parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    bool isComplete() const override;

private:
    void check();
    void render(const DnsCheck& result);
    QLineEdit* m_domain;
    QPushButton* m_check;
    QLabel* m_status;
    QLabel* m_details;
    QTimer m_autoRecheck; // every 30 s until the domain is ready
    QString m_readyDomain;
    bool m_checking = false;
};

class AuthorisePage : public SetupPage
{
    Q_OBJECT
public:
    explicit AuthorisePage(QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    void start();
    void render();
    QLabel* m_status;
    QLabel* m_link;
    QProgressBar* m_busy;
    QPushButton* m_login;
    QPushButton* m_cancel;
    QPushButton* m_moveAside;
    QString m_existingCert;
    bool m_loggedIn = false;
};

class SlotPage : public SetupPage
{
    Q_OBJECT
public:
    explicit SlotPage(QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    void create();
    void updatePreview();
    bool slotExists() const;
    QString suggestedName() const;
    // The latest step gets its outcome mark.
    void markLastStep(const QString& mark);
    QLineEdit* m_name;
    QString m_createdHere; // the hostname this run created (not one that was there before)
    bool m_nameSuggested = false;
    QLabel* m_hostname;
    QPushButton* m_create;
    QPushButton* m_cancel;
    QProgressBar* m_busy;
    QListWidget* m_steps;
    QLabel* m_status;
};

class PasswordPage : public SetupPage
{
    Q_OBJECT
public:
    explicit PasswordPage(QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void updateStrength();
    void saved();
    void refused(const QString& why);
    QRadioButton* m_keep;
    QRadioButton* m_generate;
    QRadioButton* m_type;
    PasswordEditor* m_editor;
    QLineEdit* m_password; // m_editor's
    QLabel* m_status;
    QPushButton* m_sessionOnly;
    bool m_saving = false;
    bool m_saved = false;
};

class CellPage : public SetupPage
{
    Q_OBJECT
public:
    explicit CellPage(QWidget* parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void wire(SetupAssistant& work);
    void generate();
    void copyToken();
    void clipboardChanged();
    void pasteFromClipboard();
    void updateClipboardWatching();
    void runtimeState(const QString& name, const ProbeResult& result);
    QLineEdit* m_name;
    QCheckBox* m_drive;
    QLineEdit* m_repo;
    QPlainTextEdit* m_cell;
    QPushButton* m_copy;
    QPushButton* m_paste; // instead of watching the clipboard, where the user turned that off
    QWidget* m_tokenRow;
    QLabel* m_status;
    QProgressBar* m_busy;
    QWidget* m_offerRow;
    QLabel* m_offerText;
    QPushButton* m_acceptOffer;
    QTimer m_regenerate; // typing a name or URL makes one new cell, not one per key
    bool m_online = false;
    bool m_added = false;   // the runtime of this cell was added while the page waited
    bool m_waiting = false; // between initializePage() and cleanupPage(): the clipboard may offer it
};

class DonePage : public SetupPage
{
    Q_OBJECT
public:
    explicit DonePage(QWidget* parent = nullptr);
    void initializePage() override;
    // What became of Open in VS Code / PyCharm (launched, or why not).
    void showOpenResult(const QString& text, bool problem);

private:
    void open(IdePlanner::Ide ide);
    QLabel* m_summary;
    QLabel* m_status;
};

} // namespace colab
