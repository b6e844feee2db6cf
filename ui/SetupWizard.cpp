#include "SetupWizard.h"

#include "SetupWizardPages.h"
#include "UiResources.h"
#include "service/AppService.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QWizard>

namespace colab {

SetupWizard::SetupWizard(AppService* service, QWidget* parent) : QWizard(parent), m_assistant(service)
{
    ensureUiResources();
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set up Colab Tunnel"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/colab-tunnel.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setOption(QWizard::NoCancelButtonOnLastPage); // Finish alone: nothing is left to cancel
    setPage(Welcome, new WelcomePage);
    setPage(Mode, new ModePage);
    setPage(Cloudflared, new CloudflaredPage);
    setPage(Domain, new DomainPage);
    setPage(Authorise, new AuthorisePage);
    setPage(Slot, new SlotPage);
    setPage(Password, new PasswordPage);
    setPage(Cell, new CellPage);
    setPage(Done, new DonePage);
    setStartId(Welcome);
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNext"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBack"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizardFinish"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("wizardCancel"));
    resize(720, 600);

    // What is already done, for the welcome page and the pages that can skip their work.
    m_assistant.checkCloudflared();
    m_assistant.checkLogin();
}

SetupWizard::~SetupWizard() = default;

bool SetupWizard::ownDomain() const
{
    return field(QStringLiteral("ownDomain")).toBool();
}

void SetupWizard::setWatchesClipboard(bool watches)
{
    if (watches == m_watchesClipboard)
        return;
    m_watchesClipboard = watches;
    emit watchesClipboardChanged();
}

QString SetupWizard::domain() const
{
    return field(QStringLiteral("domain")).toString().trimmed().toLower();
}

void SetupWizard::showOpenResult(const QString& text, bool problem)
{
    if (auto* done = qobject_cast<DonePage*>(page(Done)); done && currentId() == Done)
        done->showOpenResult(text, problem);
}

QString SetupWizard::runtimeName() const
{
    return m_runtimeName;
}

// ---------------------------------------------------------------------------------------------

SetupWizard* SetupPage::setupWizard() const
{
    return qobject_cast<SetupWizard*>(wizard());
}

SetupAssistant& SetupPage::assistant() const
{
    return setupWizard()->assistant();
}

QLabel* SetupPage::textLabel(const QString& text, const QString& objectName)
{
    auto* label = new QLabel(text);
    label->setTextFormat(Qt::RichText); // never guessed: escaped text must show as the text it escapes
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QLabel* SetupPage::statusLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setObjectName(objectName);
    return label;
}

void SetupPage::showProgress(QLabel* label, const QString& text)
{
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setAccessibleDescription(text);
    label->setProperty("problem", false);
}

void SetupPage::showStatus(QLabel* label, const QString& text, bool problem)
{
    // The words carry the meaning; the mark repeats it for a quick glance. Plain text, always: a
    // message quoting the network shows as the words it is, never as markup or a link.
    label->setTextFormat(Qt::PlainText);
    label->setText(text.isEmpty() ? QString() : (problem ? QStringLiteral("⚠ ") : QStringLiteral("✓ ")) + text);
    label->setAccessibleDescription(text);
    label->setProperty("problem", problem);
}

// ---------------------------------------------------------------------------------------------

WelcomePage::WelcomePage(QWidget* parent) : SetupPage(parent), m_done(textLabel({}, QStringLiteral("welcomeDone")))
{
    setTitle(tr("Welcome to Colab Tunnel"));
    setSubTitle(tr("Work on a Colab GPU runtime from VS Code or PyCharm, over SSH through a Cloudflare tunnel."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(textLabel(
        tr("<p>This wizard will:</p><ol>"
           "<li>find <b>cloudflared</b>, the tunnel program, on this computer;</li>"
           "<li>with your own domain only: check its DNS, authorise Colab Tunnel at Cloudflare in your browser and "
           "create a tunnel with a stable hostname;</li>"
           "<li>keep an SSH password in your system keychain (never in a file);</li>"
           "<li>make the Colab notebook cell that starts SSH and the tunnel on the runtime;</li>"
           "<li>wait for the runtime and open it in your IDE.</li></ol>")));
    layout->addWidget(textLabel(tr("<b>Note:</b> Colab allows SSH on paid runtimes only (Colab Pro, Pro+ or pay as you "
                                   "go). On a free runtime it is against Colab's terms and the runtime may be "
                                   "stopped."),
                                QStringLiteral("welcomeTerms")));
    layout->addWidget(m_done);
    layout->addStretch();
}

void WelcomePage::initializePage()
{
    if (wireOnce()) {
        connect(&assistant(), &SetupAssistant::cloudflaredChecked, this, &WelcomePage::updateDone);
        connect(&assistant(), &SetupAssistant::loginChecked, this, &WelcomePage::updateDone);
        connect(&assistant().service(), &AppService::keychainReady, this, &WelcomePage::updateDone);
    }
    assistant().service().lookUpPassword(); // "An SSH password is stored" once it has answered
    updateDone();
}

void WelcomePage::updateDone()
{
    const SetupAssistant& work = assistant();
    const AppService& service = setupWizard()->assistant().service();
    QStringList done;
    if (work.cloudflared().usable())
        done << tr("cloudflared %1 is installed.").arg(work.cloudflared().version);
    if (work.loggedIn())
        done << tr("Colab Tunnel is authorised at Cloudflare.");
    QStringList slotHosts;
    for (const Tunnel& tunnel : service.tunnels())
        if (!tunnel.tunnelId.isEmpty())
            slotHosts << tunnel.hostname;
    if (!slotHosts.isEmpty())
        done << tr("%n tunnel slot(s) with your own domain exist.", nullptr, int(slotHosts.size())) + QLatin1Char(' ') +
                    tr("Set up: %1.").arg(slotHosts.join(QStringLiteral(", ")));
    if (service.hasPassword())
        done << tr("An SSH password is stored.");
    if (!service.tunnels().isEmpty())
        done << tr("%n runtime(s) are in the dashboard.", nullptr, int(service.tunnels().size()));
    for (QString& line : done)
        line = line.toHtmlEscaped(); // cloudflared's version is what the program printed
    m_done->setText(done.isEmpty() ? QString()
                                   : tr("<p>Already done (kept as it is):</p><ul><li>%1</li></ul>")
                                         .arg(done.join(QStringLiteral("</li><li>"))));
}

// ---------------------------------------------------------------------------------------------

ModePage::ModePage(QWidget* parent)
    : SetupPage(parent), m_quick(new QRadioButton(tr("&Quick tunnel (no account needed)"))),
      m_named(new QRadioButton(tr("&Own domain on Cloudflare (stable hostnames)")))
{
    setTitle(tr("How should the runtime be reached?"));
    m_quick->setObjectName(QStringLiteral("modeQuick"));
    m_named->setObjectName(QStringLiteral("modeNamed"));
    m_quick->setChecked(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_quick);
    auto* quickText = textLabel(tr("Nothing to sign up for. Each runtime gets a new random *.trycloudflare.com "
                                   "name; the cell hands it to this app with a link or the clipboard."));
    quickText->setContentsMargins(24, 0, 0, 12);
    layout->addWidget(quickText);
    layout->addWidget(m_named);
    auto* namedText = textLabel(tr("For a domain whose DNS is at Cloudflare (a free account is enough). Each slot "
                                   "gets a name such as gpu.example.com that stays the same for every runtime, so "
                                   "IDE settings keep working; the dashboard reads its status from Cloudflare."));
    namedText->setContentsMargins(24, 0, 0, 0);
    layout->addWidget(namedText);
    layout->addStretch();
    registerField(QStringLiteral("ownDomain"), m_named);
}

int ModePage::nextId() const
{
    return SetupWizard::Cloudflared;
}

// ---------------------------------------------------------------------------------------------

CloudflaredPage::CloudflaredPage(QWidget* parent)
    : SetupPage(parent), m_status(statusLabel(QStringLiteral("cloudflaredStatus"))), m_install(new QWidget),
      m_installCommand(new QLineEdit), m_recheck(new QPushButton(tr("&Re-check")))
{
    setTitle(tr("cloudflared"));
    setSubTitle(tr("The tunnel program from Cloudflare. Colab Tunnel runs it for every connection."));
    m_recheck->setObjectName(QStringLiteral("cloudflaredRecheck"));
    auto* browse = new QPushButton(tr("Br&owse…"));
    browse->setObjectName(QStringLiteral("cloudflaredBrowse"));
    browse->setToolTip(tr("Choose a cloudflared executable that is not on the PATH"));
    m_installCommand->setReadOnly(true);
    m_installCommand->setObjectName(QStringLiteral("cloudflaredInstallCommand"));
    m_installCommand->setAccessibleName(tr("Install command"));
    auto* copy = new QPushButton(tr("&Copy"));
    copy->setObjectName(QStringLiteral("cloudflaredCopyCommand"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_installCommand->text()); });

    auto* installLayout = new QVBoxLayout(m_install);
    installLayout->setContentsMargins(0, 0, 0, 0);
    installLayout->addWidget(new QLabel(tr("Install it by running this in a terminal:")));
    auto* commandRow = new QHBoxLayout;
    commandRow->addWidget(m_installCommand, 1);
    commandRow->addWidget(copy);
    installLayout->addLayout(commandRow);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(browse);
    buttons->addWidget(m_recheck);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_install);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_recheck, &QPushButton::clicked, this, [this] {
        showProgress(m_status, tr("Looking for cloudflared…"));
        assistant().checkCloudflared();
    });
    connect(browse, &QPushButton::clicked, this, &CloudflaredPage::browse);
    m_autoRecheck.setInterval(5000);
    connect(&m_autoRecheck, &QTimer::timeout, this, [this] { assistant().checkCloudflared(); });
}

