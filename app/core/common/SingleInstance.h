#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace colab {

// Keeps one GUI per user and data folder. The first instance listens on a local socket; a later
// launch hands its arguments (e.g. a colab-tunnel:// link) to the first and exits. The socket lives
// in a folder only this user can reach, and a socket that is not this user's is never written to.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(QObject* parent = nullptr);
    ~SingleInstance() override;

    // True when this process is now the primary instance. False when another instance is running
    // and received `arguments`.
    bool claimOrForward(const QStringList& arguments);
    // Hands `arguments` to a running instance, if there is one; never becomes the primary.
    bool forwardToRunning(const QStringList& arguments);
    QString serverName() const { return m_name; }

signals:
    void argumentsReceived(const QStringList& arguments);

private:
    void readClient();

    QString m_name;
    QLocalServer* m_server = nullptr;
};

} // namespace colab
