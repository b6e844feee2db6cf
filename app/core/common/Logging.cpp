#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcTunnels, "colabtunnel.tunnels")
Q_LOGGING_CATEGORY(lcSshConfig, "colabtunnel.sshconfig")
Q_LOGGING_CATEGORY(lcSsh, "colabtunnel.ssh")
Q_LOGGING_CATEGORY(lcSecrets, "colabtunnel.secrets")
Q_LOGGING_CATEGORY(lcCloudflare, "colabtunnel.cloudflare")
Q_LOGGING_CATEGORY(lcIde, "colabtunnel.ide")
Q_LOGGING_CATEGORY(lcMonitor, "colabtunnel.monitor")
Q_LOGGING_CATEGORY(lcApp, "colabtunnel.app")
