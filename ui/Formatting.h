#pragma once

#include <QString>

namespace colab {

// A size the runtime reports in MiB, as the dashboard and the details pane show it: "512 MiB",
// "12.5 GiB".
QString formatMebibytes(qint64 mib);

} // namespace colab
