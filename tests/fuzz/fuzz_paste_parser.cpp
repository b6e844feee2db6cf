// libFuzzer target for the paste parser: whatever bytes arrive, the parser either returns one
// valid hostname that occurs in the text, or one clear error, and never crashes or hangs.
#include "tunnels/PasteParser.h"
#include "tunnels/Validation.h"

#include <QString>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const colab::ParsedRuntime parsed = colab::PasteParser::parse(text);
    if (parsed.ok()) {
        if (parsed.hostname.isEmpty() || !colab::validateHostname(parsed.hostname).ok())
            std::abort();
        if (!text.contains(parsed.hostname, Qt::CaseInsensitive) && !text.contains(QLatin1String("%")) &&
            !text.contains(QLatin1String("&")))
            std::abort(); // the hostname must come from the text (modulo URL/HTML decoding)
        if (!parsed.name.isEmpty() && !colab::validateTunnelName(parsed.name).ok())
            std::abort();
    } else if (parsed.error.isEmpty() || !parsed.hostname.isEmpty()) {
        std::abort();
    }
    return 0;
}
