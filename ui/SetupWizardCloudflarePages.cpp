#include "SetupWizard.h"
#include "SetupWizardPages.h"
#include "service/AppService.h"
#include "tunnels/Validation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

// The own-domain pages: the domain's DNS, the browser login, the tunnel slot.
namespace colab {

namespace {
// What people paste for a domain: a link to their site ("https://example.com/"), with a port, a
// path, a trailing dot or blanks. The domain is the host in it.
QString domainIn(const QString& typed)
{
    QString text = typed.trimmed().toLower();
    if (const int scheme = int(text.indexOf(QStringLiteral("://"))); scheme >= 0)
        text = text.mid(scheme + 3);
    text = text.section(QLatin1Char('/'), 0, 0).section(QLatin1Char('?'), 0, 0).section(QLatin1Char('#'), 0, 0);
    text = text.section(QLatin1Char('@'), -1); // user@ in a link
    text = text.section(QLatin1Char(':'), 0, 0);
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QProgressBar* busyBar(const QString& objectName)
{
    auto* bar = new QProgressBar;
    bar->setRange(0, 0); // busy: how long Cloudflare takes is not known
    bar->setTextVisible(false);
    bar->setMaximumHeight(8);
    bar->setObjectName(objectName);
    bar->hide();
    return bar;
}
} // namespace

DomainPage::DomainPage(QWidget* parent)
    : SetupPage(parent), m_domain(new QLineEdit), m_check(new QPushButton(tr("&Check"))),
      m_status(statusLabel(QStringLiteral("domainStatus"))), m_details(textLabel({}, QStringLiteral("domainDetails")))
{
    setTitle(tr("Your domain"));
    setSubTitle(tr("Its DNS must be at Cloudflare: the tunnel's hostnames are made in it."));
    m_domain->setObjectName(QStringLiteral("domainEdit"));
    m_domain->setPlaceholderText(tr("example.com"));
    m_domain->setAccessibleName(tr("Domain"));
    m_check->setObjectName(QStringLiteral("domainCheck"));
    auto* label = new QLabel(tr("&Domain:"));
    label->setBuddy(m_domain);
    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_domain, 1);
    row->addWidget(m_check);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_details);
    layout->addStretch();
    registerField(QStringLiteral("domain*"), m_domain);

    connect(m_check, &QPushButton::clicked, this, &DomainPage::check);
    connect(m_domain, &QLineEdit::returnPressed, this, &DomainPage::check);
    connect(m_domain, &QLineEdit::textEdited, this, [this] {
        m_readyDomain.clear();
        m_autoRecheck.stop();
        showStatus(m_status, {}, false);
        m_details->clear();
        emit completeChanged();
    });
    m_autoRecheck.setInterval(30000);
    connect(&m_autoRecheck, &QTimer::timeout, this, &DomainPage::check);
}

void DomainPage::initializePage()
{
    if (wireOnce()) {
        connect(&assistant(), &SetupAssistant::domainChecked, this, &DomainPage::render);
        // Run again: the domain of the slots already set up.
        for (const Tunnel& tunnel : assistant().service().tunnels())
            if (!tunnel.tunnelId.isEmpty() && m_domain->text().isEmpty())
                m_domain->setText(tunnel.hostname.section(QLatin1Char('.'), 1));
    }
    if (!m_domain->text().isEmpty() && m_readyDomain.isEmpty())
        check();
}

void DomainPage::check()
{
    if (const QString domain = domainIn(m_domain->text()); domain != m_domain->text())
        m_domain->setText(domain); // shown as it is used
    const Validated valid = validateHostname(m_domain->text());
    if (!valid.ok()) {
        showStatus(m_status, valid.error, true);
        return;
    }
    m_checking = true;
    m_check->setEnabled(false);
    showProgress(m_status, tr("Asking public DNS about %1…").arg(valid.value));
    assistant().checkDomain(valid.value);
}

