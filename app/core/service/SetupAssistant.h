#pragma once

#include "cloudflare/CloudflareCredentials.h"
#include "cloudflare/CloudflaredCheck.h"
#include "cloudflare/CloudflaredChecker.h"
#include "colab/ColabCell.h"
#include "secrets/SecretStore.h"
#include "service/CloudflareAccount.h"
#include "service/SlotSetup.h"
#include "ssh/ProbeResult.h"
#include "tunnels/Validation.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>

namespace colab {

class AppService;

// The setup wizard's work, without widgets: what is already done (cloudflared, Cloudflare login,
// slots, password), and each step of the way from nothing to a runtime online — the cloudflared
// check, the domain's DNS, the browser login, the tunnel slot, the Colab cell, and waiting for the
// runtime. Every long step is asynchronous, reports progress and can be cancelled; the wizard's
// pages only render what this says. Tunnels, passwords and the monitor stay the service's.
class SetupAssistant : public QObject
{
    Q_OBJECT
public:
    // `service` is borrowed and outlives this object.
    explicit SetupAssistant(AppService* service, QObject* parent = nullptr);
    ~SetupAssistant() override;

    AppService& service() { return *m_service; }

    // cloudflared: located (an explicit path first), then `--version` off the GUI thread.
    void checkCloudflared(const QString& explicitPath = {});
    const CloudflaredCheck& cloudflared() const { return m_cloudflared; }
    // The user browsed to one: remembered (settings) when it runs, then checked again.
    void chooseCloudflared(const QString& path);

    // Cloudflare credentials (a keychain API token, else cert.pem).
    void checkLogin();
    bool loggedIn() const { return m_credentials.ok(); }
    QString credentialSource() const { return m_credentials.source; }

    // The domain's name servers (and its zone, when logged in).
    void checkDomain(const QString& domain);
    void cancelDomainCheck();

    // `cloudflared tunnel login` in the browser.
    void startLogin();
    void cancelLogin();
    bool loginRunning() const;
    void setLoginTimeoutMs(int ms) { m_loginTimeoutMs = ms; }
    // Makes room for a new certificate: the existing one is renamed, never deleted.
    bool moveCertificateAside(const QString& certPath, QString* movedTo, QString* error);

    // The tunnel slot NAME.DOMAIN at Cloudflare, then the runtime NAME in the app.
    void createSlot(const QString& name, const QString& domain);
    void cancelSlot();
    bool slotRunning() const { return m_slot.running(); }
    // The value of a slot's Colab secret: its run token (keychain, else fetched again) and its host
    // key; `note` says when the slot has no host key yet (the token alone is given then).
    void readColabSecret(const QString& name, const SlotSetup::SecretDone& done);

    // The cell for `options` (the service adds the password hash and the app's key).
    void makeCell(const CellOptions& options);
    // What the cell page asks for: the runtime's name as typed, the mode, Drive and a repository.
    struct CellRequest
    {
        QString name;
        bool ownDomain = false;
        bool mountDrive = false;
        QString repoUrl;
    };
    // Checks what was typed; when it is usable, waits for that runtime and makes its cell
    // (cellReady follows). Returns the runtime's name, or what is wrong with the input.
    Validated requestCell(const CellRequest& request);

    // Waiting for the runtime named `name` (its cell was just made): a link or copied text that
    // names it is offered (runtimeOffered) and added once the user accepts it; its state is followed.
    void waitForRuntime(const QString& name);
    QString awaitedRuntime() const { return m_awaited; }
    // A colab-tunnel:// link or copied text; true when it is about the awaited runtime (offered, or
    // already there).
    bool offerRuntime(const QString& text);
    void acceptOffer();

signals:
    void cloudflaredChecked(const colab::CloudflaredCheck& state);
    void loginChecked(bool loggedIn, const QString& source, const QString& error);
    void domainChecked(const colab::DnsCheck& result);
    void loginUrl(const QString& url);
    void loginProgress(int elapsedSeconds);
    void loginFinished(colab::LoginRunner::Outcome outcome, const QString& message, const QString& certPath);
    void slotProgress(const QString& step);
    void slotFinished(bool ok, const QString& message, const QString& hostname);
    // Cloudflare asked us to wait (429) or a request is retried.
    void waiting(const QString& reason);
    void cellReady(const colab::GeneratedCell& cell);
    // The awaited runtime was added (from a link or the clipboard) or changed state.
    void runtimeAdded(const QString& name, const QString& hostname);
    void runtimeAddFailed(const QString& name, const QString& message);
    // `previousHostname`: what the name pointed at before (a new runtime for the same name), or empty.
    void runtimeOffered(const QString& name, const QString& hostname, const QString& previousHostname);
    void runtimeState(const QString& name, const colab::ProbeResult& result);

private:
    void withCredentials(const std::function<void()>& then);

    QPointer<AppService> m_service;
    SecretStore m_secrets;
    CloudflaredCheck m_cloudflared;
    CloudflaredChecker m_cloudflaredChecker;
    CloudflareCredentials m_credentials;
    CloudflareAccount m_account{m_secrets};
    int m_loginTimeoutMs = 10 * 60 * 1000;
    SlotSetup m_slot{m_secrets};
    QString m_slotName;
    std::function<void(bool, const QString&)> m_slotStored; // the slot's store step waits for the service
    QString m_awaited;
    struct Offer
    {
        QString hostname;
        QString text;
    };
    Offer m_offer;
    bool m_adding = false;
    int m_cellGeneration = 0;
};

} // namespace colab
