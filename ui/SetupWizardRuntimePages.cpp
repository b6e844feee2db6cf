#include "PasswordEditor.h"
#include "SecretClipboard.h"
#include "SetupWizard.h"
#include "SetupWizardPages.h"
#include "service/AppService.h"
#include "service/PasswordService.h"
#include "tunnels/Validation.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QUrl>
#include <QVBoxLayout>

// The pages every mode shares: the SSH password, the Colab cell, done.
namespace colab {

PasswordPage::PasswordPage(QWidget* parent)
    : SetupPage(parent), m_keep(new QRadioButton(tr("&Keep the stored password"))),
      m_generate(new QRadioButton(tr("&Generate a strong password"))),
      m_type(new QRadioButton(tr("&Type my own password"))), m_editor(new PasswordEditor), m_password(m_editor->edit()),
      m_status(statusLabel(QStringLiteral("passwordStatus"))),
      m_sessionOnly(new QPushButton(tr("Keep it for this &session only")))
{
    setTitle(tr("SSH password"));
    setSubTitle(tr("Root's password on the runtime. The cell gets only a salted hash of it; Colab Tunnel keeps it in "
                   "your system keychain, never in a file. Connections normally use the app's key instead."));
    m_keep->setObjectName(QStringLiteral("passwordKeep"));
    m_generate->setObjectName(QStringLiteral("passwordGenerate"));
    m_type->setObjectName(QStringLiteral("passwordType"));
    m_sessionOnly->setObjectName(QStringLiteral("passwordSessionOnly"));
    m_sessionOnly->hide();
    m_generate->setChecked(true);

    auto* regenerate = new QPushButton(tr("Ne&w"));
    regenerate->setObjectName(QStringLiteral("passwordRegenerate"));
    regenerate->setToolTip(tr("Generate another password"));
    connect(regenerate, &QPushButton::clicked, this, [this] {
        m_generate->setChecked(true);
        m_password->setText(PasswordService::generate());
    });
    m_editor->addButton(regenerate);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_keep);
    layout->addWidget(m_generate);
    layout->addWidget(m_type);
    layout->addWidget(m_editor);
    layout->addWidget(m_status);
    auto* sessionRow = new QHBoxLayout;
    sessionRow->addWidget(m_sessionOnly);
    sessionRow->addStretch();
    layout->addLayout(sessionRow);
    layout->addStretch();

    connect(m_generate, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            m_password->setText(PasswordService::generate());
    });
    connect(m_type, &QRadioButton::toggled, this, [this](bool on) {
        if (on) {
            m_password->clear();
            m_password->setFocus();
        }
    });
    connect(m_keep, &QRadioButton::toggled, this, [this](bool on) {
        m_password->setEnabled(!on);
        updateStrength();
    });
    connect(m_editor, &PasswordEditor::textChanged, this, [this] {
        if (m_password->hasFocus() && !m_type->isChecked()) {
            const QSignalBlocker keepWhatIsTyped(m_type); // its handler would clear the field
            m_type->setChecked(true);
        }
        m_saved = false;
        m_sessionOnly->hide();
        updateStrength();
    });
    connect(m_sessionOnly, &QPushButton::clicked, this, [this] {
        assistant().service().keepPasswordForSession(m_password->text());
        m_saved = true;
        m_sessionOnly->hide();
        wizard()->next();
    });
}

void PasswordPage::initializePage()
{
    AppService& service = assistant().service();
    if (wireOnce()) {
        connect(&service, &AppService::passwordStored, this, &PasswordPage::saved);
        connect(&service, &AppService::keychainRefused, this, &PasswordPage::refused);
    }
    if (!service.keychainAnswered()) {
        // Whether a password is stored is not known yet: nothing is chosen or overwritten before.
        showProgress(m_status, tr("Asking the keychain whether a password is stored…"));
        connect(&service, &AppService::keychainReady, this, &PasswordPage::initializePage, Qt::SingleShotConnection);
        service.lookUpPassword();
        emit completeChanged();
        return;
    }
    const bool stored = service.hasPassword();
    m_keep->setVisible(stored);
    if (stored && !m_saved && m_password->text().isEmpty())
        m_keep->setChecked(true);
    else if (m_password->text().isEmpty())
        m_password->setText(PasswordService::generate());
    updateStrength();
}

