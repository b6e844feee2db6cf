#pragma once

#include <QString>

namespace colab {

// The shared (reader's) lock that SQLite takes on a database file, held for this object's life.
// Google's colab CLI guards sessions.json with filelock.ReadWriteLock on "sessions.json.lock",
// which is an SQLite database: its writers hold SQLite's EXCLUSIVE lock, its readers the SHARED
// one. Taking SHARED the way SQLite does (POSIX byte-range locks at SQLite's fixed offsets) lets
// us read while other readers read and keeps us out while the CLI writes.
class SqliteReadLock
{
public:
    SqliteReadLock() = default;
    ~SqliteReadLock();
    SqliteReadLock(const SqliteReadLock&) = delete;
    SqliteReadLock& operator=(const SqliteReadLock&) = delete;

    // Waits up to `timeoutMs` while a writer holds the file. A missing lock file means no writer
    // has ever run: true, nothing held. Windows: true, nothing held (see the .cpp).
    bool acquire(const QString& lockPath, int timeoutMs, QString* error);
    void release();

private:
    int m_fd = -1;
};

} // namespace colab
