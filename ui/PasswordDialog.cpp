#include "PasswordDialog.h"

#include "PasswordEditor.h"
#include "service/PasswordService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace colab {

PasswordDialog::PasswordDialog(QWidget* parent)
    : QDialog(parent), m_editor(new PasswordEditor),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("SSH password"));
    auto* text = new QLabel(tr("The password your Colab cell sets for root. One password serves every runtime, and "
                               "every cell you make from now on sets it. It is kept in your system keychain, never "
                               "in a file."));
    text->setObjectName(QStringLiteral("passwordDialogText"));
    text->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_editor);
    layout->addWidget(m_buttons);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("passwordDialogOk"));
    ok->setEnabled(false);
    // Whatever the runtime's cell set is accepted (the bar says how strong it is): it must match.
    connect(m_editor, &PasswordEditor::textChanged, this, [this, ok] { ok->setEnabled(!m_editor->text().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_editor->edit()->setFocus();
    setMinimumWidth(460);
}

QString PasswordDialog::takePassword()
{
    QString typed = m_editor->text();
    QString copy = PasswordService::copy(typed);
    PasswordService::wipe(typed);
    m_editor->setText({});
    return copy;
}

} // namespace colab
