#include "CatchQt.h"
#include "CellPython.h"
#include "TestEnv.h"
#include "cloudflare/CloudflaredVersion.h"
#include "colab/CloudflaredRelease.h"
#include "colab/ColabCell.h"
#include "colab/ShaCrypt.h"
#include "tunnels/PasteParser.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace colab;

namespace {

const QString kPassword = QStringLiteral("plain-Password-4711");
const QString kKey =
    QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG9vZ3VzdHJhbmdlLWtleS1mb3ItdGhlLWNlbGwtdGVzdHM colab-tunnel");

CellOptions baseOptions()
{
    CellOptions options;
    options.passwordHash = ShaCrypt::hash(kPassword.toUtf8(), 1000); // few rounds: many cells
    options.publicKey = kKey;
    return options;
}

QString generate(const CellOptions& options)
{
    const GeneratedCell cell = ColabCell::generate(options);
    INFO(cell.error.toStdString());
    REQUIRE(cell.ok());
    return cell.text;
}

// Runs `script` in python3 after test::cellLoader().
test::ProcessResult runWithCell(const QString& cell, const QString& script, const QStringList& args = {},
                                const QStringList& env = {})
{
    return test::runProcess(QStringLiteral("python3"),
                            QStringList{QStringLiteral("-c"), test::cellLoader() + script} + args, cell.toUtf8(), 30000,
                            env);
}

} // namespace

// Guards: the cell is valid Python in every variant (a syntax error would only show in Colab).
TEST_CASE("every generated variant of the cell is valid Python", "[cell]")
{
    QList<CellOptions> variants;
    variants << baseOptions();
    CellOptions named = baseOptions();
    named.mode = CellOptions::Mode::Named;
    named.name = QStringLiteral("t4");
    named.hostname = QStringLiteral("colab-1.example.com");
    variants << named;
    CellOptions mirror = baseOptions();
    mirror.name = QStringLiteral("a100-2");
    mirror.cloudflaredUrl = QStringLiteral("https://mirror.example.org/it's/cloudflared?x=%22y%22");
    mirror.cloudflaredSha256 = QString(64, QLatin1Char('A'));
    variants << mirror;
    CellOptions extras = baseOptions();
    extras.mountDrive = true;
    extras.repoUrl = QStringLiteral("https://github.com/owner/my-repo.git");
    variants << extras;
    // Hostile values: each one the generator accepts must still give valid Python.
    const QStringList hostile = {QStringLiteral("\n"),      QStringLiteral("\nimport os"), QStringLiteral("\r"),
                                 QStringLiteral("\u2028x"), QStringLiteral("\x85"),        QStringLiteral("'''")};
    for (const QString& tail : hostile) {
        const QList<std::function<void(CellOptions&)>> changes = {
            [&](CellOptions& o) { o.repoUrl = QStringLiteral("https://github.com/o/r") + tail; },
            [&](CellOptions& o) {
                o.repoUrl = QStringLiteral("https://github.com/o/r");
                o.repoTokenSecret = QStringLiteral("GIT_TOKEN") + tail;
            },
            [&](CellOptions& o) {
                o.mode = CellOptions::Mode::Named;
                o.hostname = QStringLiteral("colab-1.example.com") + tail;
            },
            [&](CellOptions& o) {
                o.mode = CellOptions::Mode::Named;
                o.hostname = QStringLiteral("colab-1.example.com");
                o.tokenSecret = QStringLiteral("COLAB_TUNNEL_TOKEN") + tail;
            },
            [&](CellOptions& o) { o.name = QStringLiteral("gpu") + tail; },
            [&](CellOptions& o) {
                o.cloudflaredUrl = QStringLiteral("https://mirror.example.org/cf") + tail;
                o.cloudflaredSha256 = QString(64, QLatin1Char('a'));
            },
            [&](CellOptions& o) { o.publicKey += tail; },
        };
        for (const auto& change : changes) {
            CellOptions options = baseOptions();
            change(options);
            if (ColabCell::generate(options).ok())
                variants << options;
        }
    }
    for (const CellOptions& options : variants) {
        const QString cell = generate(options);
        const auto parsed = test::runProcess(
            QStringLiteral("python3"),
            {QStringLiteral("-c"), QStringLiteral("import ast,sys; ast.parse(sys.stdin.read())")}, cell.toUtf8());
        INFO(parsed.err.toStdString());
        CHECK(parsed.exitCode == 0);
    }
}

