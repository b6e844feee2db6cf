#include "AddTunnelDialog.h"

#include "service/TunnelRegistry.h"
#include "tunnels/PasteParser.h"
#include "tunnels/TunnelStore.h"
#include "tunnels/Validation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace colab {

AddTunnelDialog::AddTunnelDialog(const TunnelRegistry* registry, QWidget* parent)
    : QDialog(parent), m_registry(registry), m_paste(new QPlainTextEdit), m_name(new QLineEdit), m_preview(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
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
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(32);
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);

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
    layout->addWidget(m_buttons);

    connect(m_paste, &QPlainTextEdit::textChanged, this, &AddTunnelDialog::updatePreview);
    connect(m_name, &QLineEdit::textChanged, this, &AddTunnelDialog::updatePreview);
    updatePreview();
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

void AddTunnelDialog::updatePreview()
{
    const ParsedRuntime parsed = PasteParser::parse(text());
    QString problem = text().trimmed().isEmpty() ? QString() : parsed.error;
    QString name = AddTunnelDialog::name();
    if (problem.isEmpty() && !name.isEmpty()) {
        const Validated valid = validateTunnelName(name);
        problem = valid.error;
    }
    if (name.isEmpty())
        name = parsed.name;
    m_name->setPlaceholderText(
        parsed.ok() ? (parsed.name.isEmpty() ? TunnelStore::defaultNameFor(parsed.hostname) : parsed.name)
                    : tr("derived from the hostname"));
    const bool ok = parsed.ok() && problem.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    if (text().trimmed().isEmpty()) {
        m_preview->setText(tr("Waiting for a hostname…"));
        return;
    }
    if (!ok) {
        m_preview->setText(QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(problem.toHtmlEscaped()));
        return;
    }
    const QString shownName = name.isEmpty() ? m_name->placeholderText() : name;
    QString existing;
    for (const Tunnel& tunnel : m_registry->tunnels()) {
        if (tunnel.name == shownName && tunnel.hostname != parsed.hostname)
            existing = tr(" (replaces %1: a new runtime keeps the same alias)").arg(tunnel.hostname);
    }
    m_preview->setText(tr("Runtime <b>%1</b> → <tt>ssh colab-%2</tt>%3")
                           .arg(parsed.hostname.toHtmlEscaped(), shownName.toHtmlEscaped(), existing.toHtmlEscaped()));
}

} // namespace colab
