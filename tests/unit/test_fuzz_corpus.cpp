#include "TestEnv.h"

#include <QDir>
#include <catch2/catch.hpp>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

// Replays the checked-in fuzz corpus (real colab_ssh outputs among it) through the fuzz target's
// own invariants on every build, not only where clang/libFuzzer is available.
TEST_CASE("the fuzz corpus replays cleanly through the parser's invariants", "[parser][fuzz]")
{
    const QDir corpus(QStringLiteral(COLAB_FIXTURES_DIR "/../fuzz/corpus"));
    const QStringList files = corpus.entryList(QDir::Files);
    REQUIRE(files.size() >= 10);
    for (const QString& file : files) {
        const QByteArray bytes = colab::test::readFile(corpus.filePath(file));
        INFO(file.toStdString());
        CHECK(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size())) == 0);
    }
}
