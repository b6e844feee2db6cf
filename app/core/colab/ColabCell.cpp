#include "colab/ColabCell.h"

#include "colab/CloudflaredRelease.h"
#include "common/Version.h"
#include "tunnels/Validation.h"

#include <QRegularExpression>
#include <QUrl>

namespace colab {

namespace {

// The cell's body. @NAME@ placeholders are replaced by Python string literals (pythonLiteral).
// It runs top to bottom in IPython or plain python3; imported under another __name__ (tests) it
// only defines its functions.
constexpr char kBody[] = R"PY(import base64, hashlib, json, os, re, shlex, shutil, signal, socket, subprocess, sys, time
import urllib.error, urllib.parse, urllib.request

MODE = @MODE@
NAME = @NAME@
HOSTNAME = @HOSTNAME@  # named mode: the tunnel's hostname
PASSWORD_HASH = @PASSWORD_HASH@  # salted SHA-512 crypt; the password itself is not in this cell
PUBLIC_KEY = @PUBLIC_KEY@
CLOUDFLARED_URL = @CLOUDFLARED_URL@
CLOUDFLARED_SHA256 = @CLOUDFLARED_SHA256@
TOKEN_SECRET = @TOKEN_SECRET@  # named mode: the Colab secret (key icon on the left) holding the token
MOUNT_DRIVE = @MOUNT_DRIVE@
REPO_URL = @REPO_URL@  # cloned into REPO_DIR when set
REPO_DIR = @REPO_DIR@
REPO_TOKEN_SECRET = @REPO_TOKEN_SECRET@  # a private repository's token, if this Colab secret exists
STATE = '/root/.colab-tunnel'
# sshd keeps the first value it reads: "00-" comes before cloud-init's 50-cloud-init.conf.
SSHD_DROP_IN = '/etc/ssh/sshd_config.d/00-colab-tunnel.conf'
OLD_SSHD_DROP_IN = '/etc/ssh/sshd_config.d/colab-tunnel.conf'  # earlier versions of this cell
ENV_FILE = STATE + '/environment.sh'
ENV_HOOK = '[ -r ' + ENV_FILE + ' ] && . ' + ENV_FILE + '  # colab-tunnel: the notebook environment'
READY_TIMEOUT = 90
# Set per session or by the notebook's own kernel: not wanted in an SSH session.
ENV_SKIP = {'HOME', 'PWD', 'OLDPWD', 'SHLVL', '_', 'TERM', 'SHELL', 'USER', 'LOGNAME', 'MAIL', 'PS1', 'PS2',
            'MPLBACKEND', 'CLICOLOR', 'PAGER', 'GIT_PAGER', 'TUNNEL_TOKEN',
            # bash's read-only names, and names that change how the session's shell behaves.
            'SHELLOPTS', 'BASHOPTS', 'EUID', 'UID', 'PPID', 'ENV', 'PROMPT_COMMAND', 'IFS', 'PS4', 'GROUPS',
            'BASH', 'BASHPID'}
ENV_SKIP_PREFIXES = ('JPY_', 'SSH_', 'PYDEVD_', 'BASH_')


class CellError(Exception):
    pass


def say(text):
    print(text, flush=True)


def run(step, argv, **kwargs):
    try:
        result = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kwargs)
    except OSError as error:
        raise CellError(f'{step}: could not run {argv[0]} ({error}).')
    if result.returncode != 0:
        tail = '\n'.join(result.stdout.strip().splitlines()[-15:])
        raise CellError(f'{step}: {" ".join(argv)} failed with exit status {result.returncode}.\n{tail}')
    return result.stdout


def write_file(path, text, mode=0o644):
    tmp = path + '.colab-tunnel-tmp'
    with open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode), 'wb' if isinstance(text, bytes) else 'w') as out:
        out.write(text)
    os.chmod(tmp, mode)
    os.replace(tmp, path)


def alive(pid):
    try:
        os.waitpid(pid, os.WNOHANG)  # a child of this kernel from an earlier run: reap it
    except ChildProcessError:
        pass
    try:
        with open(f'/proc/{pid}/stat') as stat:
            return stat.read().rsplit(')', 1)[1].split()[0] != 'Z'
    except (OSError, IndexError):
        return False