// Guards: what the user puts in the notebook holds the hash, never the password; the values the
// cell runs with are exactly what the app meant, however they are quoted.
TEST_CASE("the cell holds the password's hash and never the password", "[cell]")
{
    CellOptions options = baseOptions();
    const QString cell = generate(options);
    CHECK_FALSE(cell.contains(kPassword));
    CHECK(cell.contains(options.passwordHash));
    CHECK(cell.contains(QStringLiteral("chpasswd")));
    CHECK(cell.contains(QStringLiteral("paid runtimes only")));

    const auto values = runWithCell(
        cell, QStringLiteral("import json\nprint(json.dumps({k: cell[k] for k in ('MODE', 'NAME', 'HOSTNAME', "
                             "'PASSWORD_HASH', 'PUBLIC_KEY', 'CLOUDFLARED_URL', 'CLOUDFLARED_SHA256')}))"));
    INFO(values.err.toStdString());
    REQUIRE(values.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(values.out).object();
    CHECK(json.value(QStringLiteral("MODE")).toString() == QStringLiteral("quick"));
    CHECK(json.value(QStringLiteral("NAME")).toString() == QStringLiteral("gpu"));
    CHECK(json.value(QStringLiteral("HOSTNAME")).toString().isEmpty());
    CHECK(json.value(QStringLiteral("PASSWORD_HASH")).toString() == options.passwordHash);
    CHECK(ShaCrypt::crypt(kPassword.toUtf8(), json.value(QStringLiteral("PASSWORD_HASH")).toString()) ==
          options.passwordHash);
    CHECK(json.value(QStringLiteral("PUBLIC_KEY")).toString() == kKey);
    // By default: the pinned release and its digest, from the one place they are kept.
    CHECK(json.value(QStringLiteral("CLOUDFLARED_URL")).toString() ==
          QLatin1String(cloudflared_release::kLinuxAmd64Url));
    CHECK(json.value(QStringLiteral("CLOUDFLARED_SHA256")).toString() ==
          QLatin1String(cloudflared_release::kLinuxAmd64Sha256));
    CHECK(QLatin1String(cloudflared_release::kLinuxAmd64Url).contains(QLatin1String(cloudflared_release::kVersion)));
}

TEST_CASE("Python literals survive any text", "[cell]")
{
    const QStringList samples = {QString(),
                                 QStringLiteral("plain"),
                                 QStringLiteral("it's \"quoted\" \\ back\\slash"),
                                 QStringLiteral("new\nline\r\ttab\x01"),
                                 QStringLiteral("'''\"\"\"; import os; os.system('id') #"),
                                 QStringLiteral("ümlaut 日本語 🙂 \u2028")};
    for (const QString& sample : samples) {
        const QString literal = ColabCell::pythonLiteral(sample);
        for (const QChar c : literal)
            CHECK((c.unicode() >= 0x20 && c.unicode() < 0x7f));
        const auto decoded = test::runProcess(
            QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral(
                 "import ast,sys; "
                 "sys.stdout.buffer.write(ast.literal_eval(sys.stdin.read()).encode('utf-8', 'surrogatepass'))")},
            literal.toUtf8());
        REQUIRE(decoded.exitCode == 0);
        CHECK(QString::fromUtf8(decoded.out) == sample);
    }
}

// Guards: the template is filled in one pass, so a value holding another field's @MARKER@ stays
// text inside its own literal; every value the cell runs with is exactly the one given.
TEST_CASE("a value holding a marker stays in its own field", "[cell]")
{
    CellOptions options = baseOptions();
    options.cloudflaredUrl = QStringLiteral("https://mirror.example.org/@PASSWORD_HASH@/@REPO_DIR@'/cf?x=@NAME@");
    options.cloudflaredSha256 = QString(64, QLatin1Char('b'));
    options.repoUrl = QStringLiteral("https://github.com/o/r");
    options.gitName = QStringLiteral("@MODE@'), __import__('os').system('id'), (' @KEY_ONLY@ \\");
    options.gitEmail = QStringLiteral("me@example.org");
    const QString cell = generate(options);
    const QJsonObject values = test::cellValues(cell.toUtf8());
    CHECK(values.value(QStringLiteral("CLOUDFLARED_URL")).toString() == options.cloudflaredUrl);
    CHECK(values.value(QStringLiteral("GIT_NAME")).toString() == options.gitName);
    CHECK(values.value(QStringLiteral("GIT_EMAIL")).toString() == options.gitEmail);
    CHECK(values.value(QStringLiteral("MODE")).toString() == QStringLiteral("quick"));
    CHECK(values.value(QStringLiteral("PASSWORD_HASH")).toString() == options.passwordHash);
    CHECK(values.value(QStringLiteral("REPO_DIR")).toString() == QStringLiteral("/content/r"));
    CHECK(values.value(QStringLiteral("KEY_ONLY")) == QJsonValue(false));
    CHECK(values.value(QStringLiteral("SSH_PORT")).toInt() == 22022);
    CHECK(values.size() == 17); // every parameter, once
}

// Guards: the cell leaves one name in the notebook (the user's own variables survive it), in every
// mode, by its syntax tree.
TEST_CASE("the cell leaves one name in the notebook's globals", "[cell]")
{
    QList<CellOptions> variants{baseOptions()};
    CellOptions named = baseOptions();
    named.mode = CellOptions::Mode::Named;
    named.hostname = QStringLiteral("colab-1.example.com");
    CellOptions extras = baseOptions();
    extras.mountDrive = true;
    extras.repoUrl = QStringLiteral("https://github.com/owner/repo/tree/main");
    extras.gitName = QStringLiteral("Ana");
    extras.gitEmail = QStringLiteral("ana@example.org");
    CellOptions keyOnly = baseOptions();
    keyOnly.keyOnly = true;
    keyOnly.passwordHash.clear();
    variants << named << extras << keyOnly;
    for (const CellOptions& options : variants) {
        const QStringList names = test::cellGlobals(generate(options).toUtf8());
        CHECK(names == QStringList{QStringLiteral("colab_tunnel")});
    }
}