void PasswordPage::updateStrength()
{
    if (m_keep->isChecked())
        m_editor->showNote(tr("The stored password stays; the cell uses it."));
    else
        m_editor->showNote({});
    emit completeChanged();
}

bool PasswordPage::isComplete() const
{
    return !m_saving && assistant().service().keychainAnswered() && (m_keep->isChecked() || m_editor->acceptable());
}

bool PasswordPage::validatePage()
{
    if (m_keep->isChecked() || m_saved)
        return true;
    // Stored first, then on: the cell is made from the stored password.
    m_saving = true;
    showProgress(m_status, tr("Storing the password in the keychain…"));
    assistant().service().setPassword(m_password->text());
    emit completeChanged();
    return false;
}

void PasswordPage::saved()
{
    if (!m_saving)
        return;
    m_saving = false;
    m_saved = true;
    showStatus(m_status, tr("Stored in the keychain."), false);
    emit completeChanged();
    if (wizard()->currentPage() == this)
        wizard()->next();
}

void PasswordPage::refused(const QString& why)
{
    if (!m_saving)
        return;
    m_saving = false;
    showStatus(m_status,
               tr("The keychain did not store it: %1\nYou can keep the password for this session only: Colab Tunnel "
                  "then forgets it when it quits, so after a restart it cannot log in with the password until you "
                  "enter it again (runtimes that already have the app's key still connect).")
                   .arg(why),
               true);
    m_sessionOnly->show();
    m_sessionOnly->setDefault(true);
    m_sessionOnly->setFocus();
    emit completeChanged();
}

// ---------------------------------------------------------------------------------------------