def start_time(pid):
    """The process's start time (field 22 of /proc/PID/stat): with the pid, it names one process."""
    try:
        with open(f'/proc/{pid}/stat') as stat:
            return stat.read().rsplit(')', 1)[1].split()[19]
    except (OSError, IndexError):
        return None


def record_own(pid_file, pid):
    write_file(pid_file, f'{pid} {start_time(pid)}\n', 0o600)


def stop_own(pid_file, program, marker=None):
    """Stops the process an earlier run of this cell started (its pid file names it), nothing else:
    the pid, its start time and the program must all match, and the marker be in its command line."""
    try:
        with open(pid_file) as f:
            pid_text, started = f.read().split()
            pid = int(pid_text)
    except (OSError, ValueError):
        pid, started = None, None
    if pid is None or start_time(pid) != started:
        try:
            os.remove(pid_file)
        except OSError:
            pass
        return
    try:
        with open(f'/proc/{pid}/cmdline', 'rb') as f:
            argv = [part.decode(errors='replace') for part in f.read().split(b'\0')]
    except OSError:
        argv = []
    # Still ours, not a reused pid: the program is argv[0], or argv[1] after a script's interpreter,
    # or inside the title sshd gives itself ("sshd: /usr/sbin/sshd -o ... [listener] ...").
    if re.search(r'(^|[\s:])' + re.escape(program) + r'(\s|$)', ' '.join(argv[:2])) and (
            marker is None or marker in ' '.join(argv)):
        try:
            os.kill(pid, signal.SIGTERM)
            for _ in range(50):
                if not alive(pid):
                    break
                time.sleep(0.1)
            else:
                os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    try:
        os.remove(pid_file)
    except OSError:
        pass


def port_open(port):
    with socket.socket() as probe:
        probe.settimeout(1)
        return probe.connect_ex(('127.0.0.1', port)) == 0


def setup_sshd():
    sshd = shutil.which('sshd') or '/usr/sbin/sshd'
    if not os.path.exists(sshd):
        say('Installing openssh-server (sshd is missing)...')
        env = dict(os.environ, DEBIAN_FRONTEND='noninteractive')
        run('Installing openssh-server (apt-get update)', ['apt-get', 'update', '-qq'], env=env)
        run('Installing openssh-server', ['apt-get', 'install', '-y', '-qq', 'openssh-server'], env=env)
        sshd = shutil.which('sshd') or '/usr/sbin/sshd'
    os.makedirs('/etc/ssh/sshd_config.d', exist_ok=True)
    main_config = '/etc/ssh/sshd_config'
    text = open(main_config).read() if os.path.exists(main_config) else ''
    if not re.search(r'(?mi)^\s*Include\s+/etc/ssh/sshd_config\.d/\*\.conf\s*$', text):
        write_file(main_config, 'Include /etc/ssh/sshd_config.d/*.conf\n' + text)
    if os.path.exists(OLD_SSHD_DROP_IN):
        os.remove(OLD_SSHD_DROP_IN)
    # Only cloudflared, on this machine, connects: sshd listens on loopback alone.
    write_file(SSHD_DROP_IN, '# Written by the Colab Tunnel cell; running the cell again rewrites it.\n'
               'ListenAddress 127.0.0.1\nListenAddress ::1\n'
               'PermitRootLogin yes\nPasswordAuthentication yes\nPubkeyAuthentication yes\n'
               'ClientAliveInterval 30\nClientAliveCountMax 6\nTCPKeepAlive yes\n')
    run('Creating the SSH host keys', ['ssh-keygen', '-A'])
    os.makedirs('/run/sshd', mode=0o755, exist_ok=True)
    run('Checking the sshd configuration', [sshd, '-t'])
    pid_file = STATE + '/sshd.pid'
    stop_own(pid_file, sshd, 'PidFile=' + pid_file)
    for _ in range(30):
        if not port_open(22):
            break
        time.sleep(0.1)
    else:
        raise CellError('Port 22 is taken by another SSH server (an earlier colab_ssh cell?). '
                        'Restart the runtime (Runtime > Restart session), then run only this cell.')
    run('Starting sshd', [sshd, '-o', 'PidFile=' + pid_file])
    for _ in range(100):
        if port_open(22):
            break
        time.sleep(0.1)
    else:
        raise CellError('sshd started but does not answer on port 22.')
    for _ in range(50):
        try:
            with open(pid_file) as f:
                record_own(pid_file, int(f.read().split()[0]))  # sshd wrote its pid; add its start time
            return
        except (OSError, ValueError, IndexError):
            time.sleep(0.1)
    raise CellError('sshd started but did not write its pid file ' + pid_file + '.')


