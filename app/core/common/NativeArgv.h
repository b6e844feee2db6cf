#pragma once

#include <QByteArray>
#include <QFile>
#include <QStringList>
#include <vector>

namespace colab {

// An argument list as the char*[] that posix_spawn wants; the program path in the file-name
// encoding, arguments in the locale's. Lives as long as the call that uses it.
class NativeArgv
{
public:
    explicit NativeArgv(const QStringList& argv)
    {
        for (int i = 0; i < argv.size(); ++i)
            m_storage.push_back(i == 0 ? QFile::encodeName(argv.at(i)) : argv.at(i).toLocal8Bit());
        for (QByteArray& arg : m_storage)
            m_pointers.push_back(arg.data());
        m_pointers.push_back(nullptr);
    }
    char* const* data() { return m_pointers.data(); }
    const char* program() const { return m_pointers.front(); }

private:
    std::vector<QByteArray> m_storage;
    std::vector<char*> m_pointers;
};

} // namespace colab
