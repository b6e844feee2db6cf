#include "colab/ColabCell.h"

#include "colab/CloudflaredRelease.h"
#include "colab/RuntimeSsh.h"
#include "common/Version.h"
#include "tunnels/Validation.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

namespace colab {

namespace {

// The cell: one function, then one call that passes every value as a Python literal (the
// @NAME@ markers, all in that call, are filled in one pass by fill()). The function is the only
// name the cell leaves in the notebook. Called with setup=False (tests) it only returns its
// functions and constants.
constexpr char kBody[] =
    R"PY(def colab_tunnel(MODE, NAME, HOSTNAME, PASSWORD_HASH, PUBLIC_KEY, KEY_ONLY, SSH_PORT, CLOUDFLARED_URL,
                 CLOUDFLARED_SHA256, TOKEN_SECRET, MOUNT_DRIVE, REPO_URL, REPO_BRANCH, REPO_DIR, REPO_TOKEN_SECRET,
                 GIT_NAME, GIT_EMAIL, STATE='/root/.colab-tunnel', READY_TIMEOUT=90, setup=True):
    """Sets this runtime up for Colab Tunnel. MODE 'quick' or 'named'; NAME the runtime's name in the
    app; HOSTNAME a named tunnel's hostname; PASSWORD_HASH root's password as a salted SHA-512 crypt
    hash (the password itself is not in this cell; empty with KEY_ONLY); PUBLIC_KEY the app's key;
    SSH_PORT the loopback port of this cell's own sshd (Colab's own sshd and port 22 are left
    alone); TOKEN_SECRET the Colab secret (key icon on the left) holding a named tunnel's token;
    REPO_URL cloned into REPO_DIR (REPO_BRANCH when set), a private one with the token in the Colab
    secret REPO_TOKEN_SECRET, which git also uses to push; GIT_NAME/GIT_EMAIL the identity for
    commits on the runtime."""
    import base64, hashlib, json, os, re, shlex, shutil, signal, socket, subprocess, sys, threading, time
    import urllib.error, urllib.parse, urllib.request

    SSHD_CONFIG = STATE + '/sshd_config'  # its own file: no drop-in of /etc/ssh can change it
    SSH_DIR = STATE + '/ssh'  # its host keys
    ENV_FILE = STATE + '/environment.sh'
    ENV_HOOK = '[ -r ' + ENV_FILE + ' ] && . ' + ENV_FILE + '  # colab-tunnel: the notebook environment'
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

    def own_processes(program, marker=''):
        """The processes an earlier run of this cell started, also one interrupted half way: the
        program is one of ours (cloudflared under STATE, sshd with our config file) and the marker
        is in its command line. Nothing else is ever stopped."""
        found = []
        for entry in os.listdir('/proc'):
            if not entry.isdigit() or int(entry) == os.getpid():
                continue
            try:
                with open(f'/proc/{entry}/cmdline', 'rb') as f:
                    argv = [part.decode(errors='replace') for part in f.read().split(b'\0') if part]
            except OSError:
                continue
            # The program is argv[0], or argv[1] after a script's interpreter, or inside the title
            # sshd gives itself ("sshd: /usr/sbin/sshd -f CONFIG [listener] ...").
            if argv and re.search(r'(^|[\s:])' + re.escape(program) + r'(\s|$)', ' '.join(argv[:2])) and (
                    marker in ' '.join(argv)):
                found.append(int(entry))
        return found

    def stop_own(program, marker=''):
        pids = own_processes(program, marker)
        for pid in pids:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        for _ in range(50):
            if not any(alive(pid) for pid in pids):
                return
            time.sleep(0.1)
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def port_open(port):
        with socket.socket() as probe:
            probe.settimeout(1)
            return probe.connect_ex(('127.0.0.1', port)) == 0