CellPage::CellPage(QWidget* parent)
    : SetupPage(parent), m_name(new QLineEdit(QStringLiteral("gpu"))),
      m_drive(new QCheckBox(tr("Mount Google &Drive"))), m_repo(new QLineEdit), m_cell(new QPlainTextEdit),
      m_copy(new QPushButton(tr("&Copy the cell"))), m_paste(new QPushButton(tr("&Paste what the cell printed"))),
      m_tokenRow(new QWidget), m_status(statusLabel(QStringLiteral("cellStatus"))), m_busy(new QProgressBar),
      m_offerRow(new QWidget), m_offerText(textLabel()), m_acceptOffer(new QPushButton(tr("&Add and connect")))
{
    setTitle(tr("The Colab cell"));
    setSubTitle(tr("Paste it into a notebook cell on a GPU runtime and run it. It starts SSH and the tunnel, and "
                   "hands the runtime to this app."));
    m_name->setObjectName(QStringLiteral("cellName"));
    m_name->setAccessibleName(tr("Runtime name"));
    m_drive->setObjectName(QStringLiteral("cellDrive"));
    m_repo->setObjectName(QStringLiteral("cellRepo"));
    m_repo->setPlaceholderText(tr("optional: https://github.com/you/project"));
    m_repo->setAccessibleName(tr("Repository to clone"));
    m_cell->setObjectName(QStringLiteral("cellText"));
    m_cell->setReadOnly(true);
    m_cell->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_cell->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_cell->setAccessibleName(tr("Cell"));
    m_copy->setObjectName(QStringLiteral("cellCopy"));
    auto* open = new QPushButton(tr("&Open Colab"));
    open->setObjectName(QStringLiteral("cellOpenColab"));
    open->setToolTip(tr("Opens colab.research.google.com in your browser"));
    m_busy->setObjectName(QStringLiteral("cellWaiting"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(8);

    auto* copyToken = new QPushButton(tr("Copy the &token"));
    copyToken->setObjectName(QStringLiteral("cellCopyToken"));
    auto* tokenLayout = new QHBoxLayout(m_tokenRow);
    tokenLayout->setContentsMargins(0, 0, 0, 0);
    tokenLayout->addWidget(textLabel(tr("First add the Colab secret <b>COLAB_TUNNEL_TOKEN</b> (the key icon in Colab's "
                                        "left bar) with this slot's token, and allow the notebook to read it.")),
                           1);
    tokenLayout->addWidget(copyToken);

    auto* form = new QGridLayout;
    auto* nameLabel = new QLabel(tr("Na&me:"));
    nameLabel->setBuddy(m_name);
    auto* repoLabel = new QLabel(tr("&Repository:"));
    repoLabel->setBuddy(m_repo);
    form->addWidget(nameLabel, 0, 0);
    form->addWidget(m_name, 0, 1);
    form->addWidget(m_drive, 0, 2);
    form->addWidget(repoLabel, 1, 0);
    form->addWidget(m_repo, 1, 1, 1, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(open);
    buttons->addWidget(m_paste);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tokenRow);
    layout->addWidget(m_cell, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    auto* offerLayout = new QHBoxLayout(m_offerRow);
    offerLayout->setContentsMargins(0, 0, 0, 0);
    offerLayout->addWidget(m_offerText, 1);
    offerLayout->addWidget(m_acceptOffer);
    layout->addWidget(m_offerRow);
    m_offerRow->hide();
    m_acceptOffer->setObjectName(QStringLiteral("cellAddOffer"));
    m_offerText->setObjectName(QStringLiteral("cellOfferText"));
    connect(m_acceptOffer, &QPushButton::clicked, this, [this] {
        m_offerRow->hide();
        showProgress(m_status, tr("Adding the runtime…"));
        assistant().acceptOffer();
    });

    m_regenerate.setSingleShot(true);
    m_regenerate.setInterval(400);
    connect(&m_regenerate, &QTimer::timeout, this, &CellPage::generate);
    connect(m_name, &QLineEdit::textEdited, &m_regenerate, qOverload<>(&QTimer::start));
    connect(m_repo, &QLineEdit::textEdited, &m_regenerate, qOverload<>(&QTimer::start));
    connect(m_drive, &QCheckBox::toggled, this, &CellPage::generate);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_cell->toPlainText());
        showStatus(m_status, tr("Copied. Paste it into a Colab cell and run it; this page waits for the runtime."),
                   false);
    });
    connect(open, &QPushButton::clicked, this,
            [] { QDesktopServices::openUrl(QUrl(QStringLiteral("https://colab.research.google.com/"))); });
    connect(copyToken, &QPushButton::clicked, this, &CellPage::copyToken);
    m_paste->setObjectName(QStringLiteral("cellPasteButton"));
    m_paste->setToolTip(tr("Reads the clipboard once: what the cell printed when the runtime was ready."));
    m_paste->hide();
    connect(m_paste, &QPushButton::clicked, this, &CellPage::pasteFromClipboard);
}

void CellPage::initializePage()
{
    SetupAssistant& work = assistant();
    const bool named = setupWizard()->ownDomain();
    m_name->setReadOnly(named); // the slot's name, chosen on the slot page
    if (named)
        m_name->setText(setupWizard()->runtimeName());
    m_tokenRow->setVisible(named);
    if (wireOnce()) {
        wire(work);
        connect(setupWizard(), &SetupWizard::watchesClipboardChanged, this, &CellPage::updateClipboardWatching);
    }
    m_waiting = true;
    updateClipboardWatching();
    m_online = false;
    m_added = false;
    m_offerRow->hide();
    m_busy->show();
    generate();
    // A slot whose runtime already runs (the cell was run before): that is the runtime. A quick
    // runtime of the same name from before is not: this cell's runtime gets a new hostname.
    if (named)
        runtimeState(setupWizard()->runtimeName(), assistant().service().state(setupWizard()->runtimeName()));
}

