#include "PyCharmDialog.h"

#include "SecretClipboard.h"
#include "UiResources.h"
#include "service/AppService.h"
#include "service/PasswordService.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace colab {

PyCharmDialog::PyCharmDialog(AppService* service, const QString& name, QWidget* parent)
    : QDialog(parent), m_service(service), m_name(name), m_keyNote(new QLabel), m_state(new QLabel),
      m_copied(new QLabel), m_password(new QPushButton(tr("Copy pass&word")))
{
    setObjectName(QStringLiteral("pycharmDialog"));
    setWindowTitle(tr("Use %1 in PyCharm").arg(name));
    setWindowIcon(themedIcon(QString(), QStringLiteral("pycharm")));
    setMinimumWidth(600);

    auto* intro = new QLabel(tr("PyCharm runs your project's code on the runtime through an SSH interpreter. "
                                "This runtime always has the same local port, so the interpreter you add once "
                                "keeps working in every Colab session, as long as Colab Tunnel runs."));
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    m_host = addField(form, tr("&Host:"), QStringLiteral("pycharmHost"), QStringLiteral("copyHost"), tr("Copy host"));
    m_port = addField(form, tr("&Port:"), QStringLiteral("pycharmPort"), QStringLiteral("copyPort"), tr("Copy port"));
    m_user = addField(form, tr("&Username:"), QStringLiteral("pycharmUser"), QStringLiteral("copyUser"),
                      tr("Copy username"));
    m_keyFile = addField(form, tr("Private &key file:"), QStringLiteral("pycharmKeyFile"),
                         QStringLiteral("copyKeyFile"), tr("Copy private key file"));
    m_keyNote->setObjectName(QStringLiteral("pycharmKeyNote"));
    m_keyNote->setWordWrap(true);
    m_interpreter = addField(form, tr("&Interpreter:"), QStringLiteral("pycharmInterpreter"),
                             QStringLiteral("copyInterpreter"), tr("Copy interpreter"));
    m_folder = addField(form, tr("Remote &folder:"), QStringLiteral("pycharmFolder"), QStringLiteral("copyFolder"),
                        tr("Copy remote folder"));

    m_password->setObjectName(QStringLiteral("copyPassword"));
    m_password->setAccessibleName(tr("Copy SSH password"));
    m_password->setToolTip(tr("For password authentication instead of the key: puts the SSH password on the "
                              "clipboard for %1 seconds.")
                               .arg(kSecretClipboardSeconds));
    connect(m_password, &QPushButton::clicked, this, &PyCharmDialog::copyPassword);

    auto* steps = new QLabel(
        tr("<p><b>In PyCharm (Professional, 2023.2 or later):</b></p><ol>"
           "<li>Open your project, then <b>Settings</b> (Ctrl+Alt+S) ▸ <b>Project</b> ▸ <b>Python Interpreter</b> ▸ "
           "<b>Add Interpreter</b> ▸ <b>On SSH…</b></li>"
           "<li>Choose <b>New</b>; enter the host, port and username above; <b>Next</b>.</li>"
           "<li>Accept the runtime's host key when PyCharm shows its fingerprint.</li>"
           "<li>Authentication: <b>Key pair</b> with the private key file above, no passphrase (or "
           "<b>Password</b>, with Copy password); <b>Next</b>.</li>"
           "<li>Choose <b>System Interpreter</b> with the interpreter above, set <b>Sync folders</b> to the "
           "remote folder above, then <b>Create</b>.</li></ol>"
           "<p>Next session: re-run the Colab cell and add its new hostname under the same name here. "
           "PyCharm keeps the interpreter and its port; it asks once to accept the new runtime's host "
           "key.</p>"));
    steps->setObjectName(QStringLiteral("pycharmSteps"));
    steps->setWordWrap(true);
    steps->setTextFormat(Qt::RichText);

    m_state->setObjectName(QStringLiteral("forwardState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setTextFormat(Qt::PlainText); // the forward's state may quote cloudflared
    m_copied->setTextFormat(Qt::PlainText);
    m_copied->setObjectName(QStringLiteral("copiedNote"));
    m_copied->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* gateway = buttons->addButton(tr("Open with JetBrains &Gateway instead"), QDialogButtonBox::ActionRole);
    gateway->setObjectName(QStringLiteral("openGateway"));
    gateway->setToolTip(tr("Opens the whole project on the runtime with JetBrains Gateway (a remote IDE "
                           "backend) instead of an SSH interpreter in your local PyCharm."));
    connect(gateway, &QPushButton::clicked, this, [this] { emit gatewayRequested(m_name); });
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_password);
    passwordRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_state);
    layout->addLayout(form);
    layout->addWidget(m_keyNote);
    layout->addLayout(passwordRow);
    layout->addWidget(steps);
    layout->addWidget(m_copied);
    layout->addWidget(buttons);

    connect(m_service, &AppService::localForwardChanged, this, [this](const QString& changed) {
        if (changed == m_name)
            refresh();
    });
    connect(m_service, &AppService::tunnelsChanged, this, &PyCharmDialog::refresh);
    // Copy password follows the keychain's answer.
    connect(m_service, &AppService::keychainReady, this, &PyCharmDialog::refresh);
    connect(m_service, &AppService::passwordStored, this, &PyCharmDialog::refresh);
    connect(m_service, &AppService::stateChanged, this, [this](const QString& changed) {
        if (changed == m_name)
            refresh();
    });
    m_service->lookUpPassword();
    refresh();
    // Wrapped labels need their height at the dialog's width, which sizeHint() does not give.
    const int width = qMax(minimumWidth(), sizeHint().width());
    resize(width, qMax(sizeHint().height(), layout->totalHeightForWidth(width)));
}

