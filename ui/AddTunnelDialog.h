#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace colab {

class AppService;

// "Add runtime": paste anything with a hostname (or arrive here from a colab-tunnel:// link or the
// clipboard) and confirm. Shows what the service will do before anything is stored — a new
// runtime, or "gpu: old-host → new-host" — and keeps the text when the service says it cannot.
class AddTunnelDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddTunnelDialog(const AppService* service, QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const;
    QString name() const;
    bool canAdd() const;
    // Links that arrived while this dialog was open wait their turn; say how many.
    void setWaitingLinks(int count);
    void updatePreview();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const AppService* m_service;
    QPlainTextEdit* m_paste;
    QLineEdit* m_name;
    QLabel* m_preview;
    QLabel* m_waiting;
    QDialogButtonBox* m_buttons;
};

} // namespace colab
