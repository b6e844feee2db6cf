// Catch2's implementation, compiled once for both test mains and without optimisation: it is the
// slowest file of the suite to build, and how fast the runner itself runs does not matter.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

namespace colab::test {

int runCatch(int argc, char** argv)
{
    return Catch::Session().run(argc, argv);
}

} // namespace colab::test