void DomainPage::render(const DnsCheck& result)
{
    m_checking = false;
    m_check->setEnabled(true);
    if (result.domain != m_domain->text().trimmed().toLower())
        return; // an answer for what the field held before an edit
    // Rich text (for "Pending"): every word from a resolver or Cloudflare is escaped.
    QStringList details;
    if (!result.nameServers.isEmpty())
        details << tr("Public DNS names these name servers: %1.")
                       .arg(result.nameServers.join(QStringLiteral(", ")).toHtmlEscaped());
    if (result.zoneChecked && result.zoneFound)
        details << tr("At Cloudflare the zone is %1.").arg(result.zoneStatus.toHtmlEscaped());
    if (result.zoneStatus == QLatin1String("pending"))
        details << tr("<i>Pending</i> means Cloudflare has not yet seen its name servers at your registrar. After "
                      "you change them this can take from minutes to a day; this page checks again every 30 seconds, "
                      "and you may go on meanwhile: the hostname works once the zone is active.");
    else if (!result.zoneChecked && result.onCloudflare)
        details << tr("The zone's status is checked after you authorise Colab Tunnel at Cloudflare.");
    for (const QString& problem : result.problems)
        details << problem.toHtmlEscaped();
    m_details->setText(details.join(QStringLiteral("<br><br>")));

    const bool usable =
        result.ready || result.onCloudflare || (result.zoneFound && result.zoneStatus == QLatin1String("pending"));
    if (result.ready)
        showStatus(m_status, tr("%1 is ready for tunnels.").arg(result.domain), false);
    else if (usable)
        showStatus(m_status, tr("%1 is at Cloudflare; you can go on.").arg(result.domain), false);
    else
        showStatus(m_status, tr("%1 is not ready yet: see below for what to change.").arg(result.domain), true);
    m_readyDomain = usable ? result.domain : QString();
    if (result.ready || wizard()->currentPage() != this)
        m_autoRecheck.stop(); // an answer that arrives after Next starts nothing
    else
        m_autoRecheck.start();
    emit completeChanged();
}

void DomainPage::cleanupPage()
{
    m_autoRecheck.stop();
}

bool DomainPage::validatePage()
{
    m_autoRecheck.stop(); // on to the login
    assistant().cancelDomainCheck();
    return true;
}

bool DomainPage::isComplete() const
{
    return !m_readyDomain.isEmpty() && m_readyDomain == m_domain->text().trimmed().toLower();
}

// ---------------------------------------------------------------------------------------------

AuthorisePage::AuthorisePage(QWidget* parent)
    : SetupPage(parent), m_status(statusLabel(QStringLiteral("loginStatus"))),
      m_link(textLabel({}, QStringLiteral("loginLink"))), m_busy(busyBar(QStringLiteral("loginBusy"))),
      m_login(new QPushButton(tr("&Authorise in the browser"))), m_cancel(new QPushButton(tr("C&ancel login"))),
      m_moveAside(new QPushButton(tr("&Move the old certificate aside and log in again")))
{
    setTitle(tr("Authorise at Cloudflare"));
    setSubTitle(tr("cloudflared opens Cloudflare in your browser: choose your domain there and allow access."));
    m_login->setObjectName(QStringLiteral("loginStart"));
    m_cancel->setObjectName(QStringLiteral("loginCancel"));
    m_moveAside->setObjectName(QStringLiteral("loginMoveAside"));
    m_cancel->hide();
    m_moveAside->hide();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_login);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(m_link);
    layout->addWidget(m_moveAside);
    layout->addStretch();

    connect(m_login, &QPushButton::clicked, this, &AuthorisePage::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] { assistant().cancelLogin(); });
    connect(m_moveAside, &QPushButton::clicked, this, [this] {
        QString movedTo, error;
        if (!assistant().moveCertificateAside(m_existingCert, &movedTo, &error)) {
            showStatus(m_status, error, true);
            return;
        }
        m_moveAside->hide();
        start();
        showProgress(m_status, tr("The old certificate is now %1. Waiting for you in the browser…").arg(movedTo));
    });
}

