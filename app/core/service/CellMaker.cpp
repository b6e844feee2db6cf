#include "service/CellMaker.h"

#include "colab/GitIdentity.h"
#include "colab/ShaCrypt.h"
#include "common/AppPaths.h"
#include "secrets/SecretMemory.h"
#include "secrets/SecretStore.h"
#include "service/ProbeSetup.h"
#include "ssh/AppKey.h"
#include "ssh/LibsshThread.h"

namespace colab {

GeneratedCell CellMaker::make(CellOptions options, QByteArray& passwordUtf8, const QString& cloudflaredPath)
{
    const LibsshThreadScope libssh; // the app's key may be made here
    if (!options.keyOnly)
        options.passwordHash = ShaCrypt::hash(passwordUtf8);
    wipeSecret(passwordUtf8);
    if (options.gitName.isEmpty() && options.gitEmail.isEmpty())
        addLocalGitIdentity(options);
    QString error;
    if (!ProbeSetup::ensureAppKey(cloudflaredPath, &error))
        return {{}, tr("The app's SSH key is not available: %1").arg(error)};
    options.publicKey = AppKey(AppPaths::privateKeyFile()).publicKeyLine();
    return ColabCell::generate(options);
}

void CellMaker::addLocalGitIdentity(CellOptions& options)
{
    const GitIdentity identity = GitIdentity::local();
    options.gitName = identity.name;
    options.gitEmail = identity.email;
}

void CellMaker::makeWithStoredPassword(const CellOptions& options, const QString& cloudflaredPath,
                                       const std::function<void(const GeneratedCell&)>& done)
{
    if (options.keyOnly) { // no password in the cell: the keychain is not asked
        QByteArray none;
        return done(make(options, none, cloudflaredPath));
    }
    auto* store = new SecretStore;
    store->read(QLatin1String(SecretStore::kSshPasswordKey),
                [store, options, cloudflaredPath, done](const SecretStore::Result& secret) {
                    store->deleteLater();
                    SecretStore::Result spent = secret;
                    QByteArray utf8 = secret.value.toUtf8();
                    wipeSecret(spent.value);
                    if (secret.status == SecretStore::Status::NotFound)
                        return done({{},
                                     tr("No SSH password is stored yet, and the cell sets root's password from "
                                        "it. Store one first: colab-tunnel password set --generate")});
                    if (!secret.ok())
                        return done({{}, secret.message});
                    done(make(options, utf8, cloudflaredPath));
                });
}

} // namespace colab
