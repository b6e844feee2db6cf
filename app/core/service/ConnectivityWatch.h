#pragma once

#include <QObject>
#include <QTimer>

namespace colab {

// Whether this computer has a network, and when it wakes from sleep, as the system says it:
// Qt's QNetworkInformation (reachability; here the glib backend, which follows the kernel's
// routes, or NetworkManager's) and logind's PrepareForSleep(false) on the system bus (Linux). With
// no backend or no logind nothing is paused and nothing is announced: checks run as before.
// While offline, the kernel's routes are also looked at every few seconds: glib's backend (Qt
// 6.4, GLib 2.74) reads them when it starts but was seen to miss a default route added later, and
// a computer wrongly thought offline would never check again.
class ConnectivityWatch : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        // Tests: a stand-in logind on the session bus.
        bool sleepSignalsOnSessionBus = false;
        int offlineRouteCheckMs = 3000;
    };

    explicit ConnectivityWatch(const Config& config, QObject* parent = nullptr);

    // False only when the system says there is no network at all ("disconnected"): a local-only
    // or captive network may still reach Cloudflare, and a wrong "offline" would stop every check.
    bool isOnline() const { return m_online; }

signals:
    void onlineChanged(bool online);
    void resumed(); // the computer woke up

private:
    Q_SLOT void onPrepareForSleep(bool sleeping); // a slot: QtDBus connects by name
    void update();
    void setOnline(bool online);

    bool m_online = true;
    QTimer m_routeCheck;
};

} // namespace colab
