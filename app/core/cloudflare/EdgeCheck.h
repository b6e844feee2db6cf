#pragma once

#include <QString>
#include <functional>

namespace colab {

// Asks Cloudflare's edge whether a tunnel hostname has a connector, without starting cloudflared.
// While no cloudflared serves the hostname the edge answers any request with HTTP 530 (error
// 1033): the answer that makes `cloudflared access ssh` fail with "websocket: bad handshake". One
// request in this process costs far less than starting cloudflared to hear the same, which is what
// checking an offline runtime every few seconds otherwise does.
// Blocking (a local event loop): for worker threads. The edge is https://HOSTNAME; COLAB_TUNNEL_EDGE=http://HOST:PORT
// points it at a stand-in (tests).
class EdgeCheck
{
public:
    enum class Answer {
        NoConnector, // the edge said 530: the runtime's tunnel is down
        Unknown      // anything else (an answer, no answer, an error): only a real connection can tell
    };
    // `cancelled` is asked every 100 ms; true ends the wait (the answer is then Unknown).
    static Answer ask(const QString& hostname, int timeoutMs, const std::function<bool()>& cancelled = {});
};

} // namespace colab