void AuthorisePage::initializePage()
{
    SetupAssistant& work = assistant();
    if (!wireOnce()) {
        render();
        return;
    }
    connect(&work, &SetupAssistant::loginChecked, this, &AuthorisePage::render);
    connect(&work, &SetupAssistant::loginUrl, this, [this](const QString& url) {
        m_link->setText(
            tr("If the browser did not open, open this link: <a href=\"%1\">%1</a>").arg(url.toHtmlEscaped()));
    });
    connect(&work, &SetupAssistant::loginProgress, this, [this](int seconds) {
        showProgress(
            m_status,
            tr("Waiting for you in the browser… %1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
    });
    connect(&work, &SetupAssistant::loginFinished, this,
            [this](LoginRunner::Outcome outcome, const QString& message, const QString& certPath) {
                m_busy->hide();
                m_cancel->hide();
                m_login->setEnabled(true);
                m_link->clear();
                using Outcome = LoginRunner::Outcome;
                m_loggedIn = assistant().loggedIn();
                if (outcome == Outcome::ExistingCertificate && !m_loggedIn) {
                    m_existingCert = certPath;
                    m_moveAside->show();
                }
                if (outcome == Outcome::Cancelled)
                    showStatus(m_status, tr("Login cancelled. Authorise again when you are ready."), true);
                else if (outcome == Outcome::Failed)
                    // What to do first; cloudflared's own words after it, for a report.
                    showStatus(m_status,
                               tr("The login did not finish. Click Authorise in the browser to try again; in the "
                                  "browser, log in to Cloudflare, choose your domain and allow access. If it fails "
                                  "again, check that this computer can reach Cloudflare.") +
                                   QLatin1Char(' ') + tr("cloudflared said: %1").arg(message),
                               true);
                else
                    showStatus(m_status, message, !m_loggedIn);
                render();
            });
    render();
}

void AuthorisePage::start()
{
    m_loggedIn = false;
    m_login->setEnabled(false);
    m_cancel->show();
    m_busy->show();
    m_link->clear();
    showProgress(m_status, tr("Starting cloudflared tunnel login…"));
    assistant().startLogin();
    m_cancel->setFocus();
    emit completeChanged();
}

void AuthorisePage::render()
{
    const SetupAssistant& work = assistant();
    if (!work.loginRunning()) {
        m_loggedIn = work.loggedIn();
        if (m_loggedIn && m_status->text().isEmpty())
            showStatus(m_status, tr("Already authorised (%1).").arg(work.credentialSource()), false);
        m_login->setText(m_loggedIn ? tr("&Log in again") : tr("&Authorise in the browser"));
        m_login->setDefault(!m_loggedIn);
    }
    emit completeChanged();
}

bool AuthorisePage::isComplete() const
{
    return m_loggedIn && !assistant().loginRunning();
}

// ---------------------------------------------------------------------------------------------

SlotPage::SlotPage(QWidget* parent)
    : SetupPage(parent), m_name(new QLineEdit), m_hostname(textLabel({}, QStringLiteral("slotHostname"))),
      m_create(new QPushButton(tr("C&reate the tunnel"))), m_cancel(new QPushButton(tr("C&ancel"))),
      m_busy(busyBar(QStringLiteral("slotBusy"))), m_steps(new QListWidget),
      m_status(statusLabel(QStringLiteral("slotStatus")))
{
    setTitle(tr("A tunnel slot"));
    setSubTitle(tr("A named tunnel and its hostname in your domain. What exists already is reused."));
    m_name->setObjectName(QStringLiteral("slotName"));
    m_name->setAccessibleName(tr("Slot name"));
    m_create->setObjectName(QStringLiteral("slotCreate"));
    m_cancel->setObjectName(QStringLiteral("slotCancel"));
    m_steps->setObjectName(QStringLiteral("slotSteps"));
    m_steps->setAccessibleName(tr("Steps done"));
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_cancel->hide();
    auto* label = new QLabel(tr("Na&me:"));
    label->setBuddy(m_name);
    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_name, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_hostname);
    layout->addLayout(buttons);
    layout->addWidget(m_busy);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_status);

    connect(m_name, &QLineEdit::textEdited, this, &SlotPage::updatePreview);
    connect(m_name, &QLineEdit::returnPressed, this, [this] {
        if (!isComplete())
            create();
    });
    connect(m_create, &QPushButton::clicked, this, &SlotPage::create);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        assistant().cancelSlot();
        m_busy->hide();
        m_cancel->hide();
        m_create->setEnabled(true);
        markLastStep(QStringLiteral("✗ "));
        showStatus(m_status, tr("Cancelled. What was already made at Cloudflare is reused when you create it again."),
                   true);
    });
}

