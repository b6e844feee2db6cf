#pragma once

#include "cloudflare/CloudflaredLocator.h"
#include "colab/ColabCell.h"
#include "common/AppSettings.h"
#include "diagnose/Doctor.h"
#include "ide/IdePlanner.h"
#include "monitor/LocalForward.h"
#include "monitor/TunnelMonitor.h"
#include "secrets/SecretStore.h"
#include "service/ConnectivityWatch.h"
#include "service/NamedTunnelWatch.h"
#include "service/Notifier.h"
#include "service/ServiceMessage.h"
#include "service/TunnelRegistry.h"
#include "ssh/ProbeResult.h"
#include "tunnels/Tunnel.h"

#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

namespace colab {

// The application as both front ends see it: owns the tunnel registry, the monitor, the keychain
// and the settings, and offers the use cases (add, remove, check now, password, open). It holds
// the policy the windows used to hold: when probing may start (after the keychain answered),
// when the password is read again, which changes are news, which problems stay in view until
// they are solved. No widgets: the GUI renders what it says, tests drive it directly.
class AppService : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString cloudflaredPath; // an explicit choice (command line, settings); empty = locate it
        TunnelMonitor::Config monitor;
        // While a runtime waits for a password, how often the keychain is read again (a password
        // set from the command line or another instance is picked up without a click).
        int passwordRecheckMs = 10000;
        TunnelMonitor::ProbeFunction probe; // empty = the real prober
        // How often named tunnels' status is read from Cloudflare.
        NamedTunnelWatch::Config namedStatus;
        ConnectivityWatch::Config connectivity;
        // While another user holds a runtime's local port: how often it is looked at again.
        int portRecheckMs = 10000;
    };

    // What adding this text would do, shown before the user confirms.
    struct AddPreview
    {
        enum class Kind { Invalid, New, Repoint, Unchanged };
        Kind kind = Kind::Invalid;
        QString name;
        QString hostname;
        QString previousHostname; // for Repoint
        QString text;             // one line for the dialog: what will happen, or why not
        bool canAdd() const { return kind == Kind::New || kind == Kind::Repoint; }
    };

    // What opening an IDE on a runtime will do; `offline` asks the user first.
    struct OpenPlan
    {
        IdePlanner::Result planned;
        bool offline = false;
        QString offlineText;
    };

    explicit AppService(Options options, QObject* parent = nullptr);
    ~AppService() override;

    void start(); // load() and startChecks()
    // Loads the tunnels and raises what is wrong with the store or cloudflared: tunnels() after this.
    void load();
    // Starts checking the runtimes. The keychain is read once a login needs the password.
    void startChecks();
    void shutdown(); // stops every probe at once (quit)

    const QList<Tunnel>& tunnels() const { return m_registry.tunnels(); }
    const Tunnel* find(const QString& name) const { return m_registry.find(name); }
    ProbeResult state(const QString& name) const;
    QString cloudflaredPath() const { return m_options.cloudflaredPath; }
    // Empty when cloudflared is found; else what is missing and how to install it.
    QString cloudflaredProblem() const;
    QList<ServiceMessage> activeProblems() const { return m_problems.values(); }

    // Use cases.
    AddPreview previewAdd(const QString& text, const QString& name) const;
    void addTunnel(const QString& text, const QString& name);
    // A named tunnel slot just made at Cloudflare (SlotManager): its hostname and ids.
    void addNamedSlot(const QString& hostname, const QString& name, const TunnelRepository::CloudflareIds& ids);
    void removeTunnel(const QString& name);
    void probeNow(const QString& name); // reads the keychain again first: never a stale password
    void setPassword(const QString& password);
    void keepPasswordForSession(const QString& password); // after the user chose it, no keychain
    void clearPassword();
    bool checksStarted() const { return m_checksStarted; }
    // Whether the keychain has answered (hasPassword() is then known). It is read when a login
    // first needs the password, or when lookUpPassword() asks (the wizard, the PyCharm dialog).
    bool keychainAnswered() const { return m_keychainAnswered; }
    void lookUpPassword(); // keychainReady follows, unless it has answered already
    bool hasPassword() const { return !m_password.isEmpty(); }
    // The Colab cell for `options`, with root's password hash from the current SSH password and the
    // app's key (created now if missing, off the GUI thread); `done` runs on this thread.
    void makeCell(const CellOptions& options, const std::function<void(const GeneratedCell&)>& done);
    OpenPlan planOpen(const QString& name, IdePlanner::Ide ide) const;
    // A runtime found on the clipboard: new (offer to add it) or already known (say as what).
    struct ClipboardOffer
    {
        QString hostname; // empty: nothing to offer
        QString knownAs;  // the tunnel that already has this hostname
        QString text;     // one line for the banner or status bar
        bool isNew() const { return !hostname.isEmpty() && knownAs.isEmpty(); }
    };
    ClipboardOffer clipboardOffer(const QString& text) const;
    // Why a colab-tunnel:// link (on the command line, from a second launch) cannot be offered:
    // one plain sentence, empty when it can.
    static QString linkError(const QString& link);

    // PyCharm's SSH interpreter on a runtime: its stable local port (the same every session),
    // forwarded through cloudflared while the runtime answers, and what to type into PyCharm.
    struct PyCharmSetup
    {
        QString host = QStringLiteral("127.0.0.1");
        int port = 0; // 0: none yet
        QString user = QStringLiteral("root");
        QString keyFile; // the app's private key
        bool keyExists = false;
        QString interpreter = QStringLiteral("/usr/bin/python3");
        QString remoteFolder;
        bool forwarding = false; // the port reaches the runtime now
        // Another user's program listens on the port: PyCharm must not connect to it (status says so).
        bool portHeld = false;
        QString status; // one line: forwarding now, or why not
    };
    int localPort(const QString& name) const { return m_registry.localPort(name); }
    bool isForwarding(const QString& name) const;
    PyCharmSetup pycharmSetup(const QString& name) const;
    // A copy of the SSH password for the clipboard (empty when none); the caller wipes it.
    QString passwordCopy() const;

    // The user's preferences, applied at once: the monitor's intervals (the next check and live
    // samples use them) and whether news becomes a notification. The cloudflared path is separate:
    // a --cloudflared on the command line wins until the user picks another one.
    void applyPreferences(const AppSettings::Preferences& preferences);
    void setCloudflaredPath(const QString& path);
    bool notificationsEnabled() const { return m_notifications; }

    // Hidden: slower live samples, online checks and named tunnels' status polls.
    void setWindowVisible(bool visible);
    // The last 10 minutes of live samples per runtime (graphs, tooltips).
    const SampleHistory& history() const { return m_monitor.history(); }
    TunnelMonitor& monitor() { return m_monitor; }
    const NamedTunnelWatch& namedWatch() const { return m_namedWatch; }
    // The system's word on the network and on waking up; checks pause while it says offline.
    ConnectivityWatch& connectivity() { return m_connectivity; }

    // The doctor for one runtime: each link of the chain in order (cloudflared, for named tunnels
    // DNS, login and status at Cloudflare, reachable, banner, host key, login, GPU) with the
    // service's password (read again first) and cloudflared. Each step arrives as diagnosisStep as
    // it completes, then diagnosisFinished. False (and nothing emitted) when there is no such
    // runtime; a diagnosis of it that is still running starts over.
    bool diagnose(const QString& name);
    void cancelDiagnosis(const QString& name); // the rest is reported Skipped, then diagnosisFinished(false)
    // The last (or running) diagnosis of `name`, for report() (Copy report) and toJson(); null when none.
    const Doctor* diagnosis(const QString& name) const { return m_doctors.value(name); }
    // What the doctor needs for these runtimes: the app's probe options for each (the CLI too).
    static Doctor::Config diagnosisConfig(const QList<Tunnel>& tunnels, const QString& cloudflaredPath,
                                          const QString& password);