// Guards: the cell's sshd is its own (own file, own port, loopback), and key only means no password
// login and no password in the cell; a password hash with key only is refused.
TEST_CASE("the cell's sshd has its own port and config, and key only turns passwords off", "[cell]")
{
    const QString printConfig = QStringLiteral("print(cell['sshd_config_text'](), end='')\n");
    const auto withPassword = runWithCell(generate(baseOptions()), printConfig);
    INFO(withPassword.err.toStdString());
    CHECK(withPassword.out.contains("\nPort 22022\nListenAddress 127.0.0.1\nListenAddress ::1\n"));
    CHECK(withPassword.out.contains("\nPasswordAuthentication yes\n"));
    CHECK(withPassword.out.contains("\nPermitRootLogin yes\n"));
    CHECK_FALSE(withPassword.out.contains("Include"));

    CellOptions keyOnly = baseOptions();
    keyOnly.keyOnly = true;
    CHECK_FALSE(ColabCell::generate(keyOnly).ok());
    keyOnly.passwordHash.clear();
    const QString cell = generate(keyOnly);
    const auto config = runWithCell(cell, printConfig);
    CHECK(config.out.contains("\nPasswordAuthentication no\n"));
    CHECK(config.out.contains("\nPermitRootLogin prohibit-password\n"));
    CHECK(test::cellValues(cell.toUtf8()).value(QStringLiteral("KEY_ONLY")) == QJsonValue(true));
    const auto card = runWithCell(cell, QStringLiteral("print(cell['card']('calm-river-stone.trycloudflare.com'))"));
    CHECK(card.out.contains("Root's password login is off (key only)."));
    const auto passwordCard = runWithCell(generate(baseOptions()),
                                          QStringLiteral("print(cell['card']('calm-river-stone.trycloudflare.com'))"));
    CHECK(passwordCard.out.contains("it stays on until this runtime ends"));
}

// Guards Cloudflare's support policy: the pinned cloudflared was released within one year of the
// newest release the project knows (the doctor's "too old" rule, measured from that release). Fails
// once kNewestKnownVersion moves on by more than a year: run scripts/bump-cloudflared.sh.
TEST_CASE("the pinned cloudflared is inside Cloudflare's support window", "[cell]")
{
    const CloudflaredVersion pinned = CloudflaredVersion::parse(QLatin1String(cloudflared_release::kVersion));
    const CloudflaredVersion newest =
        CloudflaredVersion::parse(QLatin1String(cloudflared_release::kNewestKnownVersion));
    REQUIRE(pinned.isValid());
    REQUIRE(newest.isValid());
    CHECK(pinned.releaseMonth() <= newest.releaseMonth());
    CHECK_FALSE(pinned.isTooOld(newest.releaseMonth()));
    CHECK(QLatin1String(cloudflared_release::kLinuxAmd64Url) ==
          QStringLiteral("https://github.com/cloudflare/cloudflared/releases/download/%1/cloudflared-linux-amd64")
              .arg(QLatin1String(cloudflared_release::kVersion)));
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))
              .match(QLatin1String(cloudflared_release::kLinuxAmd64Sha256))
              .hasMatch());
}

// Guards: nothing unchecked reaches the cell; each refusal says why.
TEST_CASE("the generator refuses values it cannot vouch for", "[cell]")
{
    const auto refused = [](const std::function<void(CellOptions&)>& change) {
        CellOptions options = baseOptions();
        change(options);
        const GeneratedCell cell = ColabCell::generate(options);
        CHECK(cell.text.isEmpty());
        return cell.error;
    };
    CHECK_FALSE(refused([](CellOptions& o) { o.name = QStringLiteral("GPU box"); }).isEmpty());
    CHECK_FALSE(refused([](CellOptions& o) { o.passwordHash = kPassword; }).isEmpty());
    CHECK_FALSE(refused([](CellOptions& o) { o.passwordHash = QStringLiteral("$6$salt$short"); }).isEmpty());
    CHECK_FALSE(refused([](CellOptions& o) { o.publicKey += QStringLiteral("\nssh-ed25519 AAAA evil"); }).isEmpty());
    CHECK_FALSE(refused([](CellOptions& o) { o.publicKey = QStringLiteral("not a key"); }).isEmpty());
    CHECK_FALSE(refused([](CellOptions& o) { o.mode = CellOptions::Mode::Named; }).isEmpty());
    CHECK_FALSE(refused([](CellOptions& o) {
                    o.mode = CellOptions::Mode::Named;
                    o.hostname = QStringLiteral("colab-1.example.com");
                    o.tokenSecret = QStringLiteral("a'b");
                }).isEmpty());
    // Secret names in every mode, whether that mode uses them or not.
    CHECK_FALSE(refused([](CellOptions& o) { o.tokenSecret = QStringLiteral("a'b"); }).isEmpty());
    CHECK_FALSE(refused([](CellOptions& o) { o.repoTokenSecret = QStringLiteral("X@MODE@"); }).isEmpty());
    CHECK_FALSE(refused([](CellOptions& o) { o.hostname = QStringLiteral("colab-1.example.com"); }).isEmpty());
    CHECK_FALSE(refused([](CellOptions& o) { o.gitEmail = QStringLiteral("not an address"); }).isEmpty());
    CHECK_FALSE(refused([](CellOptions& o) { o.gitName = QStringLiteral("Ana <evil>"); }).isEmpty());
    CHECK_FALSE(
        refused([](CellOptions& o) { o.cloudflaredUrl = QStringLiteral("https://mirror.example.org/cf"); }).isEmpty());
    CHECK_FALSE(refused([](CellOptions& o) {
                    o.cloudflaredUrl = QStringLiteral("ftp://mirror.example.org/cf");
                    o.cloudflaredSha256 = QString(64, QLatin1Char('0'));
                }).isEmpty());
    CHECK_FALSE(refused([](CellOptions& o) {
                    o.cloudflaredUrl = QStringLiteral("https://mirror.example.org/cf");
                    o.cloudflaredSha256 = QStringLiteral("abc");
                }).isEmpty());
}

