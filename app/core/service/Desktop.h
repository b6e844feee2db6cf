#pragma once

#include <QObject>
#include <QStringList>

namespace colab {

class SingleInstance;

// The app on this user's desktop, for the GUI (app/main.cpp and app/cli use common/ directly): the
// process that will hold the SSH password, the language, starting at login, and one instance per
// user. Widget-free; the GUI calls these instead of reaching into common/ and secrets/.
namespace desktop {

// Before QApplication: no core dump (nor ptrace) of a process that holds a secret, and few heap
// arenas for its many mostly waiting threads.
void prepareProcess();

// The app's and Qt's translations for `language` (empty: the system's languages), before any
// window is made. Returns the language now in use.
QString installLanguage(const QString& language);
// The languages a translation ships for ("en", "zh_CN"), and each one's name in that language.
QStringList languages();
QString languageName(const QString& language);

// Whether this program starts (hidden, in the tray) when the user logs in: read from where the
// system looks. Setting it writes or removes the entry; false with `error` when that failed.
bool startsAtLogin();
bool setStartsAtLogin(bool enabled, QString* error);

} // namespace desktop

// One GUI per user and data folder: the first instance claims it, a later launch hands its
// arguments (a colab-tunnel:// link) to the first and ends.
class AppInstance : public QObject
{
    Q_OBJECT
public:
    explicit AppInstance(QObject* parent = nullptr);
    ~AppInstance() override;

    // True when this process is now the primary instance; false when another one runs and
    // received `arguments`.
    bool claimOrForward(const QStringList& arguments);

signals:
    void argumentsReceived(const QStringList& arguments);

private:
    SingleInstance* m_instance;
};

} // namespace colab
