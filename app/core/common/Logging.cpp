#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcTunnels, "colabtunnel.tunnels", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSshConfig, "colabtunnel.sshconfig", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSsh, "colabtunnel.ssh", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "colabtunnel.secrets", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCloudflare, "colabtunnel.cloudflare", QtWarningMsg)
Q_LOGGING_CATEGORY(lcIde, "colabtunnel.ide", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMonitor, "colabtunnel.monitor", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApp, "colabtunnel.app", QtWarningMsg)
