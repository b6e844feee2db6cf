#include "AddTunnelDialog.h"

#include "service/AppService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace colab {

AddTunnelDialog::AddTunnelDialog(const AppService* service, QWidget* parent)
    : QDialog(parent), m_service(service), m_paste(new QPlainTextEdit), m_name(new QLineEdit), m_preview(new QLabel),
      m_waiting(new QLabel), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("addTunnelDialog"));
    setWindowTitle(tr("Add a Colab runtime"));
    resize(560, 380);

    auto* intro = new QLabel(tr("Paste the runtime's hostname, the <b>colab-tunnel://</b> link, or everything the "
                                "Colab cell (or colab_ssh) printed. Only add runtimes you started yourself."));
    intro->setWordWrap(true);

    m_paste->setObjectName(QStringLiteral("pasteEdit"));
    m_paste->setAccessibleName(tr("Colab output or hostname"));
    m_paste->setPlaceholderText(tr("e.g. some-random-words.trycloudflare.com"));
    m_paste->setTabChangesFocus(true);
    m_paste->installEventFilter(this); // Enter confirms; Shift+Enter is a new line
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(32);
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_preview->setTextFormat(Qt::RichText); // never guessed: the preview is escaped, with or without colour
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_waiting->setObjectName(QStringLiteral("waitingLinksLabel"));
    m_waiting->hide();

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add runtime"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("addButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    auto* nameLabel = new QLabel(tr("&Name (optional):"));
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_paste, 1);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_waiting);
    layout->addWidget(m_buttons);

    connect(m_paste, &QPlainTextEdit::textChanged, this, &AddTunnelDialog::updatePreview);
    connect(m_name, &QLineEdit::textChanged, this, &AddTunnelDialog::updatePreview);
    updatePreview();
}

bool AddTunnelDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_paste && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && !(key->modifiers() & Qt::ShiftModifier)) {
            if (canAdd())
                m_buttons->button(QDialogButtonBox::Ok)->click();
            return true; // never a stray new line in a hostname
        }
    }
    return QDialog::eventFilter(watched, event);
}

void AddTunnelDialog::setText(const QString& text)
{
    m_paste->setPlainText(text);
}

QString AddTunnelDialog::text() const
{
    return m_paste->toPlainText();
}

QString AddTunnelDialog::name() const
{
    return m_name->text().trimmed();
}

bool AddTunnelDialog::canAdd() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void AddTunnelDialog::setWaitingLinks(int count)
{
    m_waiting->setText(tr("%n more link(s) arrived; each opens for confirmation after this one.", nullptr, count));
    m_waiting->setVisible(count > 0);
}

void AddTunnelDialog::updatePreview()
{
    const AppService::AddPreview preview = m_service->previewAdd(text(), name());
    m_name->setPlaceholderText(preview.name.isEmpty() ? tr("derived from the hostname") : preview.name);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(preview.canAdd());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(preview.kind == AppService::AddPreview::Kind::Repoint ? tr("&Update runtime") : tr("&Add runtime"));
    if (text().trimmed().isEmpty()) {
        m_preview->setText(tr("Waiting for a hostname…"));
        return;
    }
    const bool problem = preview.kind == AppService::AddPreview::Kind::Invalid;
    m_preview->setText(problem
                           ? QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(preview.text.toHtmlEscaped())
                           : preview.text.toHtmlEscaped());
}

} // namespace colab
