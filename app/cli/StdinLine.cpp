#include "cli/StdinLine.h"

#include <cerrno>
#include <unistd.h>

namespace colab {

int readLineFromStdin(char* buffer, int capacity)
{
    int size = 0;
    while (size < capacity) {
        char c;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 || c == '\n')
            break;
        buffer[size++] = c;
    }
    while (size > 0 && buffer[size - 1] == '\r')
        --size;
    return size;
}

} // namespace colab
