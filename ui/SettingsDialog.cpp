#include "SettingsDialog.h"

#include "service/Desktop.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace colab {

namespace {
// One line about the cloudflared that `chosen` (empty = locate it) leads to. Runs a process.
// Every control: a name for tests, one for assistive technology, and a tooltip that explains it.
template <typename Widget>
Widget* described(Widget* widget, const QString& objectName, const QString& accessibleName, const QString& toolTip)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    widget->setToolTip(toolTip);
    return widget;
}

QCheckBox* makeCheck(const QString& text, const QString& objectName, const QString& accessibleName,
                     const QString& toolTip)
{
    return described(new QCheckBox(text), objectName, accessibleName, toolTip);
}

QSpinBox* makeSeconds(const QString& objectName, const QString& accessibleName, const QString& toolTip, int min,
                      int max)
{
    auto* spin = described(new QSpinBox, objectName, accessibleName, toolTip);
    spin->setRange(min, max);
    spin->setSuffix(SettingsDialog::tr(" s"));
    spin->setAccelerated(true);
    spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // a number, not a line of text
    spin->setMinimumWidth(110);
    return spin;
}
} // namespace

SettingsDialog::SettingsDialog(bool trayAvailable, QWidget* parent)
    : QDialog(parent), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setMinimumWidth(560);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setAccessibleName(tr("Why the settings were not saved"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d93025;"));
    m_error->hide();

    m_buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createOpeningGroup());
    layout->addWidget(createCloudflaredGroup());
    layout->addWidget(createChecksGroup());
    layout->addWidget(createDesktopGroup(trayAvailable));
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true); // now that it is in the dialog: Enter is OK

    showPreferences(AppSettings::load());
    m_startAtLogin->setChecked(desktop::startsAtLogin());
    m_cloudflaredDue.setSingleShot(true);
    m_cloudflaredDue.setInterval(400);
    connect(&m_cloudflaredDue, &QTimer::timeout, this, &SettingsDialog::checkCloudflared);
    connect(&m_cloudflaredLookup, &CloudflaredLookup::checked, this, [this](const CloudflaredCheck& result) {
        m_cloudflaredStatus->setText(result.summary());
        emit cloudflaredChecked();
    });
    connect(m_cloudflared, &QLineEdit::textChanged, &m_cloudflaredDue, qOverload<>(&QTimer::start));
    connect(m_remoteFolder, &QLineEdit::textChanged, m_error, &QWidget::hide);
    checkCloudflared();
    m_ide->setFocus();
}

QWidget* SettingsDialog::createOpeningGroup()
{
    auto* group = new QGroupBox(tr("Opening a runtime"));
    auto* form = new QFormLayout(group);
    m_ide = described(new QComboBox, QStringLiteral("ideCombo"), tr("Default IDE"),
                      tr("What a double-click or Enter on a runtime in the list opens."));
    const QStringList names = {tr("VS Code"), tr("PyCharm (JetBrains Gateway)"), tr("Terminal")};
    const QStringList words = AppSettings::ideChoices();
    for (int i = 0; i < words.size(); ++i)
        m_ide->addItem(names.value(i, words.at(i)), words.at(i));
    form->addRow(tr("Open runtimes &in:"), m_ide);

    m_remoteFolder = described(new QLineEdit, QStringLiteral("remoteFolderEdit"), tr("Remote folder"),
                               tr("The folder on the runtime that VS Code and PyCharm open (an absolute path, such "
                                  "as /content or /content/drive/MyDrive/project). A runtime added with its own "
                                  "folder keeps it."));
    m_remoteFolder->setPlaceholderText(QStringLiteral("/content"));
    form->addRow(tr("&Remote folder:"), m_remoteFolder);
    return group;
}

