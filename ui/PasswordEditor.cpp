#include "PasswordEditor.h"

#include "StateStyle.h"
#include "service/PasswordService.h"

#include <QAction>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace colab {

PasswordEditor::PasswordEditor(QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit), m_row(new QHBoxLayout), m_meter(new QProgressBar), m_strength(new QLabel)
{
    m_edit->setObjectName(QStringLiteral("passwordEdit"));
    m_edit->setAccessibleName(tr("Password"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_meter->setObjectName(QStringLiteral("passwordMeter"));
    m_meter->setRange(0, 3);
    m_meter->setTextVisible(false);
    m_meter->setMaximumHeight(8);
    m_meter->setAccessibleName(tr("Password strength"));
    m_strength->setObjectName(QStringLiteral("passwordStrength"));
    m_strength->setWordWrap(true);

    auto* show = m_edit->addAction(
        QIcon::fromTheme(QStringLiteral("view-visible"), QIcon(QStringLiteral(":/icons/view-visible.svg"))),
        QLineEdit::TrailingPosition);
    show->setObjectName(QStringLiteral("passwordShow"));
    show->setCheckable(true);
    show->setText(tr("Show password"));
    show->setToolTip(tr("Show or hide the password"));
    connect(show, &QAction::toggled, this,
            [this](bool shown) { m_edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });

    auto* label = new QLabel(tr("&Password:"));
    label->setBuddy(m_edit);
    m_row->setContentsMargins(0, 0, 0, 0);
    m_row->addWidget(label);
    m_row->addWidget(m_edit, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_row);
    layout->addWidget(m_meter);
    layout->addWidget(m_strength);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        m_note.clear();
        updateStrength();
        emit textChanged();
    });
    updateStrength();
}

PasswordEditor::~PasswordEditor()
{
    const QSignalBlocker quiet(m_edit); // whoever listens may be gone already
    QString text = m_edit->text();
    m_edit->clear();
    PasswordService::wipe(text);
}

QString PasswordEditor::text() const
{
    return m_edit->text();
}

void PasswordEditor::setText(const QString& text)
{
    m_edit->setText(text);
}

bool PasswordEditor::acceptable() const
{
    return PasswordService::strength(m_edit->text()).acceptable();
}

void PasswordEditor::addButton(QWidget* button)
{
    m_row->addWidget(button);
}

void PasswordEditor::showNote(const QString& note)
{
    m_note = note;
    updateStrength();
}

void PasswordEditor::updateStrength()
{
    if (!m_note.isEmpty()) {
        m_meter->hide();
        m_strength->setText(m_note);
        return;
    }
    const PasswordStrength strength = PasswordService::strength(m_edit->text());
    m_meter->show();
    m_meter->setValue(int(strength.level));
    // The bar's colour says it at a glance (the words say it in full): too weak is a problem, fair
    // a warning, strong good.
    const StateStyle::Kind kind = strength.level == PasswordStrength::Level::Strong ? StateStyle::Kind::Good
                                  : strength.level == PasswordStrength::Level::Fair ? StateStyle::Kind::Warning
                                                                                    : StateStyle::Kind::Problem;
    QPalette palette = m_meter->palette();
    palette.setColor(QPalette::Highlight, StateStyle::color(kind, palette));
    m_meter->setPalette(palette);
    m_meter->setProperty("strengthKind", int(kind));
    m_strength->setText(strength.text);
    m_meter->setAccessibleDescription(strength.text);
}

} // namespace colab
