#include "service/ConnectivityWatch.h"

#include "common/Logging.h"
#include "common/Platform.h"

#include <QNetworkInformation>

#ifdef COLAB_HAVE_QTDBUS
#include <QDBusConnection>
#endif

namespace colab {

ConnectivityWatch::ConnectivityWatch(const Config& config, QObject* parent) : QObject(parent)
{
    m_routeCheck.setInterval(config.offlineRouteCheckMs);
    connect(&m_routeCheck, &QTimer::timeout, this, [this] {
        if (platform::hasDefaultRoute()) {
            qCInfo(lcMonitor) << "a default route is back";
            setOnline(true);
        }
    });
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation* information = QNetworkInformation::instance();
        qCInfo(lcMonitor) << "network reachability from Qt's" << information->backendName() << "backend";
        connect(information, &QNetworkInformation::reachabilityChanged, this, &ConnectivityWatch::update);
        update();
    } else {
        qCInfo(lcMonitor) << "no network reachability backend (available:" << QNetworkInformation::availableBackends()
                          << "); checks never pause";
    }
#ifdef COLAB_HAVE_QTDBUS
    QDBusConnection bus =
        config.sleepSignalsOnSessionBus ? QDBusConnection::sessionBus() : QDBusConnection::systemBus();
    if (!bus.isConnected() ||
        !bus.connect(QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
                     QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"), this,
                     SLOT(onPrepareForSleep(bool))))
        qCInfo(lcMonitor) << "logind's sleep signals are not available: waking up is noticed by the next checks";
#else
    Q_UNUSED(config);
#endif
}

void ConnectivityWatch::update()
{
    setOnline(QNetworkInformation::instance()->reachability() != QNetworkInformation::Reachability::Disconnected);
}

void ConnectivityWatch::setOnline(bool online)
{
    if (online)
        m_routeCheck.stop();
    else
        m_routeCheck.start();
    if (online == m_online)
        return;
    m_online = online;
    emit onlineChanged(online);
}

void ConnectivityWatch::onPrepareForSleep(bool sleeping)
{
    if (sleeping)
        return;
    qCInfo(lcMonitor) << "the computer woke up";
    emit resumed();
}

} // namespace colab
