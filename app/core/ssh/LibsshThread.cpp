#include "ssh/LibsshThread.h"

#include <openssl/crypto.h>

namespace colab {

LibsshThreadScope::~LibsshThreadScope()
{
    OPENSSL_thread_stop(); // the next OpenSSL call on this thread sets it up again
}

} // namespace colab