// Guards: "$" also matches before a final line break, so every pattern is anchored, and no option
// may hold a control character (it could end a "#" comment and start code in the cell).
TEST_CASE("the generator refuses a value ending in a line break", "[cell]")
{
    const auto refused = [](const std::function<void(CellOptions&)>& change) {
        CellOptions options = baseOptions();
        change(options);
        const GeneratedCell cell = ColabCell::generate(options);
        CHECK(cell.text.isEmpty());
        return !cell.ok();
    };
    CHECK(refused([](CellOptions& o) { o.repoUrl = QStringLiteral("https://github.com/o/r\n"); }));
    QString error;
    CHECK(ColabCell::repository(QStringLiteral("https://github.com/o/r\n"), &error).url.isEmpty());
    CHECK(refused([](CellOptions& o) {
        o.repoUrl = QStringLiteral("https://github.com/o/r");
        o.repoTokenSecret = QStringLiteral("GIT_TOKEN\n");
    }));
    CHECK(refused([](CellOptions& o) {
        o.mode = CellOptions::Mode::Named;
        o.hostname = QStringLiteral("colab-1.example.com");
        o.tokenSecret = QStringLiteral("COLAB_TUNNEL_TOKEN\n");
    }));
    CHECK(refused([](CellOptions& o) {
        o.cloudflaredUrl = QStringLiteral("https://mirror.example.org/cf");
        o.cloudflaredSha256 = QString(64, QLatin1Char('a')) + QLatin1Char('\n');
    }));
    CHECK(refused([](CellOptions& o) {
        o.cloudflaredUrl = QStringLiteral("https://mirror.example.org/cf\t");
        o.cloudflaredSha256 = QString(64, QLatin1Char('a'));
    }));
    CHECK(refused([](CellOptions& o) { o.name = QStringLiteral("gpu\r"); }));
    CHECK(refused([](CellOptions& o) { o.passwordHash += QLatin1Char('\n'); }));
    CHECK(refused([](CellOptions& o) { o.publicKey += QLatin1Char('\n'); }));
}

// Guards: a mirror URL with a user name or password would be shared with the notebook.
TEST_CASE("the generator refuses a mirror URL with user info", "[cell]")
{
    for (const char* url : {"https://user:pass@mirror.example.org/cf", "https://user@mirror.example.org/cf"}) {
        INFO(url);
        CellOptions options = baseOptions();
        options.cloudflaredUrl = QString::fromUtf8(url);
        options.cloudflaredSha256 = QString(64, QLatin1Char('a'));
        CHECK_FALSE(ColabCell::optionsError(options).isEmpty());
        CHECK_FALSE(ColabCell::generate(options).ok());
    }
}

// Guards: what the cell prints is what the app's paste box, clipboard offer and `add -` accept,
// with the name; the plain-text lines alone still give the hostname.
TEST_CASE("the cell's card round-trips through the paste parser", "[cell][parser]")
{
    CellOptions options = baseOptions();
    options.name = QStringLiteral("t4");
    const auto printed =
        runWithCell(generate(options), QStringLiteral("print(cell['card']('calm-river-stone.trycloudflare.com'))"));
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    const QString card = QString::fromUtf8(printed.out);
    CHECK(card.contains(QStringLiteral("colab-tunnel://add?host=calm-river-stone.trycloudflare.com&name=t4")));
    CHECK(card.contains(QStringLiteral("ssh colab-t4")));
    CHECK(PasteParser::mightContainRuntime(card));
    const ParsedRuntime parsed = PasteParser::parse(card);
    INFO(parsed.error.toStdString());
    CHECK(parsed.hostname == QStringLiteral("calm-river-stone.trycloudflare.com"));
    CHECK(parsed.name == QStringLiteral("t4"));

    QStringList plain;
    for (const QString& line : card.split(QLatin1Char('\n')))
        if (!line.contains(QLatin1String("colab-tunnel://")))
            plain << line;
    const ParsedRuntime fallback = PasteParser::parse(plain.join(QLatin1Char('\n')));
    INFO(fallback.error.toStdString());
    CHECK(fallback.hostname == QStringLiteral("calm-river-stone.trycloudflare.com"));
}

// Guards: with --repo, the card's link names the clone, so IDEs opened from the app start there.
TEST_CASE("the card of a cell that clones a repository carries its folder to the app", "[cell][parser]")
{
    CellOptions options = baseOptions();
    options.repoUrl = QStringLiteral("https://github.com/ana/thesis-models.git");
    const auto printed =
        runWithCell(generate(options), QStringLiteral("print(cell['card']('calm-river-stone.trycloudflare.com'))"));
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    const ParsedRuntime parsed = PasteParser::parse(QString::fromUtf8(printed.out));
    INFO(parsed.error.toStdString());
    CHECK(parsed.hostname == QStringLiteral("calm-river-stone.trycloudflare.com"));
    CHECK(parsed.folder == QStringLiteral("/content/thesis-models"));
}

