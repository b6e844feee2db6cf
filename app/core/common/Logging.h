#pragma once

#include <QLoggingCategory>

// One category per module; quiet below warnings unless QT_LOGGING_RULES="colabtunnel.*=true".
// Nothing secret is ever passed to these categories.
Q_DECLARE_LOGGING_CATEGORY(lcTunnels)
Q_DECLARE_LOGGING_CATEGORY(lcSshConfig)
Q_DECLARE_LOGGING_CATEGORY(lcSsh)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcCloudflare)
Q_DECLARE_LOGGING_CATEGORY(lcIde)
Q_DECLARE_LOGGING_CATEGORY(lcMonitor)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