QWidget* SettingsDialog::createCloudflaredGroup()
{
    auto* group = new QGroupBox(tr("cloudflared on this computer"));
    auto* form = new QFormLayout(group);
    m_cloudflared = described(new QLineEdit, QStringLiteral("cloudflaredEdit"), tr("cloudflared path"),
                              tr("The cloudflared program every connection goes through. Leave empty to look on "
                                 "PATH and where the official installers put it."));
    m_cloudflared->setPlaceholderText(tr("Find it automatically"));
    m_cloudflared->setClearButtonEnabled(true);
    auto* browse = described(new QPushButton(tr("&Browse…")), QStringLiteral("cloudflaredBrowseButton"),
                             tr("Browse for cloudflared"), tr("Choose the cloudflared program in a file dialog."));
    browse->setAutoDefault(false); // Enter saves, also right after browsing
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseCloudflared);
    auto* row = new QHBoxLayout;
    row->addWidget(m_cloudflared, 1);
    row->addWidget(browse);
    auto* label = new QLabel(tr("&Program:"));
    label->setBuddy(m_cloudflared); // a row of two widgets takes no buddy by itself
    form->addRow(label, row);

    m_cloudflaredStatus = new QLabel;
    m_cloudflaredStatus->setObjectName(QStringLiteral("cloudflaredStatus"));
    m_cloudflaredStatus->setAccessibleName(tr("cloudflared found"));
    m_cloudflaredStatus->setWordWrap(true);
    m_cloudflaredStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cloudflaredStatus->setTextFormat(Qt::PlainText); // quotes what the chosen program printed
    form->addRow(m_cloudflaredStatus);
    return group;
}

QWidget* SettingsDialog::createChecksGroup()
{
    auto* group = new QGroupBox(tr("Checking runtimes"));
    auto* form = new QFormLayout(group);
    m_onlineInterval = makeSeconds(QStringLiteral("onlineIntervalSpin"), tr("Online check interval in seconds"),
                                   tr("How often a runtime that is online but not streaming samples is checked. "
                                      "Three times as long while the window is hidden."),
                                   AppSettings::kMinOnlineCheckSeconds, AppSettings::kMaxOnlineCheckSeconds);
    form->addRow(tr("&Online check every:"), m_onlineInterval);
    m_liveInterval = makeSeconds(QStringLiteral("liveIntervalSpin"), tr("Live sample interval in seconds"),
                                 tr("How often GPU, memory and disk use are read from an online runtime while the "
                                    "window is visible (every 10 s or slower while it is hidden)."),
                                 AppSettings::kMinLiveSampleSeconds, AppSettings::kMaxLiveSampleSeconds);
    form->addRow(tr("&Live samples every:"), m_liveInterval);
    return group;
}

QWidget* SettingsDialog::createDesktopGroup(bool trayAvailable)
{
    auto* group = new QGroupBox(tr("Desktop"));
    auto* column = new QVBoxLayout(group);
    m_startAtLogin =
        makeCheck(tr("&Start Colab Tunnel when I log in"), QStringLiteral("startAtLoginCheck"), tr("Start at login"),
                  trayAvailable ? tr("Starts in the tray, without a window, when you log in.")
                                : tr("Starts Colab Tunnel when you log in."));
    const auto unlessNoTray = [trayAvailable](const QString& explanation) {
        return trayAvailable ? explanation
                             : tr("%1 %2", "a setting's explanation, then why it is unavailable")
                                   .arg(explanation, tr("This desktop has no system tray."));
    };
    m_closeToTray =
        makeCheck(tr("&Keep running in the tray when the window is closed"), QStringLiteral("closeToTrayCheck"),
                  tr("Close to tray"),
                  unlessNoTray(tr("Closing the window keeps checking your runtimes from the tray; Quit ends the "
                                  "app. Off: closing the window quits.")));
    m_closeToTray->setEnabled(trayAvailable);
    m_clipboard = makeCheck(tr("&Watch the clipboard for Colab runtimes"), QStringLiteral("clipboardCheck"),
                            tr("Watch the clipboard"),
                            tr("When you copy what the Colab cell printed, offer to add the runtime. Nothing "
                               "copied leaves this computer."));
    m_notifications =
        makeCheck(tr("Show noti&fications"), QStringLiteral("notificationsCheck"), tr("Show notifications"),
                  unlessNoTray(tr("A desktop notification when a runtime comes online, goes offline or its host "
                                  "key changes. Problems stay in the window either way.")));
    m_notifications->setEnabled(trayAvailable);
    for (QCheckBox* check : {m_startAtLogin, m_closeToTray, m_clipboard, m_notifications})
        column->addWidget(check);
    column->addLayout(createLanguageRow());
    return group;
}