// Guards: a download that is not the pinned binary is deleted and never run; a good one is
// installed executable; no network says so.
TEST_CASE("the cell verifies cloudflared's SHA-256 before using it", "[cell]")
{
    const QString dir = test::makeScratchDir(QStringLiteral("cell-download"));
    const QString source = dir + QStringLiteral("/cloudflared-linux-amd64");
    const QByteArray binary = "#!/bin/sh\necho cloudflared stand-in\n";
    test::writeFile(source, binary);
    const QString goodDigest =
        QString::fromLatin1(QCryptographicHash::hash(binary, QCryptographicHash::Sha256).toHex());
    const QString state = test::makeScratchDir(QStringLiteral("cell-state"));
    const QString fetch = QStringLiteral("cell = load(STATE=sys.argv[1])\n"
                                         "try:\n"
                                         "    print('installed', cell['fetch_cloudflared']())\n"
                                         "except cell['CellError'] as error:\n"
                                         "    print('refused', error)\n");

    CellOptions wrong = baseOptions();
    wrong.cloudflaredUrl = QStringLiteral("file://") + source;
    wrong.cloudflaredSha256 = QString(64, QLatin1Char('0'));
    auto result = runWithCell(generate(wrong), fetch, {state});
    INFO(result.err.toStdString());
    CHECK(result.out.contains("\nrefused The downloaded cloudflared is not the expected release"));
    CHECK(result.out.contains("SHA-256 is " + goodDigest.toLatin1()));
    CHECK(result.out.contains("deleted and not run"));
    CHECK_FALSE(QFile::exists(state + QStringLiteral("/cloudflared")));
    CHECK_FALSE(QFile::exists(state + QStringLiteral("/cloudflared.download")));

    CellOptions missing = wrong;
    missing.cloudflaredUrl = QStringLiteral("file://") + dir + QStringLiteral("/does-not-exist");
    result = runWithCell(generate(missing), fetch, {state});
    CHECK(result.out.contains("\nrefused Downloading cloudflared failed"));

    CellOptions right = wrong;
    right.cloudflaredSha256 = goodDigest;
    result = runWithCell(generate(right), fetch, {state});
    CHECK(result.out.endsWith("\ninstalled " + state.toUtf8() + "/cloudflared\n"));
    CHECK(test::readFile(state + QStringLiteral("/cloudflared")) == binary);
    CHECK((QFile::permissions(state + QStringLiteral("/cloudflared")) & QFileDevice::ExeOwner));
}

// Guards: running the cell again stops only what an earlier run started, found by what it is (its
// own program under STATE, its marker) rather than by a pid file an interrupted run may not have
// written: the same program elsewhere, or ours without the marker, is spared.
TEST_CASE("re-running the cell stops only its own processes", "[cell]")
{
    const QString state = test::makeScratchDir(QStringLiteral("cell-own"));
    const auto result =
        runWithCell(generate(baseOptions()),
                    QStringLiteral("import os, shutil, subprocess, time\n"
                                   "sleep = shutil.which('sleep')\n"
                                   "ours = shutil.copy(sleep, sys.argv[1] + '/cloudflared')\n"
                                   "own = subprocess.Popen([ours, '300'])\n"
                                   "own_marked = subprocess.Popen([ours, '301', '-f', sys.argv[1] + '/x'])\n"
                                   "decoy = subprocess.Popen([sleep, '302'])\n"
                                   "time.sleep(0.2)\n"
                                   "cell['stop_own'](ours, '-f ' + sys.argv[1] + '/x')\n"
                                   "print('marked stopped:', own_marked.wait(5) is not None)\n"
                                   "print('unmarked spared:', own.poll() is None)\n"
                                   "cell['stop_own'](ours)\n"
                                   "print('own stopped:', own.wait(5) is not None)\n"
                                   "print('same program elsewhere spared:', decoy.poll() is None)\n"
                                   "decoy.kill()\n"),
                    {state});
    INFO(result.err.toStdString());
    CHECK(result.out == "marked stopped: True\nunmarked spared: True\nown stopped: True\n"
                        "same program elsewhere spared: True\n");
}

// Guards: the notebook's environment reaches SSH sessions byte for byte, and no value can run code.
TEST_CASE("the exported environment is quoted for the shell", "[cell]")
{
    const QString dir = test::makeScratchDir(QStringLiteral("cell-env"));
    const QString file = dir + QStringLiteral("/env.sh");
    const auto result = runWithCell(
        generate(baseOptions()),
        QStringLiteral(
            "env = {'COLAB_GPU': '1', 'LD_LIBRARY_PATH': '/usr/lib64-nvidia:/usr/local/cuda/lib64',\n"
            "       'HOSTILE': \"it's $(touch \" + sys.argv[1] + \"/pwned) `id` \\\"q\\\" \\\\ \\n line2 ü\",\n"
            "       'JPY_PARENT_PID': '1', 'MPLBACKEND': 'module://inline', 'HOME': '/x', 'bad-name': 'v',\n"
            "       'TPU_NAME': 'local', 'SHELLOPTS': 'xtrace', 'BASHOPTS': 'extglob', 'EUID': '5', 'UID': '5',\n"
            "       'PPID': '1', 'BASH_ENV': '/x', 'BASH_XTRACEFD': '2', 'ENV': '/x', 'PROMPT_COMMAND': 'id',\n"
            "       'IFS': 'x', 'PS4': '$(id)', 'RAW': 'caf\\udce9'}\n"
            "open(sys.argv[1] + '/env.sh', 'wb').write(cell['environment_script'](env))\n"
            "raw = {b'RAW': b'caf\\xe9', b'COLAB_GPU': b'1', b'EUID': b'5'}\n"
            "open(sys.argv[1] + '/raw.sh', 'wb').write(cell['environment_script'](raw))\n"),
        {dir});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const auto shell =
        test::runProcess(QStringLiteral("bash"),
                         {QStringLiteral("-c"),
                          QStringLiteral(". \"$1\"; printf '%s|' \"$COLAB_GPU\" \"$LD_LIBRARY_PATH\" \"$HOSTILE\" "
                                         "\"$TPU_NAME\" \"${JPY_PARENT_PID-unset}\" \"${MPLBACKEND-unset}\""),
                          QStringLiteral("bash"), file});
    CHECK(shell.exitCode == 0);
    CHECK(QString::fromUtf8(shell.out) ==
          QStringLiteral("1|/usr/lib64-nvidia:/usr/local/cuda/lib64|it's $(touch %1/pwned) `id` \"q\" \\ \n line2 ü|"
                         "local|unset|unset|")
              .arg(dir));
    CHECK_FALSE(QFile::exists(dir + QStringLiteral("/pwned")));
    CHECK_FALSE(test::readFile(file).contains("HOME="));
    // bash's read-only and behaviour-changing names are left to the session's own shell.
    CHECK(shell.err.isEmpty());
    for (const char* name : {"SHELLOPTS=", "BASHOPTS=", "EUID=", " UID=", "PPID=", "BASH_ENV=", "BASH_XTRACEFD=",
                             " ENV=", "PROMPT_COMMAND=", "IFS=", "PS4="}) {
        INFO(name);
        CHECK_FALSE(test::readFile(file).contains(name));
    }
    // A value that is not UTF-8 is written byte for byte (from os.environb, or os.environ's surrogates).
    for (const QString& script : {file, dir + QStringLiteral("/raw.sh")}) {
        const auto raw = test::runProcess(
            QStringLiteral("bash"),
            {QStringLiteral("-c"), QStringLiteral(". \"$1\"; printf '%s' \"$RAW\""), QStringLiteral("bash"), script});
        CHECK(raw.err.isEmpty());
        CHECK(raw.out == QByteArray("caf\xe9"));
    }
}