def set_password():
    run("Setting root's password", ['chpasswd', '-e'], input='root:' + PASSWORD_HASH + '\n')


def add_public_key():
    os.makedirs('/root/.ssh', mode=0o700, exist_ok=True)
    os.chmod('/root/.ssh', 0o700)
    path = '/root/.ssh/authorized_keys'
    text = open(path).read() if os.path.exists(path) else ''
    key = PUBLIC_KEY.split()[1]
    if not any(key in line.split() for line in text.splitlines()):
        if text and not text.endswith('\n'):
            text += '\n'
        write_file(path, text + PUBLIC_KEY + '\n', 0o600)
    os.chmod(path, 0o600)


def environment_script(environ):
    """The export lines, as bytes: a value that is not UTF-8 (os.environb, or surrogates in
    os.environ) is written byte for byte instead of raising."""
    def text(value):
        return os.fsdecode(value) if isinstance(value, bytes) else value
    lines = ["# The notebook kernel's environment for SSH sessions, written by the Colab Tunnel cell."]
    for key in sorted(environ):
        name = text(key)
        if name in ENV_SKIP or name.startswith(ENV_SKIP_PREFIXES) or not re.fullmatch(r'[A-Za-z_][A-Za-z0-9_]*', name):
            continue
        lines.append(f'export {name}={shlex.quote(text(environ[key]))}')
    return ('\n'.join(lines) + '\n').encode('utf-8', 'surrogateescape')


def export_environment():
    write_file(ENV_FILE, environment_script(os.environb), 0o600)
    write_file('/etc/profile.d/colab-tunnel.sh', ENV_HOOK + '\n')
    # Non-login shells (ssh HOST COMMAND, IDE back ends) read ~/.bashrc: the hook goes first, before
    # any "not interactive: return".
    bashrc = '/root/.bashrc'
    text = open(bashrc).read() if os.path.exists(bashrc) else ''
    if ENV_HOOK not in text:
        write_file(bashrc, ENV_HOOK + '\n' + text)


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, 'rb') as f:
        for block in iter(lambda: f.read(1 << 20), b''):
            digest.update(block)
    return digest.hexdigest()


def fetch_cloudflared():
    path = STATE + '/cloudflared'
    if os.path.exists(path) and sha256_of(path) == CLOUDFLARED_SHA256:
        return path
    say('Downloading cloudflared from ' + CLOUDFLARED_URL + ' ...')
    tmp = path + '.download'
    try:
        with urllib.request.urlopen(CLOUDFLARED_URL, timeout=60) as response, open(tmp, 'wb') as out:
            shutil.copyfileobj(response, out)
    except (urllib.error.URLError, OSError) as error:
        raise CellError(f'Downloading cloudflared failed ({error}). Is the runtime online? Run the cell again.')
    digest = sha256_of(tmp)
    if digest != CLOUDFLARED_SHA256:
        os.remove(tmp)
        raise CellError('The downloaded cloudflared is not the expected release: its SHA-256 is '
                        f'{digest}, not {CLOUDFLARED_SHA256}. It was deleted and not run.')
    os.chmod(tmp, 0o755)
    os.replace(tmp, path)
    return path


def read_token():
    try:
        from google.colab import userdata
    except ImportError:
        raise CellError('The tunnel token is read from a Colab secret, and this is not a Colab notebook.')
    try:
        token = userdata.get(TOKEN_SECRET)
    except Exception as error:
        raise CellError(f'Could not read the Colab secret {TOKEN_SECRET} ({type(error).__name__}). Add it in the '
                        "notebook's Secrets panel (key icon on the left) and allow this notebook to use it.")
    if not token:
        raise CellError(f'The Colab secret {TOKEN_SECRET} is empty.')
    return token.strip()


