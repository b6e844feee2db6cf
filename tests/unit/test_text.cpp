#include "CatchQt.h"
#include "InertText.h"
#include "cloudflare/ApiEnvelope.h"
#include "cloudflare/DnsChecker.h"
#include "common/Text.h"
#include "tunnels/Validation.h"

#include <catch2/catch.hpp>

using namespace colab;

// Text from the network reaches terminals (colab-tunnel dns-check, login, doctor) and labels: it
// must not be able to clear the screen, plant a terminal hyperlink, or reverse what the line says.
namespace {
const QString kTerminalTricks = QStringLiteral("a\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\ b\x1b[2J c") +
                                QChar(0x9b) + QStringLiteral("31m d") + QChar(0x7f) + QChar(0x07);
} // namespace

TEST_CASE("network text loses escape sequences, C1 controls and bidi overrides, and keeps its words", "[text][network]")
{
    const QString inert = inertNetworkText(kTerminalTricks);
    INFO(inert.toStdString());
    CHECK(test::activeCharacters(inert).isEmpty());
    // What remains is the printable rest, as it was: nothing to act on, nothing hidden.
    CHECK(inert == QStringLiteral("a]8;;https://evil.example\\click]8;;\\ b[2J c31m d"));

    // "invoice\u202Egpj.exe" reads "invoiceexe.jpg" on screen; without the override it reads as it is.
    const QString reversed = QStringLiteral("invoice") + QChar(0x202e) + QStringLiteral("gpj.exe") + QChar(0x2066) +
                             QChar(0x2069) + QChar(0x200f) + QChar(0x061c);
    CHECK(inertNetworkText(reversed) == QStringLiteral("invoicegpj.exe"));

    // One line: line breaks, tabs and runs of spaces become single spaces.
    CHECK(inertNetworkText(QStringLiteral("  first\r\nsecond\tthird\u2028fourth   fifth\n")) ==
          QStringLiteral("first second third fourth fifth"));

    // Markup is not the sanitiser's business: it stays, and the UI shows it as the text it is.
    CHECK(inertNetworkText(QStringLiteral("<a href=\"https://evil\">click</a>")) ==
          QStringLiteral("<a href=\"https://evil\">click</a>"));
}

TEST_CASE("network text is cut to its limit with an ellipsis, never inside a character", "[text][network]")
{
    const QString longText = QString(500, QLatin1Char('x'));
    const QString cut = inertNetworkText(longText, 100);
    CHECK(cut.size() == 100);
    CHECK(cut.endsWith(QChar(0x2026)));
    CHECK(inertNetworkText(longText).size() == kNetworkTextMaxLength);
    CHECK(inertNetworkText(QStringLiteral("short"), 100) == QStringLiteral("short"));

    // An emoji is two UTF-16 units: a cut between them would leave half a character.
    const QString emoji = QStringLiteral("abcd") + QString::fromUcs4(U"\U0001F600\U0001F600");
    const QString shortened = inertNetworkText(emoji, 6);
    CHECK(shortened == QStringLiteral("abcd") + QChar(0x2026));
    CHECK_FALSE(shortened.at(shortened.size() - 2).isHighSurrogate());
}

TEST_CASE("a one-line error keeps its place and reading order whatever the file or server held", "[text]")
{
    const QString held =
        QStringLiteral("name") + QChar(0x9b) + QStringLiteral("2J") + QChar(0x202e) + QStringLiteral("exe.txt\x1b");
    const QString shown = withoutControlCharacters(held);
    CHECK(shown == QStringLiteral("name?2J?exe.txt?"));
    CHECK(test::activeCharacters(shown).isEmpty());
}

TEST_CASE("Cloudflare's error messages reach the user as one inert line", "[text][cloudflare][api]")
{
    const QByteArray body =
        R"({"success":false,"errors":[{"code":1000,"message":"Invalid\u001b]8;;https://evil.example\u001b\\ token\u001b[2J\u202e\u009b31m\nnow"}]})";
    const ApiReply reply = ApiReply::parse(403, body);
    REQUIRE(reply.errors.size() == 1);
    const QString text = reply.errorText();
    INFO(text.toStdString());
    CHECK(test::activeCharacters(text).isEmpty());
    CHECK(text == QStringLiteral("Invalid]8;;https://evil.example\\ token[2J31m now (code 1000)"));
}

TEST_CASE("only a host name under ns.cloudflare.com is Cloudflare's name server", "[text][cloudflare][dns]")
{
    CHECK(DnsChecker::isCloudflareNameServer(QStringLiteral("ada.ns.cloudflare.com")));
    CHECK(DnsChecker::isCloudflareNameServer(QStringLiteral("BOB.NS.Cloudflare.COM.")));
    // A resolver's answer that merely ends the same way is markup, not a name server.
    CHECK_FALSE(
        DnsChecker::isCloudflareNameServer(QStringLiteral("<a href=\"https://evil\">click</a>.ns.cloudflare.com")));
    CHECK_FALSE(DnsChecker::isCloudflareNameServer(QStringLiteral("\x1b[2Jada.ns.cloudflare.com")));
    CHECK_FALSE(DnsChecker::isCloudflareNameServer(QStringLiteral("ns.cloudflare.com")));
}

// What the user typed or pasted is quoted back as it was: in the terminal and in the plain-text
// labels alike (escaping it for HTML in the core showed "&lt;" there), and a control character
// is named, not printed.
TEST_CASE("a refused hostname is quoted as typed, and control characters are named", "[text][validation]")
{
    const Validated markup = validateHostname(QStringLiteral("gpu<b>.example.com"));
    REQUIRE_FALSE(markup.ok());
    CHECK(markup.error.contains(QStringLiteral("\"gpu<b>.example.com\"")));
    CHECK_FALSE(markup.error.contains(QStringLiteral("&lt;")));

    const Validated csi = validateHostname(QStringLiteral("gpu") + QChar(0x9b) + QStringLiteral("2J.example.com"));
    REQUIRE_FALSE(csi.ok());
    INFO(csi.error.toStdString());
    CHECK(csi.error.contains(QStringLiteral("control character (U+009b)")));
    CHECK(test::activeCharacters(csi.error).isEmpty());

    const Validated bidi = validateHostname(QStringLiteral("gpu") + QChar(0x202e) + QStringLiteral("moc.example.com"));
    REQUIRE_FALSE(bidi.ok());
    CHECK(bidi.error.contains(QStringLiteral("U+202e")));
    CHECK(test::activeCharacters(bidi.error).isEmpty());
}
