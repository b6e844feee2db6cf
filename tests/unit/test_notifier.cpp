#include "service/Notifier.h"

#include <catch2/catch.hpp>

using namespace colab;
using State = ProbeResult::State;
using Severity = Notifier::Severity;

namespace {
ProbeResult result(State state, const char* message = "details")
{
    ProbeResult r;
    r.name = QStringLiteral("gpu");
    r.state = state;
    r.message = QString::fromUtf8(message);
    return r;
}

std::optional<Notifier::Notification> decide(State before, State after, bool added = false)
{
    return Notifier::decide(QStringLiteral("colab-gpu"), before, result(after), added);
}
} // namespace

TEST_CASE("starting the app does not announce every runtime that is online", "[notifier]")
{
    CHECK_FALSE(decide(State::Unknown, State::Online));
    CHECK_FALSE(decide(State::Starting, State::Online));
    CHECK_FALSE(decide(State::Unknown, State::Offline));
    CHECK_FALSE(decide(State::Unknown, State::AuthFailed));
    CHECK_FALSE(decide(State::Unknown, State::PasswordNeeded));
}

TEST_CASE("a runtime added in this session is announced online at first contact, not as back", "[notifier]")
{
    const auto first = decide(State::Starting, State::Online, true);
    REQUIRE(first);
    CHECK(first->title == QStringLiteral("colab-gpu is online"));
    CHECK(first->severity == Severity::Information);
    CHECK(first->text == QStringLiteral("details"));
}

TEST_CASE("a runtime that returns is back and one that leaves went offline", "[notifier]")
{
    const auto back = decide(State::Offline, State::Online);
    REQUIRE(back);
    CHECK(back->title == QStringLiteral("colab-gpu is back"));
    const auto lost = decide(State::Online, State::Offline);
    REQUIRE(lost);
    CHECK(lost->title == QStringLiteral("colab-gpu went offline"));
    CHECK(lost->severity == Severity::Warning);
    CHECK_FALSE(decide(State::Offline, State::Offline)); // no change, no news
    CHECK_FALSE(decide(State::Offline, State::Error));   // still down
    CHECK_FALSE(decide(State::Online, State::Starting)); // a check in progress is not news
}

TEST_CASE("a changed host key is a critical alarm, even at start-up", "[notifier]")
{
    for (State before : {State::Unknown, State::Online, State::Offline}) {
        const auto alarm = decide(before, State::HostKeyChanged);
        REQUIRE(alarm);
        CHECK(alarm->severity == Severity::Critical);
        CHECK(alarm->title.contains(QStringLiteral("host key changed")));
    }
}

TEST_CASE("password problems are news once they happen, not at start-up", "[notifier]")
{
    const auto refused = decide(State::Online, State::AuthFailed);
    REQUIRE(refused);
    CHECK(refused->title == QStringLiteral("colab-gpu: password refused"));
    const auto needed = decide(State::Starting, State::PasswordNeeded, true);
    REQUIRE(needed);
    CHECK(needed->title == QStringLiteral("colab-gpu: password needed"));
    CHECK_FALSE(decide(State::AuthFailed, State::Online)); // fixed by the user, who is watching
}