QLayout* SettingsDialog::createLanguageRow()
{
    m_language = described(new QComboBox, QStringLiteral("languageCombo"), tr("Language"),
                           tr("The language of the window, the tray and the command line."));
    // The C locale names no language; the app reads English there.
    const QString system = QLocale::system().nativeLanguageName();
    m_language->addItem(
        tr("As the system (%1)").arg(system.isEmpty() ? desktop::languageName(QStringLiteral("en")) : system),
        QString());
    for (const QString& language : desktop::languages())
        m_language->addItem(desktop::languageName(language), language);
    auto* label = new QLabel(tr("Lan&guage:"));
    label->setBuddy(m_language);
    m_languageNote = new QLabel(tr("Takes effect the next time Colab Tunnel starts."));
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->hide();
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_languageNote->setVisible(m_language->currentData().toString() != m_shownLanguage); });
    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_language);
    row->addWidget(m_languageNote, 1);
    return row;
}

void SettingsDialog::showPreferences(const AppSettings::Preferences& preferences)
{
    m_ide->setCurrentIndex(qMax(0, m_ide->findData(preferences.defaultIde)));
    m_remoteFolder->setText(preferences.remoteFolder);
    m_cloudflared->setText(QDir::toNativeSeparators(preferences.cloudflaredPath));
    m_onlineInterval->setValue(preferences.onlineCheckSeconds);
    m_liveInterval->setValue(preferences.liveSampleSeconds);
    m_closeToTray->setChecked(preferences.closeToTray);
    m_clipboard->setChecked(preferences.watchClipboard);
    m_notifications->setChecked(preferences.notifications);
    m_shownLanguage = preferences.language;
    m_language->setCurrentIndex(qMax(0, m_language->findData(preferences.language)));
}

AppSettings::Preferences SettingsDialog::preferences() const
{
    AppSettings::Preferences preferences;
    preferences.defaultIde = m_ide->currentData().toString();
    preferences.remoteFolder = m_remoteFolder->text().trimmed();
    preferences.cloudflaredPath = QDir::fromNativeSeparators(m_cloudflared->text().trimmed());
    preferences.onlineCheckSeconds = m_onlineInterval->value();
    preferences.liveSampleSeconds = m_liveInterval->value();
    preferences.closeToTray = m_closeToTray->isChecked();
    preferences.watchClipboard = m_clipboard->isChecked();
    preferences.notifications = m_notifications->isChecked();
    preferences.language = m_language->currentData().toString();
    return preferences;
}

QString SettingsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString SettingsDialog::cloudflaredStatus() const
{
    return m_cloudflaredStatus->text();
}

void SettingsDialog::accept()
{
    // All or nothing: the login entry first (the system may refuse it), then the settings, whose
    // refusal (a folder typed wrong) takes the entry back.
    QString error;
    const bool startAtLogin = m_startAtLogin->isChecked();
    const bool autostartChanges = startAtLogin != desktop::startsAtLogin();
    if (autostartChanges && !desktop::setStartsAtLogin(startAtLogin, &error)) {
        showError(error);
        m_startAtLogin->setFocus();
        return;
    }
    if (!AppSettings::save(preferences(), &error)) {
        if (autostartChanges) {
            QString ignored; // it was in that state a moment ago
            desktop::setStartsAtLogin(!startAtLogin, &ignored);
        }
        showError(error);
        m_remoteFolder->setFocus();
        m_remoteFolder->selectAll();
        return;
    }
    QDialog::accept();
}

void SettingsDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

void SettingsDialog::browseCloudflared()
{
    const QString start = m_cloudflared->text().isEmpty() ? QDir::homePath() : m_cloudflared->text();
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose cloudflared"), start);
    if (!chosen.isEmpty())
        m_cloudflared->setText(QDir::toNativeSeparators(chosen)); // checked once the text settles
}

void SettingsDialog::checkCloudflared()
{
    m_cloudflaredDue.stop();
    m_cloudflaredStatus->setText(tr("Looking for cloudflared…"));
    m_cloudflaredLookup.check(QDir::fromNativeSeparators(m_cloudflared->text().trimmed()));
}

} // namespace colab
