#pragma once

#include <QDialog>
#include <QString>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace colab {

class AppService;

// "Use in PyCharm…": what to type into PyCharm's SSH interpreter for one runtime (127.0.0.1, its
// stable local port, root, the app's key, /usr/bin/python3, the remote folder), each with a Copy
// button, the steps in PyCharm, and whether the port reaches the runtime now. It only renders what
// the service says (AppService::pycharmSetup) and copies; JetBrains Gateway stays one click away.
class PyCharmDialog : public QDialog
{
    Q_OBJECT
public:
    PyCharmDialog(AppService* service, const QString& name, QWidget* parent = nullptr);

    QString runtimeName() const { return m_name; }

signals:
    void gatewayRequested(const QString& name);

private:
    QLineEdit* addField(QFormLayout* form, const QString& label, const QString& objectName,
                        const QString& copyObjectName, const QString& copyAccessibleName);
    void refresh();
    void copyPassword();

    AppService* m_service;
    QString m_name;
    QLineEdit* m_host = nullptr;
    QLineEdit* m_port = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_keyFile = nullptr;
    QLineEdit* m_interpreter = nullptr;
    QLineEdit* m_folder = nullptr;
    QLabel* m_keyNote;
    QLabel* m_state;
    QLabel* m_copied;
    QPushButton* m_password;
};

} // namespace colab