// Guards: only HTTPS GitHub/GitLab repositories, never with credentials in the URL; a browser's
// address of one is the repository (a /tree/BRANCH page names the branch), and the folder the IDE
// opens is /content/REPO, never one of the runtime's own folders.
TEST_CASE("repository URLs are checked, normalised and name their folder", "[cell]")
{
    // {typed, repository, branch, folder}: plain URLs, what a browser's address bar holds, and
    // repositories named like the runtime's own folders (which they never land on).
    const QList<QStringList> accepted = {
        {"https://github.com/owner/repo", "https://github.com/owner/repo", "", "/content/repo"},
        {"https://github.com/owner/my.repo.git", "https://github.com/owner/my.repo.git", "", "/content/my.repo"},
        {"https://gitlab.com/group/sub/repo/", "https://gitlab.com/group/sub/repo", "", "/content/repo"},
        {"https://github.com/owner/repo/tree/main", "https://github.com/owner/repo", "main", "/content/repo"},
        {"https://www.github.com/owner/repo/blob/dev/src/a.py?plain=1#L3", "https://github.com/owner/repo", "",
         "/content/repo"},
        {"https://github.com/owner/repo?tab=readme-ov-file", "https://github.com/owner/repo", "", "/content/repo"},
        {"https://gitlab.com/group/sub/repo/-/tree/feature-1?ref_type=heads", "https://gitlab.com/group/sub/repo",
         "feature-1", "/content/repo"},
        {"https://github.com/owner/drive", "https://github.com/owner/drive", "", "/content/drive-repo"},
        {"https://github.com/owner/sample_data.git", "https://github.com/owner/sample_data.git", "",
         "/content/sample_data-repo"},
    };
    for (const QStringList& row : accepted) {
        INFO(row.first().toStdString());
        QString error;
        const CellRepository repo = ColabCell::repository(row.first(), &error);
        CHECK(error.isEmpty());
        CHECK(QStringList{repo.url, repo.branch, repo.directory} == row.mid(1));
    }
    for (const char* bad :
         {"http://github.com/owner/repo", "git@github.com:owner/repo.git", "https://user:token@github.com/owner/repo",
          "https://github.com/owner", "https://github.com/settings/profile", "https://example.com/owner/repo",
          "https://github.com:8443/owner/repo", "https://github.com/owner/..", "https://github.com/owner/repo;id",
          "https://github.com/owner/re po", "https://github.com/owner/repo\nimport os", "https://gitlab.com/group/-/x",
          "not a url"}) {
        INFO(bad);
        QString refused;
        CHECK(ColabCell::repository(QString::fromUtf8(bad), &refused).url.isEmpty());
        CHECK_FALSE(refused.isEmpty());
        CellOptions options = baseOptions();
        options.repoUrl = QString::fromUtf8(bad);
        CHECK_FALSE(ColabCell::generate(options).ok());
    }
    // Branches: git's rules, never something git would read as an option.
    for (const char* good : {"main", "feature/x-1", "v1.2", "release_2026"})
        CHECK(ColabCell::branchError(QString::fromUtf8(good)).isEmpty());
    for (const char* bad : {"-upload-pack=id", "a..b", "x.lock", "a b", "/x", "x/", "a//b", "x'y", "@{-1}", "a~1"}) {
        INFO(bad);
        CHECK_FALSE(ColabCell::branchError(QString::fromUtf8(bad)).isEmpty());
        CellOptions options = baseOptions();
        options.repoUrl = QStringLiteral("https://github.com/o/r");
        options.repoBranch = QString::fromUtf8(bad);
        CHECK_FALSE(ColabCell::generate(options).ok());
    }
    CellOptions orphan = baseOptions();
    orphan.repoBranch = QStringLiteral("main");
    CHECK_FALSE(ColabCell::generate(orphan).ok()); // a branch needs a repository
}

