#include "secrets/SecretMemory.h"

#include <catch2/catch.hpp>

using namespace colab;

TEST_CASE("wiping a password zeroes the buffer every copy shares, not a private copy", "[secrets]")
{
    // A secret read at run time (not a literal), shared by a second holder as Qt strings are.
    QString original = QString::fromUtf8(QByteArray("correct horse battery staple"));
    const QString sharedCopy = original;
    const QChar* bytes = original.constData();
    const qsizetype size = original.size();
    REQUIRE(sharedCopy.constData() == bytes);

    wipeSecret(original);
    CHECK(original.isEmpty());
    // The buffer that held it, still referenced by the copy, holds no character of it now.
    for (qsizetype i = 0; i < size; ++i)
        CHECK(bytes[i] == QChar(u'\0'));
}

TEST_CASE("wiping bytes read from a terminal zeroes them in place", "[secrets]")
{
    QByteArray line = QByteArray("hunter2-hunter2\n").trimmed();
    const QByteArray holder = line;
    const char* bytes = line.constData();
    wipeSecret(line);
    CHECK(line.isEmpty());
    CHECK(QByteArray(bytes, holder.size()).count('\0') == holder.size());
}

TEST_CASE("wiping a literal or an empty string is harmless", "[secrets]")
{
    QString literal = QStringLiteral("not a secret");
    wipeSecret(literal);
    CHECK(literal.isEmpty());
    QString empty;
    wipeSecret(empty);
    CHECK(empty.isEmpty());
}