void CellPage::wire(SetupAssistant& work)
{
    connect(&work, &SetupAssistant::cellReady, this, [this](const GeneratedCell& cell) {
        m_cell->setPlainText(cell.ok() ? cell.text : QString());
        m_copy->setEnabled(cell.ok());
        if (!cell.ok())
            showStatus(m_status, cell.error, true);
        else
            showStatus(m_status,
                       tr("Waiting for your runtime… Run the cell, then click the colab-tunnel:// link it "
                          "prints or copy its output."),
                       false);
    });
    connect(&work, &SetupAssistant::runtimeState, this, &CellPage::runtimeState);
    connect(&work, &SetupAssistant::runtimeAdded, this, [this](const QString& name, const QString& hostname) {
        m_added = true;
        showProgress(m_status, tr("Added %1 at %2; connecting…").arg(name, hostname));
    });
    connect(&work, &SetupAssistant::runtimeAddFailed, this,
            [this](const QString&, const QString& message) { showStatus(m_status, message, true); });
    connect(&work, &SetupAssistant::runtimeOffered, this,
            [this](const QString& name, const QString& hostname, const QString& previous) {
                // Nothing is sent to a new host before the user says so.
                m_offerText->setText(
                    previous.isEmpty()
                        ? tr("Colab printed <b>%1</b>. Add it as %2 and connect?")
                              .arg(hostname.toHtmlEscaped(), name.toHtmlEscaped())
                        : tr("Colab printed <b>%1</b>. Point %2 at it (instead of %3) and connect?")
                              .arg(hostname.toHtmlEscaped(), name.toHtmlEscaped(), previous.toHtmlEscaped()));
                m_offerRow->show();
                m_acceptOffer->setDefault(true);
                m_acceptOffer->setFocus();
                if (QWidget* top = window()) {
                    top->raise();
                    top->activateWindow();
                }
            });
}

void CellPage::cleanupPage()
{
    m_regenerate.stop();
    // Going back: the runtime is no longer awaited (its name or the password may change).
    m_waiting = false;
    updateClipboardWatching();
    assistant().waitForRuntime({});
}

void CellPage::generate()
{
    const Validated name =
        assistant().requestCell({m_name->text(), setupWizard()->ownDomain(), m_drive->isChecked(), m_repo->text()});
    if (!name.ok()) {
        showStatus(m_status, name.error, true);
        m_copy->setEnabled(false);
        return;
    }
    setupWizard()->setRuntimeName(name.value);
}

void CellPage::copyToken()
{
    assistant().readColabSecret(
        setupWizard()->runtimeName(), [this](const QString& secret, const QString& error, const QString& note) {
            if (!error.isEmpty()) {
                showStatus(m_status, error, true);
                return;
            }
            copySecretToClipboard(secret);
            const QString copied = tr("The slot's secret (its run token and host key, one line) is on the clipboard "
                                      "for %1 seconds: paste it as the value of the Colab secret COLAB_TUNNEL_TOKEN.")
                                       .arg(kSecretClipboardSeconds);
            showStatus(m_status, note.isEmpty() ? copied : copied + QLatin1Char(' ') + note, !note.isEmpty());
        });
}

void CellPage::updateClipboardWatching()
{
    if (m_waiting && setupWizard()->watchesClipboard())
        connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &CellPage::clipboardChanged,
                Qt::UniqueConnection);
    else
        disconnect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &CellPage::clipboardChanged);
    m_paste->setVisible(!setupWizard()->watchesClipboard());
}

void CellPage::pasteFromClipboard()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.size() >= 20000 || !setupWizard()->offerRuntime(text))
        showStatus(m_status,
                   tr("The clipboard holds no runtime of this cell. Copy the lines the cell printed when it was "
                      "ready (with a colab-tunnel:// link), then paste again."),
                   true);
}

