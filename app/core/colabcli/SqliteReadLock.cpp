#include "colabcli/SqliteReadLock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#if !defined(Q_OS_WIN)
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace colab {

#if defined(Q_OS_WIN)

// SQLite's Windows locks are LockFileEx ranges; until that is written and tested on Windows the
// file is read without the lock (the CLI writes it in one short in-place write).
bool SqliteReadLock::acquire(const QString&, int, QString*)
{
    return true;
}

void SqliteReadLock::release() {}

#else

namespace {
// sqlite3.c (os_unix.c): the lock bytes sit at 1 GiB, beyond any data the file holds.
constexpr off_t kPendingByte = 0x40000000;
constexpr off_t kSharedFirst = kPendingByte + 2;
constexpr off_t kSharedSize = 510;
constexpr int kRetryMs = 10;

bool setLock(int fd, short type, off_t start, off_t length)
{
    struct flock lock = {};
    lock.l_type = type;
    lock.l_whence = SEEK_SET;
    lock.l_start = start;
    lock.l_len = length;
    return ::fcntl(fd, F_SETLK, &lock) == 0;
}
} // namespace

bool SqliteReadLock::acquire(const QString& lockPath, int timeoutMs, QString* error)
{
    release();
    const QByteArray path = QFile::encodeName(lockPath);
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return true;
        if (error)
            *error = QCoreApplication::translate("SqliteReadLock", "Cannot open %1: %2")
                         .arg(lockPath, qt_error_string(errno));
        return false;
    }
    QElapsedTimer waited;
    waited.start();
    // As SQLite does: a read lock on the PENDING byte first (a waiting writer holds it, so new
    // readers queue behind it), then the SHARED range, then the PENDING byte is let go.
    for (;;) {
        int failure = 0;
        if (setLock(fd, F_RDLCK, kPendingByte, 1)) {
            const bool shared = setLock(fd, F_RDLCK, kSharedFirst, kSharedSize);
            failure = shared ? 0 : errno;
            setLock(fd, F_UNLCK, kPendingByte, 1);
            if (shared) {
                m_fd = fd;
                return true;
            }
        } else {
            failure = errno;
        }
        if (failure != EACCES && failure != EAGAIN) {
            if (error)
                *error = QCoreApplication::translate("SqliteReadLock", "Cannot lock %1: %2")
                             .arg(lockPath, qt_error_string(failure));
            break;
        }
        if (waited.elapsed() >= timeoutMs) {
            if (error)
                *error =
                    QCoreApplication::translate("SqliteReadLock", "The colab CLI kept %1 locked for more than %2 s.")
                        .arg(lockPath)
                        .arg(timeoutMs / 1000.0);
            break;
        }
        QThread::msleep(kRetryMs);
    }
    ::close(fd);
    return false;
}

void SqliteReadLock::release()
{
    if (m_fd >= 0)
        ::close(m_fd); // closing drops every POSIX lock this process holds on the file
    m_fd = -1;
}

#endif

SqliteReadLock::~SqliteReadLock()
{
    release();
}

} // namespace colab