    def find_sshd():
        sshd = shutil.which('sshd') or '/usr/sbin/sshd'
        if not os.path.exists(sshd):
            say('Installing openssh-server (sshd is missing)...')
            env = dict(os.environ, DEBIAN_FRONTEND='noninteractive')
            run('Installing openssh-server (apt-get update)', ['apt-get', 'update', '-qq'], env=env)
            run('Installing openssh-server', ['apt-get', 'install', '-y', '-qq', 'openssh-server'], env=env)
            sshd = shutil.which('sshd') or '/usr/sbin/sshd'
        return sshd

    def sshd_config_text():
        # Only cloudflared, on this machine, connects: loopback alone, on a port of our own.
        return ('# Written by the Colab Tunnel cell for its own sshd; running the cell again rewrites it.\n'
                "# Colab's own sshd, its port 22 and /etc/ssh/sshd_config are neither used nor changed.\n"
                f'Port {SSH_PORT}\nListenAddress 127.0.0.1\nListenAddress ::1\n'
                f'HostKey {SSH_DIR}/ssh_host_ed25519_key\nPidFile {STATE}/sshd.pid\n'
                f'PermitRootLogin {"prohibit-password" if KEY_ONLY else "yes"}\n'
                f'PasswordAuthentication {"no" if KEY_ONLY else "yes"}\n'
                'PubkeyAuthentication yes\nAuthorizedKeysFile .ssh/authorized_keys\nKbdInteractiveAuthentication no\n'
                'UsePAM yes\nPrintMotd no\nAcceptEnv LANG LC_*\nSubsystem sftp internal-sftp\n'
                'ClientAliveInterval 30\nClientAliveCountMax 6\nTCPKeepAlive yes\n')

    def ensure_host_key():
        """A host key of our own (a slot's comes from install_host_key): made under a temporary name
        and moved into place, so an interrupted ssh-keygen leaves nothing half written."""
        key = SSH_DIR + '/ssh_host_ed25519_key'
        if os.path.exists(key) and os.path.exists(key + '.pub'):
            return
        tmp = SSH_DIR + '/new_host_key'
        for path in (tmp, tmp + '.pub'):
            if os.path.exists(path):
                os.remove(path)
        run('Creating the SSH host key', ['ssh-keygen', '-q', '-t', 'ed25519', '-N', '', '-C', 'colab-tunnel',
                                          '-f', tmp])
        os.replace(tmp + '.pub', key + '.pub')
        os.replace(tmp, key)

    def setup_sshd():
        sshd = find_sshd()
        os.makedirs(SSH_DIR, mode=0o700, exist_ok=True)
        ensure_host_key()
        write_file(SSHD_CONFIG, sshd_config_text())
        os.makedirs('/run/sshd', mode=0o755, exist_ok=True)
        run('Checking the sshd configuration', [sshd, '-t', '-f', SSHD_CONFIG])
        stop_own(sshd, '-f ' + SSHD_CONFIG)
        stop_own(sshd, 'PidFile=' + STATE + '/sshd.pid')  # earlier versions of this cell ran it on port 22
        for old in ('/etc/ssh/sshd_config.d/00-colab-tunnel.conf', '/etc/ssh/sshd_config.d/colab-tunnel.conf'):
            if os.path.exists(old):  # their drop-ins, not Colab's
                os.remove(old)
        for _ in range(30):
            if not port_open(SSH_PORT):
                break
            time.sleep(0.1)
        else:
            raise CellError(f'Port {SSH_PORT} on this runtime is taken by a program this cell did not start. '
                            'Restart the runtime (Runtime > Restart session), then run only this cell.')
        run('Starting sshd', [sshd, '-f', SSHD_CONFIG])
        for _ in range(100):
            if port_open(SSH_PORT):
                return
            time.sleep(0.1)
        raise CellError(f'sshd started but does not answer on port {SSH_PORT}.')

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
        pinned, so a new runtime raises no alarm. It is not printed and stays in our sshd's folder (0600)."""
        os.makedirs(SSH_DIR, mode=0o700, exist_ok=True)
        path = SSH_DIR + '/ssh_host_ed25519_key'
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
        env = git_env()
        token = repo_token()
        if token:
            # In the environment, not in argv or .git/config: the token is used for this clone only.
            parts = urllib.parse.urlsplit(REPO_URL)
            user = 'oauth2' if parts.hostname == 'gitlab.com' else 'x-access-token'
            basic = base64.b64encode(f'{user}:{token}'.encode()).decode()
            env.update(GIT_CONFIG_COUNT='1', GIT_CONFIG_KEY_0=f'http.{parts.scheme}://{parts.netloc}/.extraHeader',
                       GIT_CONFIG_VALUE_0='Authorization: Basic ' + basic)
        say('Cloning ' + REPO_URL + (' (branch ' + REPO_BRANCH + ')' if REPO_BRANCH else '') + ' into ' + REPO_DIR +
            ' ...')
        # Cloned beside its folder and moved into place: an interrupted clone is never taken for a clone.
        partial = REPO_DIR + '.colab-tunnel-partial'
        shutil.rmtree(partial, ignore_errors=True)
        branch = ['--branch', REPO_BRANCH] if REPO_BRANCH else []
        try:
            run('Cloning the repository', ['git', 'clone'] + branch + ['--', REPO_URL, partial], env=env)
        except CellError as error:
            shutil.rmtree(partial, ignore_errors=True)
            raise CellError(f'{error}\nA private repository needs a token: add it as the Colab secret '
                            f'{REPO_TOKEN_SECRET} and allow this notebook to use it.')
        if os.path.isdir(REPO_DIR):
            os.rmdir(REPO_DIR)  # empty, checked above
        os.replace(partial, REPO_DIR)