QLineEdit* PyCharmDialog::addField(QFormLayout* form, const QString& label, const QString& objectName,
                                   const QString& copyObjectName, const QString& copyAccessibleName)
{
    auto* field = new QLineEdit;
    field->setObjectName(objectName);
    field->setReadOnly(true);
    auto* copy = new QToolButton;
    copy->setObjectName(copyObjectName);
    copy->setText(tr("Copy"));
    copy->setIcon(themedIcon(QStringLiteral("edit-copy"), QStringLiteral("copy")));
    copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    copy->setAccessibleName(copyAccessibleName);
    copy->setToolTip(copyAccessibleName);
    connect(copy, &QToolButton::clicked, this, [this, field] {
        QGuiApplication::clipboard()->setText(field->text());
        m_copied->setText(tr("Copied %1.").arg(field->text()));
    });
    auto* row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(copy);
    auto* caption = new QLabel(label);
    caption->setBuddy(field);
    field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    form->addRow(caption, row);
    return field;
}

void PyCharmDialog::refresh()
{
    const AppService::PyCharmSetup setup = m_service->pycharmSetup(m_name);
    m_host->setText(setup.host);
    m_port->setText(setup.port ? QString::number(setup.port) : QString());
    m_user->setText(setup.user);
    m_keyFile->setText(setup.keyFile);
    m_keyNote->setText(setup.keyExists ? QString()
                                       : tr("The key is made at the first login with the SSH password; until "
                                            "then, use password authentication."));
    m_keyNote->setVisible(!setup.keyExists);
    m_interpreter->setText(setup.interpreter);
    m_folder->setText(setup.remoteFolder);
    m_state->setText(setup.status);
    // Another user's program on the port: a warning, not a status line.
    m_state->setProperty("warning", setup.portHeld);
    m_state->setStyleSheet(setup.portHeld ? QStringLiteral("color: #b3261e; font-weight: bold;") : QString());
    m_password->setEnabled(m_service->hasPassword());
}

void PyCharmDialog::copyPassword()
{
    QString password = m_service->passwordCopy();
    if (password.isEmpty()) {
        m_copied->setText(tr("No SSH password is stored."));
        return;
    }
    copySecretToClipboard(password);
    PasswordService::wipe(password);
    m_copied->setText(tr("The SSH password is on the clipboard for %1 seconds.").arg(kSecretClipboardSeconds));
}

} // namespace colab
