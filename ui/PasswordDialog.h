#pragma once

#include <QDialog>

class QDialogButtonBox;

namespace colab {

class PasswordEditor;

// "Set password…": the SSH password with the wizard's editor, and what it is for — the one
// password of every runtime and of every cell made from now on.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PasswordDialog(QWidget* parent = nullptr);
    PasswordEditor* editor() const { return m_editor; }
    // What was typed; the field is wiped.
    QString takePassword();

private:
    PasswordEditor* m_editor;
    QDialogButtonBox* m_buttons;
};

} // namespace colab