    def git_env():
        # git as SSH sessions see it: root's own ~/.gitconfig, whatever HOME the kernel has.
        return dict(os.environ, HOME=os.path.expanduser('~root'), GIT_TERMINAL_PROMPT='0')

    def set_git_identity():
        # Written on the runtime, as on the computer the cell was made on: commits work.
        for key, value in (('user.name', GIT_NAME), ('user.email', GIT_EMAIL)):
            if value:
                run('Setting your git identity', ['git', 'config', '--global', key, value], env=git_env())

    def log_tail(path, lines=15):
        try:
            with open(path, errors='replace') as f:
                tail = f.read().splitlines()[-lines:]
        except OSError:
            return ''
        return '\nLast lines of ' + path + ':\n' + '\n'.join(tail)

    def start_tunnel(cloudflared, token):
        stop_own(cloudflared)
        with socket.socket() as s:
            s.bind(('127.0.0.1', 0))
            port = s.getsockname()[1]
        env = dict(os.environ)
        if MODE == 'quick':
            argv = [cloudflared, 'tunnel', '--no-autoupdate', '--metrics', f'127.0.0.1:{port}',
                    '--url', f'ssh://localhost:{SSH_PORT}']
        else:
            env['TUNNEL_TOKEN'] = token  # cloudflared's --token, kept out of the process list
            argv = [cloudflared, 'tunnel', '--no-autoupdate', '--metrics', f'127.0.0.1:{port}', 'run']
        log_path = STATE + '/cloudflared.log'
        with open(log_path, 'wb') as log:
            # A session of its own: interrupting or re-running the cell does not stop it.
            process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                       env=env, start_new_session=True)
        write_file(STATE + '/cloudflared.pid', f'{process.pid}\n', 0o600)  # for people; stop_own looks in /proc
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
            ' Login: the app uses its own key, already on this runtime. ' + (
                "Root's password login is off (key only)." if KEY_ONLY else
                "Root's password login is for other SSH clients; it stays on until this runtime ends "
                '(make the cell with colab-tunnel cell --key-only to leave it off).'),
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
        if not KEY_ONLY:
            set_password()
        add_public_key()
        export_environment()
        if GIT_NAME or GIT_EMAIL:
            set_git_identity()
        if REPO_URL:
            clone_repo()
        cloudflared = fetch_cloudflared()
        say('Starting the tunnel...')
        process, port, log_path = start_tunnel(cloudflared, token)
        show_card(wait_ready(process, port, log_path))

    if not setup:
        return dict(locals())
    try:
        run_cell()
    except CellError as error:
        print('\nColab Tunnel: ' + str(error), file=sys.stderr, flush=True)
        raise SystemExit(1)


