#include "secrets/SecretStore.h"

#include "common/Logging.h"
#include "secrets/SecretMemory.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace colab {

namespace {

SecretStore::Status statusFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Status::NoKeychain;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Status::AccessDenied;
    default:
        return SecretStore::Status::Failed;
    }
}

QString explain(SecretStore::Status status, const QString& detail)
{
    switch (status) {
    case SecretStore::Status::Ok:
        return {};
    case SecretStore::Status::NotFound:
        return SecretStore::tr("No secret is stored yet.");
    case SecretStore::Status::NoKeychain:
        return SecretStore::tr("No system keychain is available (%1). Start your desktop's keyring "
                               "(GNOME Keyring, KWallet) or keep the password for this session only.")
            .arg(detail);
    case SecretStore::Status::AccessDenied:
        return SecretStore::tr("The system keychain refused access (%1). Unlock it and try again.").arg(detail);
    case SecretStore::Status::Failed:
        break;
    }
    return SecretStore::tr("The system keychain reported an error: %1").arg(detail);
}

} // namespace

SecretStore::SecretStore(QObject* parent) : QObject(parent) {}

SecretStore::~SecretStore()
{
    for (QString& secret : m_sessionSecrets)
        wipeSecret(secret);
}

void SecretStore::read(const QString& key, const Callback& done)
{
    // Any process that loads a secret writes no core dump: no command can forget it.
    protectProcessHoldingSecrets();
    start(Op::Read, key, {}, done, false);
}

void SecretStore::write(const QString& key, const QString& value, const Callback& done)
{
    protectProcessHoldingSecrets();
    // A buffer of our own, wiped when the job is over: the caller may wipe theirs at once, while a
    // retry or the session fallback still needs the secret.
    start(Op::Write, key, copySecret(value), done, false);
}

void SecretStore::remove(const QString& key, const Callback& done)
{
    start(Op::Remove, key, {}, done, false);
}

void SecretStore::allowSessionOnlyFallback(bool allowed)
{
    m_sessionFallback = allowed;
    if (!allowed) {
        for (QString& secret : m_sessionSecrets)
            wipeSecret(secret);
        m_sessionSecrets.clear();
    }
}

bool SecretStore::serveFromSession(Op op, const QString& key, const QString& value, const Callback& done)
{
    if (!m_sessionFallback)
        return false;
    Result result{Status::Ok, {}, {}};
    switch (op) {
    case Op::Read:
        if (m_sessionSecrets.contains(key))
            result.value = copySecret(m_sessionSecrets.value(key)); // callers wipe theirs
        else
            result = {Status::NotFound, {}, explain(Status::NotFound, {})};
        break;
    case Op::Write:
        if (m_sessionSecrets.contains(key))
            wipeSecret(m_sessionSecrets[key]);
        m_sessionSecrets.insert(key, copySecret(value));
        break;
    case Op::Remove:
        if (m_sessionSecrets.contains(key))
            wipeSecret(m_sessionSecrets[key]);
        m_sessionSecrets.remove(key);
        break;
    }
    QTimer::singleShot(0, this, [done, result] {
        if (done)
            done(result);
    });
    return true;
}

void SecretStore::start(Op op, const QString& key, const QString& value, const Callback& done, bool isRetry)
{
    QKeychain::Job* job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(QLatin1String(kService), this);
        break;
    case Op::Write: {
        auto* write = new QKeychain::WritePasswordJob(QLatin1String(kService), this);
        write->setTextData(value);
        job = write;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(QLatin1String(kService), this);
        break;
    }
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, op, key, value, done, isRetry](QKeychain::Job* finished) {
        const Status status = statusFor(finished->error());
        qCDebug(lcSecrets) << "keychain job for" << key << "finished with status" << int(status);
        if (status == Status::NoKeychain && !isRetry) {
            // On Linux the Secret Service may still be starting right after login: retry once.
            QTimer::singleShot(m_retryDelayMs, this,
                               [this, op, key, value, done] { start(op, key, value, done, true); });
            return;
        }
        const auto wipeOwnCopy = [op, value] {
            QString spent = value; // shares write()'s own buffer
            if (op == Op::Write)
                wipeSecret(spent);
        };
        if ((status == Status::NoKeychain || status == Status::AccessDenied) &&
            serveFromSession(op, key, value, done)) {
            wipeOwnCopy();
            return;
        }
        Result result{status, {}, explain(status, finished->errorString())};
        if (status == Status::Ok && op == Op::Read)
            result.value = static_cast<QKeychain::ReadPasswordJob*>(finished)->textData();
        if (status == Status::NotFound && op == Op::Remove)
            result = {Status::Ok, {}, {}}; // removing what is not there is success
        wipeOwnCopy();
        if (done)
            done(result);
    });
    job->start();
}

} // namespace colab