void CellPage::clipboardChanged()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.size() < 20000) // a runtime's card is short; never parse a huge paste on every copy
        setupWizard()->offerRuntime(text);
}

void CellPage::runtimeState(const QString& name, const ProbeResult& result)
{
    if (name != setupWizard()->runtimeName() || (!setupWizard()->ownDomain() && !m_added))
        return;
    const bool problem = ProbeResult::needsUser(result.state) || result.state == ProbeResult::State::Error;
    QString text = tr("%1: %2").arg(name, ProbeResult::stateLabel(result.state));
    if (!result.message.isEmpty())
        text += QStringLiteral(" — ") + result.message;
    const bool online = result.state == ProbeResult::State::Online;
    if (problem || online)
        showStatus(m_status, text, problem);
    else
        showProgress(m_status, text); // offline, checking: still waiting for it
    if (online != m_online) {
        m_online = online;
        m_busy->setVisible(!online);
        emit completeChanged();
        if (online) // the runtime is here: on to using it (once this page is fully shown)
            QTimer::singleShot(0, this, [this] {
                if (m_online && wizard()->currentPage() == this)
                    wizard()->next();
            });
    }
}

bool CellPage::isComplete() const
{
    return m_online;
}

// ---------------------------------------------------------------------------------------------

DonePage::DonePage(QWidget* parent)
    : SetupPage(parent), m_summary(textLabel({}, QStringLiteral("doneSummary"))),
      m_status(statusLabel(QStringLiteral("doneStatus")))
{
    setTitle(tr("Your runtime is ready"));
    auto* vscode = new QPushButton(QIcon::fromTheme(QStringLiteral("code")), tr("Open in &VS Code"));
    vscode->setObjectName(QStringLiteral("doneOpenVsCode"));
    auto* pycharm = new QPushButton(tr("Open in &PyCharm"));
    pycharm->setObjectName(QStringLiteral("doneOpenPyCharm"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(vscode);
    buttons->addWidget(pycharm);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch();
    connect(vscode, &QPushButton::clicked, this, [this] { open(IdePlanner::Ide::VsCode); });
    connect(pycharm, &QPushButton::clicked, this, [this] { open(IdePlanner::Ide::PyCharm); });
}

void DonePage::open(IdePlanner::Ide ide)
{
    showProgress(m_status, ide == IdePlanner::Ide::VsCode
                               ? tr("Opening VS Code… it may take a few seconds to appear.")
                               : tr("Opening PyCharm… it may take a few seconds to appear."));
    emit setupWizard()->openRequested(setupWizard()->runtimeName(), ide);
}

void DonePage::showOpenResult(const QString& text, bool problem)
{
    showStatus(m_status, text, problem);
}

void DonePage::initializePage()
{
    const AppService& service = assistant().service();
    const QString name = setupWizard()->runtimeName();
    const Tunnel* tunnel = service.find(name);
    const ProbeResult state = service.state(name);
    QStringList lines;
    lines << tr("Runtime <b>%1</b> at %2: %3.")
                 .arg(name.toHtmlEscaped(), tunnel ? tunnel->hostname.toHtmlEscaped() : QString(),
                      ProbeResult::stateLabel(state.state));
    lines << tr("In a terminal: <code>ssh colab-%1</code>").arg(name.toHtmlEscaped());
    lines << (setupWizard()->ownDomain()
                  ? tr("Its hostname stays the same: run the same cell on your next runtime.")
                  : tr("A quick tunnel gets a new hostname each time: run the cell again on your next runtime and "
                       "it is re-pointed here by itself."));
    lines << tr("It stays in the dashboard and the tray menu, with its GPU, memory and disk.");
    m_summary->setText(lines.join(QStringLiteral("<br><br>")));
}

} // namespace colab
