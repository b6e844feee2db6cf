#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace colab {

class TunnelRegistry;

// "Add runtime": paste anything with a hostname (or arrive here from a colab-tunnel:// link or the
// clipboard) and confirm. Shows what core found before anything is stored.
class AddTunnelDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddTunnelDialog(const TunnelRegistry* registry, QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const;
    QString name() const;
    bool canAdd() const;

private:
    void updatePreview();

    const TunnelRegistry* m_registry;
    QPlainTextEdit* m_paste;
    QLineEdit* m_name;
    QLabel* m_preview;
    QDialogButtonBox* m_buttons;
    QString m_nameFromLink;
};

} // namespace colab