void SlotPage::initializePage()
{
    SetupAssistant& work = assistant();
    if (!m_nameSuggested || !m_name->isModified()) {
        m_name->setText(suggestedName()); // again after Back to another domain, unless the user typed one
        m_nameSuggested = true;
    }
    if (!wireOnce()) {
        updatePreview();
        return;
    }
    connect(&work, &SetupAssistant::slotProgress, this, [this](const QString& step) {
        markLastStep(QStringLiteral("✓ ")); // the step before this one is done
        m_steps->addItem(QStringLiteral("… ") + step);
        m_steps->scrollToBottom();
    });
    connect(&work, &SetupAssistant::waiting, this, [this](const QString& reason) {
        if (assistant().slotRunning())
            showProgress(m_status, reason);
    });
    connect(&work, &SetupAssistant::slotFinished, this, [this](bool ok, const QString& message) {
        m_busy->hide();
        m_cancel->hide();
        m_create->setEnabled(true);
        markLastStep(ok ? QStringLiteral("✓ ") : QStringLiteral("✗ "));
        if (ok)
            m_createdHere = m_name->text().trimmed() + QLatin1Char('.') + setupWizard()->domain();
        showStatus(m_status, message, !ok);
        updatePreview();
        if (ok)
            wizard()->button(QWizard::NextButton)->setFocus();
    });
    updatePreview();
}

void SlotPage::markLastStep(const QString& mark)
{
    QListWidgetItem* last = m_steps->count() > 0 ? m_steps->item(m_steps->count() - 1) : nullptr;
    if (last && last->text().startsWith(QStringLiteral("… ")))
        last->setText(mark + last->text().mid(2));
}

// A slot of this domain set up before: shown and reused. Else a name no runtime has yet: "gpu",
// "gpu-2", … (a taken one would re-point that runtime).
QString SlotPage::suggestedName() const
{
    const AppService& service = setupWizard()->assistant().service();
    for (const Tunnel& tunnel : service.tunnels())
        if (!tunnel.tunnelId.isEmpty() && tunnel.hostname == tunnel.name + QLatin1Char('.') + setupWizard()->domain())
            return tunnel.name;
    QString name = QStringLiteral("gpu");
    for (int n = 2; service.find(name); ++n)
        name = QStringLiteral("gpu-%1").arg(n);
    return name;
}

bool SlotPage::slotExists() const
{
    const QString name = m_name->text().trimmed();
    const Tunnel* tunnel = setupWizard()->assistant().service().find(name);
    return tunnel && !tunnel->tunnelId.isEmpty() &&
           tunnel->hostname == name + QLatin1Char('.') + setupWizard()->domain();
}

void SlotPage::updatePreview()
{
    const QString name = m_name->text().trimmed();
    setupWizard()->setRuntimeName(name);
    const QString hostname = name + QLatin1Char('.') + setupWizard()->domain();
    if (slotExists() && hostname == m_createdHere)
        m_hostname->setText(
            tr("Created %1: connect with <b>ssh colab-%2</b>.").arg(hostname.toHtmlEscaped(), name.toHtmlEscaped()));
    else if (slotExists())
        m_hostname->setText(tr("%1 is set up already and is reused: connect with <b>ssh colab-%2</b>.")
                                .arg(hostname.toHtmlEscaped(), name.toHtmlEscaped()));
    else
        m_hostname->setText(tr("Hostname: <b>%1</b>").arg(hostname.toHtmlEscaped()));
    m_create->setDefault(!slotExists());
    m_create->setEnabled(!slotExists() && !assistant().slotRunning());
    emit completeChanged();
}

void SlotPage::create()
{
    m_steps->clear();
    m_busy->show();
    m_cancel->show();
    m_create->setEnabled(false);
    showProgress(m_status, tr("Creating at Cloudflare…"));
    assistant().createSlot(m_name->text().trimmed(), setupWizard()->domain());
}

bool SlotPage::isComplete() const
{
    return slotExists() && !assistant().slotRunning();
}

} // namespace colab