void CloudflaredPage::initializePage()
{
    if (wireOnce())
        connect(&assistant(), &SetupAssistant::cloudflaredChecked, this, &CloudflaredPage::render);
    render();
}

void CloudflaredPage::render()
{
    const CloudflaredCheck& state = assistant().cloudflared();
    m_install->setVisible(state.checked && !state.found);
    m_installCommand->setText(state.installCommand);
    if (!state.checked)
        showProgress(m_status, tr("Looking for cloudflared…"));
    else
        showStatus(m_status, state.summary(), !state.usable() || state.tooOld);
    if (state.checked && !state.found)
        m_autoRecheck.start();
    else
        m_autoRecheck.stop();
    emit completeChanged();
}

void CloudflaredPage::cleanupPage()
{
    m_autoRecheck.stop(); // Back: no one is waiting for an install any more
}

void CloudflaredPage::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose cloudflared"), QDir::homePath());
    if (path.isEmpty())
        return;
    showProgress(m_status, tr("Checking %1…").arg(path));
    assistant().chooseCloudflared(path);
}

bool CloudflaredPage::isComplete() const
{
    const CloudflaredCheck& state = assistant().cloudflared();
    return state.usable(); // too old is allowed: it is said plainly
}

int CloudflaredPage::nextId() const
{
    return setupWizard()->ownDomain() ? SetupWizard::Domain : SetupWizard::Password;
}

} // namespace colab