// Guards the seed's options: Drive is mounted at /content/drive through google.colab; the
// repository is cloned once, a private one with the Colab secret's token passed in git's
// environment (never argv, never .git/config), and a folder in the way is not overwritten.
TEST_CASE("the cell mounts Drive and clones the repository", "[cell]")
{
    const QString dir = test::makeScratchDir(QStringLiteral("cell-repo"));
    // A stand-in google.colab (drive records the mount point, userdata holds a token) and git.
    QDir().mkpath(dir + QStringLiteral("/py/google/colab"));
    test::writeFile(dir + QStringLiteral("/py/google/__init__.py"), {});
    test::writeFile(dir + QStringLiteral("/py/google/colab/__init__.py"), {});
    test::writeFile(dir + QStringLiteral("/py/google/colab/drive.py"),
                    "def mount(path):\n    print('mounted', path)\n");
    test::writeFile(dir + QStringLiteral("/py/google/colab/userdata.py"),
                    "def get(name):\n    assert name == 'GIT_TOKEN'\n    return 'tok-4711'\n");
    QDir().mkpath(dir + QStringLiteral("/bin"));
    test::writeExecutable(dir + QStringLiteral("/bin/git"),
                          "#!/bin/sh\nprintf '%s\\n' \"$*\" > \"$GIT_LOG\"\n"
                          "printf '%s=%s\\n' \"$GIT_CONFIG_KEY_0\" \"$GIT_CONFIG_VALUE_0\" >> \"$GIT_LOG\"\n"
                          "for last; do :; done\nmkdir -p \"$last/.git\"\n");
    CellOptions options = baseOptions();
    options.mountDrive = true;
    options.repoUrl = QStringLiteral("https://github.com/owner/private-repo/tree/dev");
    const QString cell = generate(options);
    const QString script = QStringLiteral("cell = load(REPO_DIR=sys.argv[1])\n"
                                          "for step in ('mount_drive', 'clone_repo', 'clone_repo'):\n"
                                          "    try:\n"
                                          "        cell[step]()\n"
                                          "    except cell['CellError'] as error:\n"
                                          "        print('refused', error)\n");
    const QString dest = dir + QStringLiteral("/content/private-repo");
    const QStringList env = {QStringLiteral("PYTHONPATH=") + dir + QStringLiteral("/py"),
                             QStringLiteral("PATH=") + dir + QStringLiteral("/bin:") + qEnvironmentVariable("PATH"),
                             QStringLiteral("GIT_LOG=") + dir + QStringLiteral("/git.log")};
    auto result = runWithCell(cell, script, {dest}, env);
    INFO(result.err.toStdString());
    CHECK(result.out.contains("mounted /content/drive\n"));
    CHECK(result.out.contains("Cloning https://github.com/owner/private-repo (branch dev) into " + dest.toUtf8()));
    CHECK(result.out.contains(dest.toUtf8() + " is already a clone; left as it is."));
    CHECK_FALSE(result.out.contains("refused"));
    const QByteArray log = test::readFile(dir + QStringLiteral("/git.log"));
    // Into a folder beside it, moved into place once complete: an interrupted clone is not a clone.
    CHECK(log.startsWith("clone --branch dev -- https://github.com/owner/private-repo " + dest.toUtf8() +
                         ".colab-tunnel-partial\n"));
    CHECK(QFile::exists(dest + QStringLiteral("/.git")));
    CHECK_FALSE(QFile::exists(dest + QStringLiteral(".colab-tunnel-partial")));
    CHECK_FALSE(log.split('\n').first().contains("tok-4711"));
    CHECK(log.contains("http.https://github.com/.extraHeader=Authorization: Basic " +
                       QByteArray("x-access-token:tok-4711").toBase64()));
    CHECK_FALSE(cell.contains(QStringLiteral("tok-4711")));

    // A folder of the user's own in the way: refused, left as it is.
    const QString other = dir + QStringLiteral("/content/other");
    test::writeFile(other + QStringLiteral("/notes.txt"), "mine");
    result = runWithCell(cell, script, {other}, env);
    CHECK(result.out.contains("refused " + other.toUtf8() + " exists and is not a git clone"));
    CHECK(test::readFile(other + QStringLiteral("/notes.txt")) == "mine");

    // Outside Colab, Drive cannot be mounted: said plainly.
    result = runWithCell(cell, script, {dest});
    CHECK(result.out.startsWith("refused Google Drive can be mounted only in a Colab notebook."));
}