colab_tunnel(
    MODE=@MODE@,
    NAME=@NAME@,
    HOSTNAME=@HOSTNAME@,
    PASSWORD_HASH=@PASSWORD_HASH@,
    PUBLIC_KEY=@PUBLIC_KEY@,
    KEY_ONLY=@KEY_ONLY@,
    SSH_PORT=@SSH_PORT@,
    CLOUDFLARED_URL=@CLOUDFLARED_URL@,
    CLOUDFLARED_SHA256=@CLOUDFLARED_SHA256@,
    TOKEN_SECRET=@TOKEN_SECRET@,
    MOUNT_DRIVE=@MOUNT_DRIVE@,
    REPO_URL=@REPO_URL@,
    REPO_BRANCH=@REPO_BRANCH@,
    REPO_DIR=@REPO_DIR@,
    REPO_TOKEN_SECRET=@REPO_TOKEN_SECRET@,
    GIT_NAME=@GIT_NAME@,
    GIT_EMAIL=@GIT_EMAIL@,
)
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
const QRegularExpression kRepoPathSegment = anchored("[A-Za-z0-9_.-]+");
const QRegularExpression kSecretNamePattern = anchored("[A-Za-z_][A-Za-z0-9_]{0,63}");
// A branch git accepts (git check-ref-format) and that cannot be read as an option.
const QRegularExpression kBranchPattern = anchored("[A-Za-z0-9_][A-Za-z0-9_./+-]{0,199}");
const QRegularExpression kEmailPattern = anchored("[^\\s<>@]{1,128}@[^\\s<>@]{1,125}");
// The first path segment of github.com pages that are not an owner's.
const QStringList kGitHubPages = {
    QStringLiteral("settings"), QStringLiteral("orgs"),          QStringLiteral("marketplace"),
    QStringLiteral("features"), QStringLiteral("topics"),        QStringLiteral("explore"),
    QStringLiteral("sponsors"), QStringLiteral("notifications"), QStringLiteral("login"),
    QStringLiteral("search"),   QStringLiteral("collections"),   QStringLiteral("trending")};
// Names in /content that belong to the runtime: a repository with one of them gets "-repo" added.
const QStringList kRuntimeFolders = {QStringLiteral("drive"), QStringLiteral("sample_data")};

