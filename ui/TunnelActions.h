#pragma once

#include "ide/IdePlanner.h"
#include "service/IdeLaunches.h"
#include "ssh/ProbeResult.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace colab {

class AppService;

// What the window and the tray do with one tunnel: open it in an IDE or a terminal, copy its ssh
// command. The plan is the service's; this object asks first when the runtime is not online, owns
// the running launches (PyCharm's local port) and reports what happens later without a modal box.
class TunnelActions : public QObject
{
    Q_OBJECT
public:
    explicit TunnelActions(AppService* service, QObject* parent = nullptr);
    ~TunnelActions() override;

    void open(const QString& name, IdePlanner::Ide ide);
    void copySshCommand(const QString& name);
    // Where the "not online" question appears (the main window).
    void setDialogParent(QWidget* parent) { m_dialogParent = parent; }

signals:
    void message(const QString& text, bool isError);

private:
    void askWhileOffline(const QString& name, IdePlanner::Ide ide, const QString& why);
    void onStateChanged(const QString& name, const ProbeResult& result);
    void launch(const QString& name, IdePlanner::Ide ide, const IdePlanner::Result& planned);

    AppService* m_service;
    QPointer<QWidget> m_dialogParent;
    IdeLaunches m_launches; // PyCharm's local port forwards live here
    struct OpenWhenOnline
    {
        IdePlanner::Ide ide;
        quint64 request; // which Check now: a later one for the same runtime replaces it
    };
    QHash<QString, OpenWhenOnline> m_openWhenChecked; // Check now was the answer: opens once online
    quint64 m_openRequests = 0;
};

} // namespace colab