// Guards the tunnel step without root (no sshd needed): quick mode learns its hostname from the
// metrics server and waits for /ready; named mode takes its token from the Colab secret into
// cloudflared's environment (never argv); a refused token and a tunnel that never gets ready stop
// the cell with cloudflared's last log lines.
TEST_CASE("the cell starts cloudflared, waits for it, and explains when it fails", "[cell]")
{
    const QString dir = test::makeScratchDir(QStringLiteral("cell-tunnel"));
    QDir().mkpath(dir + QStringLiteral("/py/google/colab"));
    test::writeFile(dir + QStringLiteral("/py/google/__init__.py"), {});
    test::writeFile(dir + QStringLiteral("/py/google/colab/__init__.py"), {});
    test::writeFile(dir + QStringLiteral("/py/google/colab/userdata.py"),
                    "import os\ndef get(name):\n    assert name == 'COLAB_TUNNEL_TOKEN'\n"
                    "    return os.environ['STAND_IN_TOKEN']\n");
    const QString map = dir + QStringLiteral("/map");
    test::writeFile(map, {});
    const QString script = QStringLiteral(
        "import os\n"
        "import shutil\n"
        "cell = load(STATE=sys.argv[1], READY_TIMEOUT=int(sys.argv[3]))\n"
        "cloudflared = shutil.copy(sys.argv[2], sys.argv[1] + '/cloudflared')  # the cell's own copy\n"
        "def start(cloudflared):\n"
        "    token = cell['read_slot_secret']()[0] if cell['MODE'] != 'quick' else None\n"
        "    return cell['start_tunnel'](cloudflared, token)\n"
        "process = None\n"
        "try:\n"
        "    process, port, log = start(cloudflared)\n"
        "    print('argv has token:', os.environ['STAND_IN_TOKEN'] in open(f'/proc/{process.pid}/cmdline').read())\n"
        "    print('ready', cell['wait_ready'](process, port, log))\n"
        "except cell['CellError'] as error:\n"
        "    print('refused', error)\n"
        "    print('left behind:', process is not None and process.poll() is None,\n"
        "          os.path.exists(sys.argv[1] + '/cloudflared.pid'))\n"
        "if len(sys.argv) > 4:\n"
        "    # A second, named start whose secret is missing: the running tunnel is left as it is.\n"
        "    os.environ.pop('STAND_IN_TOKEN')\n"
        "    try:\n"
        "        start(cloudflared)\n"
        "    except cell['CellError'] as error:\n"
        "        print('second refused', error)\n"
        "    print('first still running:', process.poll() is None)\n"
        "cell['stop_own'](cloudflared)\n");
    const auto runTunnel = [&](const CellOptions& options, const QString& token, const QString& timeout,
                               const QString& readyDelay, const QStringList& extra = {}) {
        const QString state = test::makeScratchDir(QStringLiteral("cell-tunnel-state"));
        return test::runProcess(
            QStringLiteral("python3"),
            QStringList{QStringLiteral("-c"), test::cellLoader() + script, state, test::fakeCloudflared(), timeout} +
                extra,
            generate(options).toUtf8(), 60000,
            {QStringLiteral("PYTHONPATH=") + dir + QStringLiteral("/py"), QStringLiteral("FAKE_CLOUDFLARED_MAP=") + map,
             QStringLiteral("STAND_IN_TOKEN=") + token, QStringLiteral("FAKE_CLOUDFLARED_READY_DELAY=") + readyDelay});
    };

    auto quick = runTunnel(baseOptions(), QStringLiteral("unused"), QStringLiteral("60"), QStringLiteral("1"));
    INFO(quick.out.toStdString() << quick.err.toStdString());
    const QList<QByteArray> lines = quick.out.trimmed().split('\n');
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(1).startsWith("ready "));
    CHECK(lines.at(1).endsWith(".trycloudflare.com"));
    // Quick tunnels lead to the cell's own sshd port, not 22.
    CHECK(test::readFile(map).contains(lines.at(1).mid(6) + " 22022\n"));

    CellOptions named = baseOptions();
    named.mode = CellOptions::Mode::Named;
    named.hostname = QStringLiteral("colab-1.example.com");
    const auto run =
        runTunnel(named, QStringLiteral("fake:colab-1.example.com"), QStringLiteral("60"), QStringLiteral("1"));
    INFO(run.out.toStdString() << run.err.toStdString());
    // A bare run token (a slot from before slots had a host key) still works, with a note why the
    // app will warn about the host key.
    CHECK(run.out.endsWith("argv has token: False\nready colab-1.example.com\n"));
    CHECK(run.out.contains("no host key of its own"));
    CHECK(test::readFile(map).contains("colab-1.example.com 22\n"));
    // What `slot token` prints: one line of JSON with the token and the host key.
    const auto joined = runTunnel(named, QStringLiteral(R"({"token":"fake:colab-1.example.com","host_key":""})"),
                                  QStringLiteral("60"), QStringLiteral("1"));
    INFO(joined.out.toStdString() << joined.err.toStdString());
    CHECK(joined.out == "argv has token: False\nready colab-1.example.com\n");
    // Anything else in the secret is refused before anything is stopped or started.
    const auto mangled = runTunnel(named, QStringLiteral(R"({"token":"fake:x","host_key":"ssh-rsa AAAA"})"),
                                   QStringLiteral("60"), QStringLiteral("1"));
    CHECK(mangled.out.contains("refused The Colab secret COLAB_TUNNEL_TOKEN is not what colab-tunnel slot token "
                               "printed"));

    // Named mode reads its token before it stops the running tunnel: a missing secret leaves it be.
    const auto again = runTunnel(named, QStringLiteral("fake:colab-1.example.com"), QStringLiteral("60"),
                                 QStringLiteral("1"), {QStringLiteral("again")});
    INFO(again.out.toStdString() << again.err.toStdString());
    CHECK(again.out.contains("ready colab-1.example.com\nsecond refused Could not read the Colab secret"));
    CHECK(again.out.endsWith("first still running: True\n"));

    const auto badToken = runTunnel(named, QStringLiteral("not-a-token"), QStringLiteral("60"), QStringLiteral("1"));
    CHECK(badToken.out.contains("refused cloudflared stopped (exit status 1)."));
    CHECK(badToken.out.contains("Provided Tunnel token is not valid."));
    CHECK(badToken.out.endsWith("left behind: False False\n"));

    const auto never = runTunnel(baseOptions(), QStringLiteral("unused"), QStringLiteral("2"), QStringLiteral("100"));
    CHECK(never.out.contains("refused The tunnel was not ready after 2 s."));
    CHECK(never.out.contains("Requesting new quick Tunnel"));
    // A failed start stops the cloudflared it started and removes its pid file.
    CHECK(never.out.endsWith("left behind: False False\n"));
}