def read_slot_secret():
    """A named tunnel's Colab secret: one line of JSON from `colab-tunnel slot token` with the run token
    and the slot's own host key, or (slots made before they had one) the bare run token."""
    value = read_token()
    if not value.startswith('{'):
        say('Note: this slot has no host key of its own yet, so the app will warn that the host key changed. '
            'Run colab-tunnel slot add again on your computer and put the new secret here.')
        return value, ''
    try:
        data = json.loads(value)
        token, host_key = str(data.get('token') or '').strip(), str(data.get('host_key') or '')
    except (ValueError, AttributeError):
        token, host_key = '', ''
    if not token or (host_key and not host_key.startswith('-----BEGIN OPENSSH PRIVATE KEY-----')):
        raise CellError(f'The Colab secret {TOKEN_SECRET} is not what colab-tunnel slot token printed. Copy that '
                        'line again (or use Copy in the app) and paste it as the secret\'s value.')
    return token, host_key


def install_host_key(host_key):
    """The slot's own host key, before sshd starts: every runtime of the slot presents the key the app
    pinned, so a new runtime raises no alarm. It is not printed and stays in /etc/ssh (0600)."""
    os.makedirs('/etc/ssh', mode=0o755, exist_ok=True)
    path = '/etc/ssh/ssh_host_ed25519_key'
    write_file(path, host_key if host_key.endswith('\n') else host_key + '\n', 0o600)
    public = run("Reading the slot's host key", ['ssh-keygen', '-y', '-f', path]).split()
    if len(public) < 2 or public[0] != 'ssh-ed25519':
        raise CellError("The slot's host key in the Colab secret is not an ed25519 key; copy the secret again.")
    write_file(path + '.pub', public[0] + ' ' + public[1] + ' colab-tunnel-slot\n', 0o644)


def mount_drive():
    try:
        from google.colab import drive
    except ImportError:
        raise CellError('Google Drive can be mounted only in a Colab notebook.')
    say('Mounting Google Drive at /content/drive: allow access in the window that opens...')
    try:
        drive.mount('/content/drive')
    except Exception as error:
        raise CellError(f'Mounting Google Drive failed ({error}). Run the cell again and allow access.')


def repo_token():
    try:
        from google.colab import userdata
        return (userdata.get(REPO_TOKEN_SECRET) or '').strip()
    except Exception:  # not Colab, no such secret, or not granted: a public repository
        return ''


def clone_repo():
    if os.path.isdir(os.path.join(REPO_DIR, '.git')):
        say(REPO_DIR + ' is already a clone; left as it is.')
        return
    if os.path.exists(REPO_DIR) and os.listdir(REPO_DIR):
        raise CellError(REPO_DIR + ' exists and is not a git clone: move it away, then run the cell again.')
    env = dict(os.environ, GIT_TERMINAL_PROMPT='0')
    token = repo_token()
    if token:
        # In the environment, not in argv or .git/config: the token is used for this clone only.
        parts = urllib.parse.urlsplit(REPO_URL)
        user = 'oauth2' if parts.hostname == 'gitlab.com' else 'x-access-token'
        basic = base64.b64encode(f'{user}:{token}'.encode()).decode()
        env.update(GIT_CONFIG_COUNT='1', GIT_CONFIG_KEY_0=f'http.{parts.scheme}://{parts.netloc}/.extraHeader',
                   GIT_CONFIG_VALUE_0='Authorization: Basic ' + basic)
    say('Cloning ' + REPO_URL + ' into ' + REPO_DIR + ' ...')
    try:
        run('Cloning the repository', ['git', 'clone', '--', REPO_URL, REPO_DIR], env=env)
    except CellError as error:
        raise CellError(f'{error}\nA private repository needs a token: add it as the Colab secret '
                        f'{REPO_TOKEN_SECRET} and allow this notebook to use it.')


def log_tail(path, lines=15):
    try:
        with open(path, errors='replace') as f:
            tail = f.read().splitlines()[-lines:]
    except OSError:
        return ''
    return '\nLast lines of ' + path + ':\n' + '\n'.join(tail)


def start_tunnel(cloudflared, token):
    pid_file = STATE + '/cloudflared.pid'
    stop_own(pid_file, cloudflared)
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        port = s.getsockname()[1]
    env = dict(os.environ)
    if MODE == 'quick':
        argv = [cloudflared, 'tunnel', '--no-autoupdate', '--metrics', f'127.0.0.1:{port}',
                '--url', 'ssh://localhost:22']
    else:
        env['TUNNEL_TOKEN'] = token  # cloudflared's --token, kept out of the process list
        argv = [cloudflared, 'tunnel', '--no-autoupdate', '--metrics', f'127.0.0.1:{port}', 'run']
    log_path = STATE + '/cloudflared.log'
    with open(log_path, 'wb') as log:
        # A session of its own: interrupting or re-running the cell does not stop it.
        process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                   env=env, start_new_session=True)
    record_own(pid_file, process.pid)
    return process, port, log_path