// The template's @MARKER@s replaced in one pass: a value is never scanned again, so a marker inside
// a value stays text in its own literal.
QString fill(const QString& text, const QHash<QString, QString>& values)
{
    static const QRegularExpression marker(QStringLiteral("@([A-Z0-9_]+)@"));
    QString out;
    qsizetype last = 0;
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        Q_ASSERT(values.contains(match.captured(1)));
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += values.value(match.captured(1));
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

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

CellRepository ColabCell::repository(const QString& url, QString* error)
{
    const QUrl parsed(url, QUrl::StrictMode);
    QString host = parsed.host().toLower();
    if (host == QLatin1String("www.github.com"))
        host = QStringLiteral("github.com");
    const QString refused = ColabCell::tr("The repository must be an https://github.com/OWNER/REPO or "
                                          "https://gitlab.com/GROUP/REPO URL, without a user name or token in it.");
    if (hasControlCharacter(url) || !parsed.isValid() || parsed.scheme() != QLatin1String("https") ||
        !parsed.userInfo().isEmpty() || parsed.port() != -1 ||
        (host != QLatin1String("github.com") && host != QLatin1String("gitlab.com"))) {
        *error = refused;
        return {};
    }
    // A browser's address is fine: the repository is the path up to GitHub's OWNER/REPO or to
    // GitLab's "/-/"; a /tree/BRANCH page names a branch. Query and fragment are the page's.
    QStringList segments = parsed.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList rest;
    if (host == QLatin1String("github.com")) {
        rest = segments.mid(2);
        segments = segments.mid(0, 2);
        if (segments.size() == 2 && kGitHubPages.contains(segments.at(0).toLower()))
            segments.clear();
    } else if (const qsizetype dash = segments.indexOf(QStringLiteral("-")); dash >= 0) {
        rest = segments.mid(dash + 1);
        segments = segments.mid(0, dash);
    }
    bool plain = segments.size() >= 2;
    for (const QString& segment : std::as_const(segments))
        plain = plain && kRepoPathSegment.match(segment).hasMatch();
    if (!plain) {
        *error = refused;
        return {};
    }
    QString name = segments.last();
    if (name.endsWith(QLatin1String(".git")))
        name.chop(4);
    if (name.isEmpty() || name.startsWith(QLatin1Char('.'))) {
        *error = ColabCell::tr("The repository URL does not end in the repository's name.");
        return {};
    }
    CellRepository repo;
    repo.url = QStringLiteral("https://%1/%2").arg(host, segments.join(QLatin1Char('/')));
    if (rest.size() == 2 && rest.at(0) == QLatin1String("tree") && kBranchPattern.match(rest.at(1)).hasMatch())
        repo.branch = rest.at(1);
    repo.directory = QStringLiteral("/content/") + name +
                     (kRuntimeFolders.contains(name.toLower()) ? QStringLiteral("-repo") : QString());
    return repo;
}

QString ColabCell::branchError(const QString& branch)
{
    if (branch.isEmpty() || (kBranchPattern.match(branch).hasMatch() && !branch.contains(QLatin1String("..")) &&
                             !branch.contains(QLatin1String("//")) && !branch.endsWith(QLatin1Char('/')) &&
                             !branch.endsWith(QLatin1Char('.')) && !branch.endsWith(QLatin1String(".lock"))))
        return {};
    return ColabCell::tr("The branch name is not one git accepts.");
}

QString ColabCell::optionsError(const CellOptions& options)
{
    for (const QString* value :
         {&options.name, &options.hostname, &options.passwordHash, &options.publicKey, &options.tokenSecret,
          &options.cloudflaredUrl, &options.cloudflaredSha256, &options.repoUrl, &options.repoBranch,
          &options.repoTokenSecret, &options.gitName, &options.gitEmail})
        if (hasControlCharacter(*value))
            return ColabCell::tr("The cell's options may not hold control characters such as line breaks.");
    if (const Validated name = validateTunnelName(options.name); !name.ok())
        return name.error;
    // Both secret names in every mode: each goes into the cell, used or not.
    for (const QString* secret : {&options.tokenSecret, &options.repoTokenSecret})
        if (!kSecretNamePattern.match(*secret).hasMatch())
            return ColabCell::tr("A Colab secret's name may hold only letters, digits and '_' (not %1).")
                .arg(ColabCell::pythonLiteral(secret->left(64)));
    if (options.mode == CellOptions::Mode::Named) {
        if (const Validated host = validateHostname(options.hostname); !host.ok())
            return ColabCell::tr("A named tunnel's cell needs its hostname: %1").arg(host.error);
    } else if (!options.hostname.isEmpty()) {
        return ColabCell::tr("A quick tunnel's cell takes no hostname: cloudflared gets one when it starts.");
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
        repository(options.repoUrl, &error);
        if (!error.isEmpty())
            return error;
    } else if (!options.repoBranch.isEmpty()) {
        return ColabCell::tr("A branch needs a repository (--repo).");
    }
    if (QString error = branchError(options.repoBranch); !error.isEmpty())
        return error;
    if (options.gitName.size() > 200 || options.gitName.contains(QLatin1Char('<')) ||
        options.gitName.contains(QLatin1Char('>')))
        return ColabCell::tr("The git user name may not hold '<' or '>' or be longer than 200 characters.");
    if (!options.gitEmail.isEmpty() && !kEmailPattern.match(options.gitEmail).hasMatch())
        return ColabCell::tr("The git user e-mail is not an address like name@example.com.");
    return {};
}

GeneratedCell ColabCell::generate(const CellOptions& options)
{
    if (const QString error = optionsError(options); !error.isEmpty())
        return {{}, error};
    if (!options.keyOnly && !kHashPattern.match(options.passwordHash).hasMatch())
        return {{}, ColabCell::tr("The password hash is not a SHA-512 crypt hash.")};
    if (options.keyOnly && !options.passwordHash.isEmpty())
        return {{}, ColabCell::tr("A key-only cell sets no password: it takes no password hash.")};
    if (!kKeyPattern.match(options.publicKey).hasMatch())
        return {{}, ColabCell::tr("The app's public key is not a single OpenSSH public key line.")};
    const QString name = validateTunnelName(options.name).value;
    const bool quick = options.mode == CellOptions::Mode::Quick;
    const QString hostname = quick ? QString() : validateHostname(options.hostname).value;
    const QString url =
        options.cloudflaredUrl.isEmpty() ? QLatin1String(cloudflared_release::kLinuxAmd64Url) : options.cloudflaredUrl;
    const QString sha256 = options.cloudflaredSha256.isEmpty() ? QLatin1String(cloudflared_release::kLinuxAmd64Sha256)
                                                               : options.cloudflaredSha256.toLower();
    QString repoError;
    CellRepository repo = options.repoUrl.isEmpty() ? CellRepository() : repository(options.repoUrl, &repoError);
    if (!options.repoBranch.isEmpty())
        repo.branch = options.repoBranch;

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
    header += QStringLiteral("# %1\n").arg(
        ColabCell::tr("Its own sshd listens on 127.0.0.1:%1 only; Colab's own sshd and port 22 are left alone.")
            .arg(kRuntimeSshPort));
    if (options.mountDrive)
        header += QStringLiteral("# %1\n").arg(
            ColabCell::tr("Mounts Google Drive at /content/drive: the notebook asks you to allow it."));
    if (!repo.url.isEmpty())
        header += QStringLiteral("# %1\n").arg(
            ColabCell::tr("Clones %1 into %2 (a private repository's token comes from the Colab secret %3).")
                .arg(repo.url, repo.directory, options.repoTokenSecret));
    if (!quick)
        header += QStringLiteral("# %1\n").arg(
            ColabCell::tr("The tunnel's run token and the slot's host key are read from the Colab secret %1 (key icon "
                          "on the left; colab-tunnel slot token prints its value).")
                .arg(options.tokenSecret));

    const auto boolean = [](bool value) {
        return value ? QStringLiteral("True") : QStringLiteral("False");
    };
    const QHash<QString, QString> values = {
        {QStringLiteral("MODE"), pythonLiteral(quick ? QStringLiteral("quick") : QStringLiteral("named"))},
        {QStringLiteral("NAME"), pythonLiteral(name)},
        {QStringLiteral("HOSTNAME"), pythonLiteral(hostname)},
        {QStringLiteral("PASSWORD_HASH"), pythonLiteral(options.passwordHash)},
        {QStringLiteral("PUBLIC_KEY"), pythonLiteral(options.publicKey)},
        {QStringLiteral("KEY_ONLY"), boolean(options.keyOnly)},
        {QStringLiteral("SSH_PORT"), QString::number(kRuntimeSshPort)},
        {QStringLiteral("CLOUDFLARED_URL"), pythonLiteral(url)},
        {QStringLiteral("CLOUDFLARED_SHA256"), pythonLiteral(sha256)},
        {QStringLiteral("TOKEN_SECRET"), pythonLiteral(options.tokenSecret)},
        {QStringLiteral("MOUNT_DRIVE"), boolean(options.mountDrive)},
        {QStringLiteral("REPO_URL"), pythonLiteral(repo.url)},
        {QStringLiteral("REPO_BRANCH"), pythonLiteral(repo.branch)},
        {QStringLiteral("REPO_DIR"), pythonLiteral(repo.directory)},
        {QStringLiteral("REPO_TOKEN_SECRET"), pythonLiteral(options.repoTokenSecret)},
        {QStringLiteral("GIT_NAME"), pythonLiteral(options.gitName)},
        {QStringLiteral("GIT_EMAIL"), pythonLiteral(options.gitEmail)},
    };
    return {header + fill(QString::fromUtf8(kBody), values), {}};
}

} // namespace colab