signals:
    void tunnelsChanged();
    void stateChanged(const QString& name, const colab::ProbeResult& result);
    void nextCheckChanged(const QString& name, const QDateTime& at); // invalid: none timed
    void checked(const QString& name);                               // a check ended, also one that changed nothing
    // A live sample of an online runtime (every 2 s while the window is visible, 10 s hidden);
    // state(name) already includes it.
    void sampleArrived(const QString& name, const colab::RuntimeSample& sample);
    void changeFinished(bool ok, const QString& message, const colab::Tunnel& tunnel);
    // Transient news (severity Info/Warning/Error) or a problem that stays until resolved.
    void message(const colab::ServiceMessage& message);
    void problemResolved(const QString& key);
    void notification(const colab::Notifier::Notification& notification); // none while they are off
    // The keychain could not store the password: the UI may offer keepPasswordForSession.
    void keychainRefused(const QString& why);
    void passwordStored();
    // The keychain's first answer.
    void keychainReady();
    // The doctor (diagnose): one link's result as it completes, then the end (ok: nothing failed).
    void diagnosisStarted(const QString& name);
    void diagnosisStep(const QString& name, const colab::StepResult& step);
    void diagnosisFinished(const QString& name, bool ok);
    // The runtime's local port started or stopped reaching it (see pycharmSetup).
    void localForwardChanged(const QString& name);

private:
    void onStateChanged(const QString& name, const ProbeResult& result);
    void readPassword(const std::function<void()>& then);
    void applyPassword(const QString& password);
    void updatePasswordProblem();
    void raiseProblem(const ServiceMessage& problem);
    void resolveProblem(const QString& key);
    void updateForwards();
    void setNetworkOnline(bool online);
    void checkPortHolder(const QString& name, int port);
    static QString portHeldText(const QString& name, int port);
    void updateForward(const QString& name);

    Options m_options;
    TunnelRegistry m_registry;
    TunnelMonitor m_monitor;
    NamedTunnelWatch m_namedWatch;
    ConnectivityWatch m_connectivity;
    SecretStore m_secrets;
    QThreadPool m_workers;       // the cell's hash and key; waited for at shutdown (never Qt's global pool)
    QSet<QString> m_pinAfterAdd; // slots found again by addTunnel: their host key is pinned once stored
    QString m_password;
    bool m_checksStarted = false;
    bool m_keychainAnswered = false;
    bool m_lookupAsked = false;
    bool m_notifications = true;
    QSet<QString> m_knownAtStart;
    QHash<QString, ProbeResult::State> m_lastStates;
    QHash<QString, ServiceMessage> m_problems;
    QTimer m_passwordRecheck;
    QTimer m_portRecheck;                     // while another user holds a runtime's local port
    QHash<QString, Doctor*> m_doctors;        // by runtime name; the last diagnosis of each
    QHash<QString, LocalForward*> m_forwards; // by runtime name, while it has a port
    bool m_forwardsStopped = false;           // shut down: the app is quitting
};

} // namespace colab