def stop_started(process):
    """After a failed start: the cloudflared this run started is stopped and its pid file removed."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    try:
        os.remove(STATE + '/cloudflared.pid')
    except OSError:
        pass


def wait_ready(process, port, log_path):
    try:
        return wait_for_hostname(process, port, log_path)
    except CellError:
        stop_started(process)
        raise


def wait_for_hostname(process, port, log_path):
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    base = f'http://127.0.0.1:{port}'
    hostname = HOSTNAME
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise CellError(f'cloudflared stopped (exit status {process.returncode}).' + log_tail(log_path))
        try:
            if not hostname:
                with opener.open(base + '/quicktunnel', timeout=2) as response:
                    hostname = str(json.load(response).get('hostname') or '')
            if hostname:
                with opener.open(base + '/ready', timeout=2) as response:
                    if response.status == 200:
                        break
        except (urllib.error.URLError, OSError, ValueError):
            pass
        time.sleep(0.5)
    else:
        raise CellError(f'The tunnel was not ready after {READY_TIMEOUT} s.' + log_tail(log_path))
    hostname = hostname.strip().lower()
    if not re.fullmatch(r'[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+', hostname):
        raise CellError(f'cloudflared reported an unexpected hostname: {hostname!r}.' + log_tail(log_path))
    return hostname


def link_fields(hostname):
    fields = {'host': hostname, 'name': NAME}
    if REPO_URL:
        fields['folder'] = REPO_DIR  # the app opens IDEs on the clone
    return fields


def card(hostname):
    link = 'colab-tunnel://add?' + urllib.parse.urlencode(link_fields(hostname))
    rule = '=' * 72
    return '\n'.join([
        rule,
        ' Colab Tunnel: runtime ready',
        '   hostname  ' + hostname,
        '   add it    ' + link,
        '   ssh       ssh colab-' + NAME + '   (once added in the app)',
        '   no app?   ssh -o ProxyCommand="cloudflared access ssh --hostname %h" root@' + hostname,
        ' Or copy these lines: Colab Tunnel offers to add the runtime from the clipboard.',
        ' Or in a terminal: colab-tunnel add --name ' + NAME + ' ' + hostname,
    ] + ([' Your repository ' + REPO_DIR + ': IDEs opened from the app start there.'] if REPO_URL else []) + [
        rule,
    ])


def show_card(hostname):
    say(card(hostname))
    try:
        from IPython import get_ipython
        from IPython.display import HTML, display
        import html
        if get_ipython() is not None:
            link = 'colab-tunnel://add?' + urllib.parse.urlencode(link_fields(hostname))
            display(HTML(f'<p><a href="{html.escape(link)}">Add {html.escape(hostname)} to Colab Tunnel</a></p>'))
    except ImportError:
        pass


def run_cell():
    say('Colab Tunnel: Colab allows SSH on paid runtimes only (Pro, Pro+ or pay-as-you-go).')
    if os.geteuid() != 0:
        raise CellError('This cell must run as root, as Colab notebooks do.')
    os.makedirs(STATE, mode=0o700, exist_ok=True)
    # The secret first: without it the running tunnel and sshd are left as they are.
    token, host_key = read_slot_secret() if MODE != 'quick' else (None, '')
    if MOUNT_DRIVE:
        mount_drive()
    say('Setting up sshd...')
    if host_key:
        install_host_key(host_key)
    setup_sshd()
    set_password()
    add_public_key()
    export_environment()
    if REPO_URL:
        clone_repo()
    cloudflared = fetch_cloudflared()
    say('Starting the tunnel...')
    process, port, log_path = start_tunnel(cloudflared, token)
    show_card(wait_ready(process, port, log_path))


if __name__ == '__main__':
    try:
        run_cell()
    except CellError as error:
        print('\nColab Tunnel: ' + str(error), file=sys.stderr, flush=True)
        raise SystemExit(1)
)PY";

// Every pattern is anchored at both ends (anchoredPattern): a bare "$" also matches before a final line break.
QRegularExpression anchored(const char* pattern)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(QLatin1String(pattern)));
}

const QRegularExpression kHashPattern =
    anchored("\\$6\\$(rounds=[0-9]{1,9}\\$)?[./0-9A-Za-z]{1,16}\\$[./0-9A-Za-z]{86}");
const QRegularExpression kKeyPattern =
    anchored("(ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp256) [A-Za-z0-9+/]+={0,2}( [ -~]{0,200})?");
const QRegularExpression kSha256Pattern = anchored("[0-9a-f]{64}");
// A repository on GitHub or GitLab over HTTPS, with no credentials, query or fragment in it.
const QRegularExpression kRepoPattern = anchored("https://(github\\.com|gitlab\\.com)(/[A-Za-z0-9_.-]+){2,}");
const QRegularExpression kSecretNamePattern = anchored("[A-Za-z_][A-Za-z0-9_]{0,63}");

bool hasControlCharacter(const QString& text)
{
    for (const char32_t c : text.toUcs4())
        if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029)
            return true;
    return false;
}

} // namespace

QString ColabCell::pythonLiteral(const QString& text)
{
    QString out = QStringLiteral("'");
    for (const char32_t c : text.toUcs4()) {
        if (c == U'\\' || c == U'\'')
            out += QLatin1Char('\\') + QChar(c);
        else if (c >= 0x20 && c < 0x7f)
            out += QChar(c);
        else if (c <= 0xff)
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else if (c <= 0xffff)
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\U%1").arg(uint(c), 8, 16, QLatin1Char('0'));
    }
    return out + QLatin1Char('\'');
}

QString ColabCell::repoDirectory(const QString& url, QString* error)
{
    QString path = url;
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!kRepoPattern.match(path).hasMatch()) {
        *error = ColabCell::tr("The repository must be an https://github.com/… or https://gitlab.com/… URL, "
                               "without a user name, token or query in it.");
        return {};
    }
    QString repoName = path.section(QLatin1Char('/'), -1);
    if (repoName.endsWith(QLatin1String(".git")))
        repoName.chop(4);
    if (repoName.isEmpty() || repoName.startsWith(QLatin1Char('.'))) {
        *error = ColabCell::tr("The repository URL does not end in the repository's name.");
        return {};
    }
    return QStringLiteral("/content/") + repoName;
}

QString ColabCell::optionsError(const CellOptions& options)
{
    for (const QString* value :
         {&options.name, &options.hostname, &options.passwordHash, &options.publicKey, &options.tokenSecret,
          &options.cloudflaredUrl, &options.cloudflaredSha256, &options.repoUrl, &options.repoTokenSecret})
        if (hasControlCharacter(*value))
            return ColabCell::tr("The cell's options may not hold control characters such as line breaks.");
    if (const Validated name = validateTunnelName(options.name); !name.ok())
        return name.error;
    if (options.mode == CellOptions::Mode::Named) {
        if (const Validated host = validateHostname(options.hostname); !host.ok())
            return ColabCell::tr("A named tunnel's cell needs its hostname: %1").arg(host.error);
        if (!kSecretNamePattern.match(options.tokenSecret).hasMatch())
            return ColabCell::tr("The Colab secret's name may hold only letters, digits and '_'.");
    }
    if (options.cloudflaredUrl.isEmpty() != options.cloudflaredSha256.isEmpty())
        return ColabCell::tr("A cloudflared download URL needs its SHA-256, and the other way round.");
    if (!options.cloudflaredUrl.isEmpty()) {
        const QUrl url(options.cloudflaredUrl, QUrl::StrictMode);
        static const QStringList schemes = {QStringLiteral("https"), QStringLiteral("http"), QStringLiteral("file")};
        if (!url.isValid() || !schemes.contains(url.scheme()))
            return ColabCell::tr("The cloudflared download URL is not an https, http or file URL.");
        if (!url.userInfo().isEmpty())
            return ColabCell::tr("The cloudflared download URL may not hold a user name or password: the cell is "
                                 "shared with the notebook.");
        if (!kSha256Pattern.match(options.cloudflaredSha256.toLower()).hasMatch())
            return ColabCell::tr("The cloudflared SHA-256 must be 64 hexadecimal digits.");
    }
    if (!options.repoUrl.isEmpty()) {
        QString error;
        repoDirectory(options.repoUrl, &error);
        if (!error.isEmpty())
            return error;
        if (!kSecretNamePattern.match(options.repoTokenSecret).hasMatch())
            return ColabCell::tr("The Colab secret's name may hold only letters, digits and '_'.");
    }
    return {};
}

GeneratedCell ColabCell::generate(const CellOptions& options)
{
    if (const QString error = optionsError(options); !error.isEmpty())
        return {{}, error};
    if (!kHashPattern.match(options.passwordHash).hasMatch())
        return {{}, ColabCell::tr("The password hash is not a SHA-512 crypt hash.")};
    if (!kKeyPattern.match(options.publicKey).hasMatch())
        return {{}, ColabCell::tr("The app's public key is not a single OpenSSH public key line.")};
    const QString name = validateTunnelName(options.name).value;
    const QString hostname =
        options.mode == CellOptions::Mode::Named ? validateHostname(options.hostname).value : QString();
    const QString url =
        options.cloudflaredUrl.isEmpty() ? QLatin1String(cloudflared_release::kLinuxAmd64Url) : options.cloudflaredUrl;
    const QString sha256 = options.cloudflaredSha256.isEmpty() ? QLatin1String(cloudflared_release::kLinuxAmd64Sha256)
                                                               : options.cloudflaredSha256.toLower();
    QString repoError;
    const QString repoDir = options.repoUrl.isEmpty() ? QString() : repoDirectory(options.repoUrl, &repoError);

    const bool quick = options.mode == CellOptions::Mode::Quick;
    QString header;
    header += QStringLiteral("# %1\n").arg(
        ColabCell::tr("Colab Tunnel: SSH into this runtime from VS Code, PyCharm or a terminal."));
    header += QStringLiteral("# %1\n").arg(
        ColabCell::tr("Colab allows SSH on paid runtimes only (Pro, Pro+ or pay-as-you-go)."));
    header += QStringLiteral("# %1\n").arg(
        ColabCell::tr("Written by colab-tunnel %1 (%2 tunnel, cloudflared %3). Running it again restarts only its own "
                      "processes.")
            .arg(QLatin1String(kVersion), quick ? QStringLiteral("quick") : QStringLiteral("named"),
                 options.cloudflaredUrl.isEmpty() ? QLatin1String(cloudflared_release::kVersion)
                                                  : ColabCell::tr("from a custom URL")));
    if (options.mountDrive)
        header += QStringLiteral("# %1\n").arg(
            ColabCell::tr("Mounts Google Drive at /content/drive: the notebook asks you to allow it."));
    if (!repoDir.isEmpty())
        header += QStringLiteral("# %1\n").arg(
            ColabCell::tr("Clones %1 into %2 (a private repository's token comes from the Colab secret %3).")
                .arg(options.repoUrl, repoDir, options.repoTokenSecret));
    if (!quick)
        header += QStringLiteral("# %1\n").arg(
            ColabCell::tr("The tunnel's run token and the slot's host key are read from the Colab secret %1 (key icon "
                          "on the left; colab-tunnel slot token prints its value).")
                .arg(options.tokenSecret));

    QString body = QString::fromUtf8(kBody);
    body.replace(QLatin1String("@MODE@"), pythonLiteral(quick ? QStringLiteral("quick") : QStringLiteral("named")));
    body.replace(QLatin1String("@NAME@"), pythonLiteral(name));
    body.replace(QLatin1String("@HOSTNAME@"), pythonLiteral(hostname));
    body.replace(QLatin1String("@PASSWORD_HASH@"), pythonLiteral(options.passwordHash));
    body.replace(QLatin1String("@PUBLIC_KEY@"), pythonLiteral(options.publicKey));
    body.replace(QLatin1String("@CLOUDFLARED_URL@"), pythonLiteral(url));
    body.replace(QLatin1String("@CLOUDFLARED_SHA256@"), pythonLiteral(sha256));
    body.replace(QLatin1String("@TOKEN_SECRET@"), pythonLiteral(options.tokenSecret));
    body.replace(QLatin1String("@MOUNT_DRIVE@"), options.mountDrive ? QStringLiteral("True") : QStringLiteral("False"));
    body.replace(QLatin1String("@REPO_URL@"), pythonLiteral(options.repoUrl));
    body.replace(QLatin1String("@REPO_DIR@"), pythonLiteral(repoDir));
    body.replace(QLatin1String("@REPO_TOKEN_SECRET@"), pythonLiteral(options.repoTokenSecret));
    return {header + body, {}};
}

} // namespace colab
