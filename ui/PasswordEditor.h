#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace colab {

// The SSH password as the wizard and "Set password…" take it: a field that can show what was
// typed, its strength in words and a bar coloured by it. Its text is wiped when it goes.
class PasswordEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PasswordEditor(QWidget* parent = nullptr);
    ~PasswordEditor() override;

    QLineEdit* edit() const { return m_edit; }
    QString text() const;
    void setText(const QString& text);
    bool acceptable() const;
    // Beside the field (the wizard's "New").
    void addButton(QWidget* button);
    // Without a password to judge (the wizard keeps the stored one): no bar, these words instead.
    void showNote(const QString& note);

signals:
    void textChanged();

private:
    void updateStrength();

    QLineEdit* m_edit;
    QHBoxLayout* m_row;
    QProgressBar* m_meter;
    QLabel* m_strength;
    QString m_note;
};

} // namespace colab
