<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ApiReply</name>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1（错误码 %2）</translation>
    </message>
    <message>
        <source>Cloudflare answered HTTP %1 without an explanation.</source>
        <translation>Cloudflare 返回了 HTTP %1，但没有给出说明。</translation>
    </message>
    <message>
        <source>Cloudflare gave no answer.</source>
        <translation>Cloudflare 没有响应。</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s answer (HTTP %1) is not the API&apos;s JSON envelope.</source>
        <translation>Cloudflare 的响应（HTTP %1）不是 API 应返回的 JSON 格式。</translation>
    </message>
</context>
<context>
    <name>AppKey</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Another Colab Tunnel process is creating the app&apos;s key (%1 is locked); try again.</source>
        <translation>另一个 Colab Tunnel 进程正在创建本应用的密钥（%1 已被锁定），请重试。</translation>
    </message>
    <message>
        <source>Cannot write the app&apos;s key to %1; check that the folder is writable and the disk is not full.</source>
        <translation>无法将本应用的密钥写入 %1，请检查该文件夹是否可写、磁盘是否已满。</translation>
    </message>
    <message>
        <source>libssh could not generate an ed25519 key.</source>
        <translation>libssh 无法生成 ed25519 密钥。</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The remote folder must be an absolute path of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;/&apos;.</source>
        <translation>远程文件夹必须是绝对路径，且只能包含字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; 和 &apos;/&apos;。</translation>
    </message>
    <message>
        <source>Unknown IDE: %1.</source>
        <translation>未知的 IDE：%1。</translation>
    </message>
    <message>
        <source>An interval is out of range.</source>
        <translation>有一个时间间隔超出了允许范围。</translation>
    </message>
    <message>
        <source>No translation for %1.</source>
        <translation>没有 %1 的翻译。</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>The Run key in the registry could not be changed.</source>
        <translation>无法修改注册表中的 Run 键。</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>无法移除 %1。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CellMaker</name>
    <message>
        <source>The app&apos;s SSH key is not available: %1</source>
        <translation>本应用的 SSH 密钥不可用：%1</translation>
    </message>
    <message>
        <source>No SSH password is stored yet, and the cell sets root&apos;s password from it. Store one first: colab-tunnel password set --generate</source>
        <translation>尚未存储 SSH 密码，而代码单元格要用它设置 root 的密码。请先存储一个：colab-tunnel password set --generate</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--cloudflared needs a path.</source>
        <translation>--cloudflared 需要一个路径。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not available yet.</source>
        <translation>&apos;%1&apos; 暂不可用。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command; see colab-tunnel --help.</source>
        <translation>&apos;%1&apos; 不是命令；请参阅 colab-tunnel --help。</translation>
    </message>
    <message>
        <source>add takes one TEXT argument (or - to read it from standard input).</source>
        <translation>add 只接受一个 TEXT 参数（或用 - 从标准输入读取）。</translation>
    </message>
    <message>
        <source>cannot read standard input.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>Added %1 (%2). Connect with: ssh %3</source>
        <translation>已添加 %1（%2）。连接方式：ssh %3</translation>
    </message>
    <message>
        <source>Updated %1: %2 -&gt; %3 (alias %4 unchanged)</source>
        <translation>已更新 %1：%2 -&gt; %3（别名 %4 不变）</translation>
    </message>
    <message>
        <source>%1 already points at %2.</source>
        <translation>%1 已指向 %2。</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list 不接受参数。</translation>
    </message>
    <message>
        <source>No tunnels yet. Add one with: colab-tunnel add HOSTNAME</source>
        <translation>还没有隧道。添加方法：colab-tunnel add HOSTNAME</translation>
    </message>
    <message>
        <source>remove takes one NAME.</source>
        <translation>remove 只接受一个 NAME。</translation>
    </message>
    <message>
        <source>Removed %1 (%2).</source>
        <translation>已移除 %1（%2）。</translation>
    </message>
    <message>
        <source>ssh-config takes no arguments.</source>
        <translation>ssh-config 不接受参数。</translation>
    </message>
    <message>
        <source>%1 has no Colab Tunnel block (no tunnels yet).</source>
        <translation>%1 中没有 Colab Tunnel 配置块（还没有隧道）。</translation>
    </message>
    <message>
        <source>open takes one NAME and --ide vscode|pycharm|terminal.</source>
        <translation>open 需要一个 NAME 以及 --ide vscode|pycharm|terminal。</translation>
    </message>
    <message>
        <source>--ide must be vscode, pycharm or terminal.</source>
        <translation>--ide 必须是 vscode、pycharm 或 terminal。</translation>
    </message>
    <message>
        <source>--folder must be an absolute path of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;/&apos;.</source>
        <translation>--folder 必须是绝对路径，且只能包含字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; 和 &apos;/&apos;。</translation>
    </message>
    <message>
        <source>Run or open this by hand:</source>
        <translation>请手动运行或打开以下内容：</translation>
    </message>
    <message>
        <source>Keeping 127.0.0.1:%1 open for the IDE; press Ctrl+C to close it.</source>
        <translation>正在为 IDE 保持 127.0.0.1:%1 开放；按 Ctrl+C 关闭。</translation>
    </message>
    <message>
        <source>SSH password (not shown): </source>
        <translation>SSH 密码（输入时不显示）： </translation>
    </message>
    <message>
        <source>use: password set [--generate] (reads it from standard input) | password clear</source>
        <translation>用法：password set [--generate]（从标准输入读取密码） | password clear</translation>
    </message>
    <message>
        <source>no password was given on standard input.</source>
        <translation>标准输入中没有提供密码。</translation>
    </message>
    <message>
        <source>the password must be at most 1024 characters, without NUL bytes.</source>
        <translation>密码最多 1024 个字符，且不能包含 NUL 字节。</translation>
    </message>
    <message>
        <source>Stored a new password in the keychain. Use it in the Colab cell: %1</source>
        <translation>已在钥匙串中存储新密码。请在 Colab 代码单元格中使用：%1</translation>
    </message>
    <message>
        <source>probe takes one NAME.</source>
        <translation>probe 只接受一个 NAME。</translation>
    </message>
    <message>
        <source>--timeout takes seconds between 1 and 600.</source>
        <translation>--timeout 接受 1 到 600 之间的秒数。</translation>
    </message>
    <message>
        <source>latency: %1 ms</source>
        <translation>延迟：%1 ms</translation>
    </message>
    <message>
        <source>host key: %1</source>
        <translation>主机密钥：%1</translation>
    </message>
    <message>
        <source>Installed the app&apos;s key on the runtime: ssh %1 now needs no password.</source>
        <translation>已在运行时上安装本应用的密钥：现在 ssh %1 无需密码。</translation>
    </message>
    <message>
        <source> Trying the app&apos;s key only.</source>
        <translation> 仅尝试使用本应用的密钥。</translation>
    </message>
    <message>
        <source>cell takes only options; see colab-tunnel --help.</source>
        <translation>cell 只接受选项；请参阅 colab-tunnel --help。</translation>
    </message>
    <message>
        <source>--mode is quick or named.</source>
        <translation>--mode 只能是 quick 或 named。</translation>
    </message>
    <message>
        <source>--mode named needs --name of a runtime added with its own hostname.</source>
        <translation>--mode named 需要用 --name 指定一个以自有主机名添加的运行时。</translation>
    </message>
    <message>
        <source>%1 is a quick tunnel; --mode named needs a runtime added with its own hostname (a named tunnel).</source>
        <translation>%1 是快速隧道；--mode named 需要一个以自有主机名添加的运行时（即命名隧道）。</translation>
    </message>
    <message>
        <source>--cloudflared-url and --cloudflared-sha256 go together.</source>
        <translation>--cloudflared-url 和 --cloudflared-sha256 必须同时使用。</translation>
    </message>
    <message>
        <source>%1 is the slot %2 of your Cloudflare account; it keeps that name.</source>
        <translation>%1 是你的 Cloudflare 账户中的槽位 %2；它将保留这个名称。</translation>
    </message>
    <message>
        <source>%1 is the slot %2 (tunnel %3); its own host key is pinned again.</source>
        <translation>%1 是槽位 %2（隧道 %3）；已重新记录它自己的主机密钥。</translation>
    </message>
    <message>
        <source>%1 is the slot %2 (tunnel %3). It has no host key of its own on this computer: run colab-tunnel slot add %2 --domain %4 to make one.</source>
        <translation>%1 是槽位 %2（隧道 %3）。这台计算机上还没有它自己的主机密钥：请运行 colab-tunnel slot add %2 --domain %4 来生成一个。</translation>
    </message>
</context>
<context>
    <name>CloudflareCommands</name>
    <message>
        <source>login takes only options: [--api-token-stdin] [--move-existing] [--timeout SECONDS].</source>
        <translation>login 只接受选项：[--api-token-stdin] [--move-existing] [--timeout SECONDS]。</translation>
    </message>
    <message>
        <source>--timeout takes seconds between 1 and 3600.</source>
        <translation>--timeout 接受 1 到 3600 之间的秒数。</translation>
    </message>
    <message>
        <source>Cloudflare API token (not shown; it needs Account: Cloudflare Tunnel Edit and Zone: DNS Edit): </source>
        <translation>Cloudflare API 令牌（输入时不显示；需要 Account: Cloudflare Tunnel Edit 和 Zone: DNS Edit 权限）： </translation>
    </message>
    <message>
        <source>no API token was given on standard input.</source>
        <translation>标准输入中没有提供 API 令牌。</translation>
    </message>
    <message>
        <source>cloudflared %1 is more than a year old. %2</source>
        <translation>cloudflared %1 已是一年多以前的版本。%2</translation>
    </message>
    <message>
        <source>Moved the old certificate aside to %1 (not deleted).</source>
        <translation>已将旧证书移到 %1（未删除）。</translation>
    </message>
    <message>
        <source>Open this address in your browser, log in to Cloudflare and authorise a domain (cloudflared tries to open it for you):</source>
        <translation>请在浏览器中打开此地址，登录 Cloudflare 并授权一个域名（cloudflared 会尝试自动为你打开）：</translation>
    </message>
    <message>
        <source>Still waiting for the login in the browser (%1 s of %2 s)...</source>
        <translation>仍在等待浏览器中完成登录（已等待 %1 秒，最长 %2 秒）...</translation>
    </message>
    <message>
        <source>It is used as it is (account %1). To log in again instead, run: colab-tunnel login --move-existing (the old file is renamed, not deleted).</source>
        <translation>将直接使用该证书（账户 %1）。如要改为重新登录，请运行：colab-tunnel login --move-existing（旧文件会被重命名，不会被删除）。</translation>
    </message>
    <message>
        <source>dns-check takes one DOMAIN.</source>
        <translation>dns-check 只接受一个 DOMAIN。</translation>
    </message>
    <message>
        <source>%1: name servers %2</source>
        <translation>%1：DNS 服务器为 %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Cloudflare zone: %1, assigned name servers %2</source>
        <translation>Cloudflare 区域：%1，分配的 DNS 服务器为 %2</translation>
    </message>
    <message>
        <source>Not logged in: the zone&apos;s status was not checked (colab-tunnel login).</source>
        <translation>未登录：未检查该区域的状态（colab-tunnel login）。</translation>
    </message>
    <message>
        <source>%1 is ready for tunnels.</source>
        <translation>%1 已可以用于隧道。</translation>
    </message>
    <message>
        <source>%1 is not ready for tunnels yet.</source>
        <translation>%1 尚不能用于隧道。</translation>
    </message>
    <message>
        <source>use: slot add NAME --domain DOMAIN | slot remove NAME | slot token NAME</source>
        <translation>用法：slot add NAME --domain DOMAIN | slot remove NAME | slot token NAME</translation>
    </message>
    <message>
        <source>slot %1 takes only NAME.</source>
        <translation>slot %1 只接受 NAME。</translation>
    </message>
    <message>
        <source>slot add needs --domain DOMAIN (a zone of your Cloudflare account).</source>
        <translation>slot add 需要 --domain DOMAIN（你的 Cloudflare 账户中的一个区域）。</translation>
    </message>
    <message>
        <source>Not logged in to Cloudflare. Run colab-tunnel login first.</source>
        <translation>尚未登录 Cloudflare。请先运行 colab-tunnel login。</translation>
    </message>
    <message>
        <source>Connect with: ssh %1 (once the Colab cell runs this slot&apos;s tunnel).</source>
        <translation>连接方式：ssh %1（需等 Colab 代码单元格运行此槽位的隧道之后）。</translation>
    </message>
    <message>
        <source>%1 was not made by slot add; forget it with: colab-tunnel remove %1</source>
        <translation>%1 不是由 slot add 创建的；可用以下命令将其移除：colab-tunnel remove %1</translation>
    </message>
    <message>
        <source>the tunnel is not in the account</source>
        <translation>该隧道不在此账户中</translation>
    </message>
    <message>
        <source>Store this line as the Colab secret COLAB_TUNNEL_TOKEN (key icon in Colab&apos;s sidebar; it holds the tunnel&apos;s run token and the slot&apos;s host key), then run colab-tunnel cell --mode named --name %1:</source>
        <translation>请将这一行存为 Colab 密钥 COLAB_TUNNEL_TOKEN（Colab 侧边栏中的钥匙图标；它包含隧道的运行令牌和槽位的主机密钥），然后运行 colab-tunnel cell --mode named --name %1：</translation>
    </message>
</context>
<context>
    <name>CloudflareCredentials</name>
    <message>
        <source>the API token in the keychain</source>
        <translation>钥匙串中的 API 令牌</translation>
    </message>
</context>
<context>
    <name>CloudflaredCheck</name>
    <message>
        <source>Found %1, but it did not say its version: %2</source>
        <translation>找到了 %1，但它没有报告版本：%2</translation>
    </message>
    <message>
        <source>Found %1, version %2.</source>
        <translation>找到了 %1，版本 %2。</translation>
    </message>
    <message>
        <source>It is more than a year old; Cloudflare may refuse it. %1</source>
        <translation>它已是一年多以前的版本，Cloudflare 可能会拒绝它。%1</translation>
    </message>
</context>
<context>
    <name>CloudflaredLocator</name>
    <message>
        <source>Install it with: winget install --id Cloudflare.cloudflared</source>
        <translation>安装方法：winget install --id Cloudflare.cloudflared</translation>
    </message>
    <message>
        <source>Install it with: brew install cloudflared</source>
        <translation>安装方法：brew install cloudflared</translation>
    </message>
    <message>
        <source>Install it from Cloudflare&apos;s apt/rpm repository, or download the cloudflared-linux-amd64 (or -arm64) release binary, make it executable and put it in ~/.local/bin.</source>
        <translation>请从 Cloudflare 的 apt/rpm 仓库安装，或下载 cloudflared-linux-amd64（或 -arm64）发布版二进制文件，添加可执行权限后放到 ~/.local/bin 中。</translation>
    </message>
    <message>
        <source>The chosen cloudflared (%1) does not exist or is not executable.</source>
        <translation>所选的 cloudflared（%1）不存在或不可执行。</translation>
    </message>
    <message>
        <source>cloudflared was not found. %1</source>
        <translation>未找到 cloudflared。%1</translation>
    </message>
</context>
<context>
    <name>CloudflaredVersion</name>
    <message>
        <source>%1 --version did not answer.</source>
        <translation>%1 --version 没有响应。</translation>
    </message>
    <message>
        <source>%1 --version printed no version we know (%2).</source>
        <translation>%1 --version 没有输出可识别的版本（%2）。</translation>
    </message>
    <message>
        <source>Update it with: winget upgrade --id Cloudflare.cloudflared</source>
        <translation>更新方法：winget upgrade --id Cloudflare.cloudflared</translation>
    </message>
    <message>
        <source>Update it with: brew upgrade cloudflared</source>
        <translation>更新方法：brew upgrade cloudflared</translation>
    </message>
    <message>
        <source>Update it with your package manager (sudo apt-get install --only-upgrade cloudflared, or sudo dnf upgrade cloudflared from Cloudflare&apos;s repository), or replace it with the latest cloudflared-linux-amd64 (or -arm64) release binary.</source>
        <translation>请用包管理器更新（sudo apt-get install --only-upgrade cloudflared，或从 Cloudflare 的仓库执行 sudo dnf upgrade cloudflared），或替换为最新的 cloudflared-linux-amd64（或 -arm64）发布版二进制文件。</translation>
    </message>
</context>
<context>
    <name>ColabAccelerator</name>
    <message>
        <source>Unknown accelerator &quot;%1&quot;: choose one of %2.</source>
        <translation>未知的加速器“%1”：请从 %2 中选择一个。</translation>
    </message>
</context>
<context>
    <name>ColabCell</name>
    <message>
        <source>The repository URL does not end in the repository&apos;s name.</source>
        <translation>仓库 URL 没有以仓库名称结尾。</translation>
    </message>
    <message>
        <source>The cell&apos;s options may not hold control characters such as line breaks.</source>
        <translation>代码单元格的选项中不能包含换行符等控制字符。</translation>
    </message>
    <message>
        <source>A named tunnel&apos;s cell needs its hostname: %1</source>
        <translation>命名隧道的代码单元格需要其主机名：%1</translation>
    </message>
    <message>
        <source>A cloudflared download URL needs its SHA-256, and the other way round.</source>
        <translation>cloudflared 下载 URL 和它的 SHA-256 必须同时提供。</translation>
    </message>
    <message>
        <source>The cloudflared download URL is not an https, http or file URL.</source>
        <translation>cloudflared 下载 URL 不是 https、http 或 file URL。</translation>
    </message>
    <message>
        <source>The cloudflared download URL may not hold a user name or password: the cell is shared with the notebook.</source>
        <translation>cloudflared 下载 URL 中不能包含用户名或密码：代码单元格会随笔记本一起共享。</translation>
    </message>
    <message>
        <source>The cloudflared SHA-256 must be 64 hexadecimal digits.</source>
        <translation>cloudflared 的 SHA-256 必须是 64 位十六进制数字。</translation>
    </message>
    <message>
        <source>The password hash is not a SHA-512 crypt hash.</source>
        <translation>密码哈希不是 SHA-512 crypt 哈希。</translation>
    </message>
    <message>
        <source>The app&apos;s public key is not a single OpenSSH public key line.</source>
        <translation>本应用的公钥不是单独一行的 OpenSSH 公钥。</translation>
    </message>
    <message>
        <source>Colab Tunnel: SSH into this runtime from VS Code, PyCharm or a terminal.</source>
        <translation>Colab Tunnel：从 VS Code、PyCharm 或终端通过 SSH 连接到此运行时。</translation>
    </message>
    <message>
        <source>Colab allows SSH on paid runtimes only (Pro, Pro+ or pay-as-you-go).</source>
        <translation>Colab 仅允许在付费运行时上使用 SSH（Pro、Pro+ 或随用随付）。</translation>
    </message>
    <message>
        <source>Written by colab-tunnel %1 (%2 tunnel, cloudflared %3). Running it again restarts only its own processes.</source>
        <translation>由 colab-tunnel %1 生成（%2 隧道，cloudflared %3）。再次运行只会重启它自己启动的进程。</translation>
    </message>
    <message>
        <source>from a custom URL</source>
        <translation>来自自定义 URL</translation>
    </message>
    <message>
        <source>Mounts Google Drive at /content/drive: the notebook asks you to allow it.</source>
        <translation>将 Google 云端硬盘挂载到 /content/drive：笔记本会请求你授权。</translation>
    </message>
    <message>
        <source>Clones %1 into %2 (a private repository&apos;s token comes from the Colab secret %3).</source>
        <translation>将 %1 克隆到 %2（私有仓库的令牌来自 Colab 密钥 %3）。</translation>
    </message>
    <message>
        <source>The tunnel&apos;s run token and the slot&apos;s host key are read from the Colab secret %1 (key icon on the left; colab-tunnel slot token prints its value).</source>
        <translation>隧道的运行令牌和槽位的主机密钥从 Colab 密钥 %1 中读取（左侧的钥匙图标；colab-tunnel slot token 会输出它的值）。</translation>
    </message>
    <message>
        <source>The repository must be an https://github.com/OWNER/REPO or https://gitlab.com/GROUP/REPO URL, without a user name or token in it.</source>
        <translation>仓库必须是 https://github.com/OWNER/REPO 或 https://gitlab.com/GROUP/REPO 形式的 URL，且其中不含用户名或令牌。</translation>
    </message>
    <message>
        <source>The branch name is not one git accepts.</source>
        <translation>该分支名称不符合 git 的要求。</translation>
    </message>
    <message>
        <source>A Colab secret&apos;s name may hold only letters, digits and &apos;_&apos; (not %1).</source>
        <translation>Colab 密钥的名称只能包含字母、数字和“_”（%1 不符合要求）。</translation>
    </message>
    <message>
        <source>A quick tunnel&apos;s cell takes no hostname: cloudflared gets one when it starts.</source>
        <translation>快速隧道的代码单元格不接受主机名：cloudflared 会在启动时获得一个。</translation>
    </message>
    <message>
        <source>A branch needs a repository (--repo).</source>
        <translation>指定分支时必须同时指定仓库（--repo）。</translation>
    </message>
    <message>
        <source>The git user name may not hold &apos;&lt;&apos; or &apos;&gt;&apos; or be longer than 200 characters.</source>
        <translation>git 用户名不能包含“&lt;”或“&gt;”，也不能超过 200 个字符。</translation>
    </message>
    <message>
        <source>The git user e-mail is not an address like name@example.com.</source>
        <translation>git 用户邮箱不是 name@example.com 这样的地址。</translation>
    </message>
    <message>
        <source>A key-only cell sets no password: it takes no password hash.</source>
        <translation>仅用密钥的代码单元格不设置密码：它不接受密码哈希。</translation>
    </message>
    <message>
        <source>Its own sshd listens on 127.0.0.1:%1 only; Colab&apos;s own sshd and port 22 are left alone.</source>
        <translation>它自己的 sshd 只监听 127.0.0.1:%1；Colab 自带的 sshd 和端口 22 不受影响。</translation>
    </message>
</context>
<context>
    <name>ColabCliLocator</name>
    <message>
        <source>Install Google&apos;s Colab CLI with: pipx install google-colab-cli (or: uv tool install google-colab-cli), then sign in once in a terminal by running: colab sessions</source>
        <translation>请用以下命令安装 Google 的 Colab CLI：pipx install google-colab-cli（或：uv tool install google-colab-cli），然后在终端中运行一次以下命令进行登录：colab sessions</translation>
    </message>
    <message>
        <source>The chosen colab CLI (%1) does not exist or is not executable.</source>
        <translation>所选的 colab CLI（%1）不存在或不可执行。</translation>
    </message>
    <message>
        <source>Google&apos;s colab CLI was not found. %1</source>
        <translation>未找到 Google 的 colab CLI。%1</translation>
    </message>
</context>
<context>
    <name>ColabSessions</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 (the colab CLI&apos;s session list) is unreadable: %2</source>
        <translation>无法读取 %1（colab CLI 的会话列表）：%2</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>不是 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>not a JSON object of sessions</source>
        <translation>不是由会话组成的 JSON 对象</translation>
    </message>
    <message>
        <source>session &quot;%1&quot; has no name or endpoint</source>
        <translation>会话“%1”没有名称或端点</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>There is no tunnel called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的隧道。</translation>
    </message>
</context>
<context>
    <name>DoctorCommand</name>
    <message>
        <source>--timeout takes seconds between 1 and 600.</source>
        <translation>--timeout 接受 1 到 600 之间的秒数。</translation>
    </message>
    <message>
        <source>doctor takes at most one NAME: colab-tunnel doctor [NAME] [--json].</source>
        <translation>doctor 最多接受一个 NAME：colab-tunnel doctor [NAME] [--json]。</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Every link works.</source>
        <translation>每个环节都正常。</translation>
    </message>
    <message>
        <source>A link is broken: see the ✗ step and its fix.</source>
        <translation>有一个环节出了问题：请查看标有 ✗ 的步骤及其修复方法。</translation>
    </message>
</context>
<context>
    <name>IdePlanner</name>
    <message>
        <source>VS Code (%1) on %2</source>
        <translation>连接到 %2 的 VS Code（%1）</translation>
    </message>
    <message>
        <source>VS Code (through its vscode:// link) on %1</source>
        <translation>连接到 %1 的 VS Code（通过 vscode:// 链接）</translation>
    </message>
    <message>
        <source>VS Code was not found (looked for code, code-insiders, codium, cursor) and there is no xdg-open to open its link. Install VS Code with the Remote - SSH extension from https://code.visualstudio.com.</source>
        <translation>未找到 VS Code（已查找 code、code-insiders、codium、cursor），也没有可用于打开其链接的 xdg-open。请从 https://code.visualstudio.com 安装 VS Code 及 Remote - SSH 扩展。</translation>
    </message>
    <message>
        <source>PyCharm (JetBrains Gateway) on %1 via 127.0.0.1:%2</source>
        <translation>经由 127.0.0.1:%2 连接到 %1 的 PyCharm（JetBrains Gateway）</translation>
    </message>
    <message>
        <source>There is no xdg-open to hand the link to JetBrains Gateway. Install xdg-utils and JetBrains Gateway (or PyCharm Professional).</source>
        <translation>没有可将链接交给 JetBrains Gateway 的 xdg-open。请安装 xdg-utils 和 JetBrains Gateway（或 PyCharm Professional）。</translation>
    </message>
    <message>
        <source>a terminal running ssh %1</source>
        <translation>运行 ssh %1 的终端</translation>
    </message>
    <message>
        <source>No terminal emulator was found (x-terminal-emulator, gnome-terminal, konsole, xterm). Install one, or run: ssh %1</source>
        <translation>未找到终端模拟器（x-terminal-emulator、gnome-terminal、konsole、xterm）。请安装一个，或运行：ssh %1</translation>
    </message>
    <message>
        <source>PyCharm needs a local port for the runtime, and none can be opened: %1</source>
        <translation>PyCharm 需要为该运行时使用一个本地端口，但无法打开任何端口：%1</translation>
    </message>
</context>
<context>
    <name>JsonStoreFile</name>
    <message>
        <source>%1: %2: %3 Fix or remove that entry, then try again.</source>
        <translation>%1：%2：%3请修复或移除该条目，然后再试一次。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); fix or move it away.</source>
        <translation>%1 已损坏（%2）；请修复它或将它移走。</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1 was written by a newer Colab Tunnel (version %2); update the app.</source>
        <translation>%1 是由更新版本的 Colab Tunnel 写入的（版本 %2）；请更新本应用。</translation>
    </message>
    <message>
        <source>%1 has an unknown version (%2); fix or move it away.</source>
        <translation>%1 的版本未知（%2）；请修复它或将它移走。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ManagedBlockEditor</name>
    <message>
        <source>Remove the marker lines (or the whole block) by hand, then try again.</source>
        <translation>请手动删除这些标记行（或整个配置块），然后重试。</translation>
    </message>
    <message>
        <source>%1 line %2: a second Colab Tunnel begin marker inside the block that begins on line %3. %4</source>
        <translation>%1 第 %2 行：在从第 %3 行开始的配置块内又出现了一个 Colab Tunnel 开始标记。%4</translation>
    </message>
    <message>
        <source>%1 line %2: a second Colab Tunnel block (the first one begins on line %3). Remove one of them by hand, then try again.</source>
        <translation>%1 第 %2 行：出现了第二个 Colab Tunnel 配置块（第一个从第 %3 行开始）。请手动删除其中一个，然后重试。</translation>
    </message>
    <message>
        <source>%1 line %2: a Colab Tunnel end marker without its begin marker. %3</source>
        <translation>%1 第 %2 行：Colab Tunnel 结束标记没有对应的开始标记。%3</translation>
    </message>
    <message>
        <source>%1 line %2: a Colab Tunnel begin marker without its end marker. %3</source>
        <translation>%1 第 %2 行：Colab Tunnel 开始标记没有对应的结束标记。%3</translation>
    </message>
    <message>
        <source>Colab Tunnel made a malformed block for %1; nothing was written.</source>
        <translation>Colab Tunnel 为 %1 生成的配置块格式有误；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>%1 is online</source>
        <translation>%1 已在线</translation>
    </message>
    <message>
        <source>%1 is back</source>
        <translation>%1 已恢复在线</translation>
    </message>
    <message>
        <source>%1: host key changed</source>
        <translation>%1：主机密钥已更改</translation>
    </message>
    <message>
        <source>%1 went offline</source>
        <translation>%1 已离线</translation>
    </message>
    <message>
        <source>%1: password refused</source>
        <translation>%1：密码被拒绝</translation>
    </message>
    <message>
        <source>%1: password needed</source>
        <translation>%1：需要密码</translation>
    </message>
</context>
<context>
    <name>OriginCert</name>
    <message>
        <source>its ARGO TUNNEL TOKEN block is not closed.</source>
        <translation>其中的 ARGO TUNNEL TOKEN 块没有结束标记。</translation>
    </message>
    <message>
        <source>it has no ARGO TUNNEL TOKEN block (it is not a cloudflared origin certificate).</source>
        <translation>其中没有 ARGO TUNNEL TOKEN 块（它不是 cloudflared 源证书）。</translation>
    </message>
    <message>
        <source>its ARGO TUNNEL TOKEN block is not valid base64.</source>
        <translation>其中的 ARGO TUNNEL TOKEN 块不是有效的 base64。</translation>
    </message>
    <message>
        <source>its ARGO TUNNEL TOKEN block does not hold a JSON object.</source>
        <translation>其中的 ARGO TUNNEL TOKEN 块不包含 JSON 对象。</translation>
    </message>
    <message>
        <source>it names no zone (zoneID is missing).</source>
        <translation>其中没有指定区域（缺少 zoneID）。</translation>
    </message>
    <message>
        <source>it holds no API token (apiToken is missing).</source>
        <translation>其中不含 API 令牌（缺少 apiToken）。</translation>
    </message>
    <message>
        <source>Cannot read the origin certificate %1: %2</source>
        <translation>无法读取源证书 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a usable cloudflared certificate: %2 Log in again with: colab-tunnel login --move-existing</source>
        <translation>%1 不是可用的 cloudflared 证书：%2 请重新登录：colab-tunnel login --move-existing</translation>
    </message>
</context>
<context>
    <name>PasswordService</name>
    <message>
        <source>The SSH password is stored in the system keychain.</source>
        <translation>SSH 密码已存储在系统钥匙串中。</translation>
    </message>
    <message>
        <source>The SSH password was removed from the keychain.</source>
        <translation>已从钥匙串中移除 SSH 密码。</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Type a password or generate one.</source>
        <translation>请输入密码，或生成一个。</translation>
    </message>
    <message>
        <source>Weak: use at least %1 characters.</source>
        <translation>弱：请至少使用 %1 个字符。</translation>
    </message>
    <message>
        <source>Weak: it contains a well-known password.</source>
        <translation>弱：包含常见密码。</translation>
    </message>
    <message>
        <source>Weak: make it longer or mix letters, digits and marks.</source>
        <translation>弱：请加长密码，或混合使用字母、数字和符号。</translation>
    </message>
    <message>
        <source>Fair: good enough; a longer one is stronger.</source>
        <translation>中：够用了；密码越长越安全。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
</context>
<context>
    <name>PasteParser</name>
    <message>
        <source>the non-ASCII character &apos;%1&apos;</source>
        <translation>非 ASCII 字符 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>控制字符</translation>
    </message>
    <message>
        <source>The text is too long (over 256 KiB) to be Colab output.</source>
        <translation>文本过长（超过 256 KiB），不像是 Colab 的输出。</translation>
    </message>
    <message>
        <source>Nothing was given: paste a hostname, a link or the Colab cell&apos;s output.</source>
        <translation>没有输入任何内容：请粘贴主机名、链接或 Colab 代码单元格的输出。</translation>
    </message>
    <message>
        <source>%1 is not a Colab runtime&apos;s hostname.</source>
        <translation>%1 不是 Colab 运行时的主机名。</translation>
    </message>
    <message>
        <source>The colab-tunnel link is malformed.</source>
        <translation>colab-tunnel 链接格式有误。</translation>
    </message>
    <message>
        <source>The link asks for &quot;%1&quot;; only colab-tunnel://add links are supported.</source>
        <translation>该链接请求的是“%1”；仅支持 colab-tunnel://add 链接。</translation>
    </message>
    <message>
        <source>The colab-tunnel link has no host= part.</source>
        <translation>colab-tunnel 链接中缺少 host= 部分。</translation>
    </message>
    <message>
        <source>The link&apos;s folder must be an absolute path of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;/&apos;.</source>
        <translation>链接中的文件夹必须是绝对路径，且只能包含字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; 和 &apos;/&apos;。</translation>
    </message>
    <message>
        <source>The text names several runtimes (%1); paste one at a time.</source>
        <translation>文本中包含多个运行时（%1）；请一次只粘贴一个。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is glued to %2, which a hostname cannot contain; nothing was added.</source>
        <translation>“%1”紧挨着%2，而主机名中不能包含它；未添加任何内容。</translation>
    </message>
    <message>
        <source>No runtime hostname was found. Paste the line with the *.trycloudflare.com hostname (or your own domain&apos;s), or the colab-tunnel:// link the Colab cell printed.</source>
        <translation>未找到运行时主机名。请粘贴包含 *.trycloudflare.com 主机名（或你自有域名下的主机名）的那一行，或 Colab 代码单元格输出的 colab-tunnel:// 链接。</translation>
    </message>
    <message>
        <source>The text names several hostnames (%1); paste the one of your runtime.</source>
        <translation>文本中包含多个主机名（%1）；请粘贴属于你的运行时的那一个。</translation>
    </message>
</context>
<context>
    <name>ProbeResult</name>
    <message>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Password refused</source>
        <translation>密码被拒绝</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <source>Host key changed!</source>
        <translation>主机密钥已更改！</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>Prober</name>
    <message>
        <source>cloudflared could not be started (%1). Install it or choose its location in the settings.</source>
        <translation>无法启动 cloudflared（%1）。请安装它，或在设置中选择它的位置。</translation>
    </message>
    <message>
        <source>The runtime is not reachable: it stopped, or its quick tunnel is still starting (that can take a minute). Re-run the Colab cell if it does not come back.</source>
        <translation>无法连接到运行时：它已停止，或者它的快速隧道仍在启动中（可能需要一分钟）。如果它没有恢复，请重新运行 Colab 代码单元格。</translation>
    </message>
    <message>
        <source>The runtime did not answer in time. Check your network, then that the Colab cell is still running.</source>
        <translation>运行时没有及时响应。请先检查你的网络，再确认 Colab 代码单元格仍在运行。</translation>
    </message>
    <message>
        <source>The hostname does not resolve: the tunnel is gone. Add the runtime&apos;s new hostname.</source>
        <translation>无法解析该主机名：隧道已不存在。请添加运行时的新主机名。</translation>
    </message>
    <message>
        <source>The connection closed before the runtime&apos;s SSH server answered (%1). The runtime may have stopped, or sshd is not running in it.</source>
        <translation>在运行时的 SSH 服务器响应之前连接就已关闭（%1）。运行时可能已停止，或者其中没有运行 sshd。</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>无详细信息</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>Cannot record the host key of %1 in %2 (%3), so nothing was sent. Make sure that folder is writable and the disk is not full, then check again.</source>
        <translation>无法将 %1 的主机密钥记录到 %2（%3），因此没有发送任何内容。请确保该文件夹可写且磁盘未满，然后再检查一次。</translation>
    </message>
    <message>
        <source>The host key of %1 changed (now %2) although the hostname did not. Someone may be intercepting the connection; nothing was sent. If you restarted the runtime under the same hostname, remove and re-add it.</source>
        <translation>%1 的主机密钥已更改（现在是 %2），但主机名没有变。可能有人在拦截连接；没有发送任何内容。如果你以相同的主机名重启了运行时，请将其移除后重新添加。</translation>
    </message>
    <message>
        <source>Cannot read the known-hosts file %1.</source>
        <translation>无法读取 known-hosts 文件 %1。</translation>
    </message>
    <message>
        <source>The runtime answers (%1).</source>
        <translation>运行时已响应（%1）。</translation>
    </message>
    <message>
        <source>The first login needs the SSH password your Colab cell set (after it, the app&apos;s key is used). Set it with Set password…, or: colab-tunnel password set</source>
        <translation>首次登录需要你的 Colab 代码单元格设置的 SSH 密码（之后会使用本应用的密钥）。请通过“设置密码…”进行设置，或运行：colab-tunnel password set</translation>
    </message>
    <message>
        <source>The runtime refused the password. Check it matches the one in the Colab cell, then set it again; it will not be retried until you do.</source>
        <translation>运行时拒绝了该密码。请确认它与 Colab 代码单元格中的密码一致，然后重新设置；在你重新设置之前不会再次尝试。</translation>
    </message>
    <message>
        <source>Online · %1</source>
        <translation>在线 · %1</translation>
    </message>
    <message>
        <source>The runtime behind the slot %1 did not present the slot&apos;s own host key (it presented %2); nothing was sent. If its Colab cell ran with a secret from before the slot had its own host key, run colab-tunnel slot add %3 --domain %4 (or the setup wizard) once, put the new value of colab-tunnel slot token %3 in the notebook&apos;s COLAB_TUNNEL_TOKEN secret and run the cell again. Otherwise someone may be intercepting the connection.</source>
        <translation>槽位 %1 背后的运行时没有出示该槽位自己的主机密钥（它出示的是 %2）；没有发送任何内容。如果它的 Colab 代码单元格用的是旧的 Colab 密钥（在槽位拥有自己的主机密钥之前设置的），请运行一次 colab-tunnel slot add %3 --domain %4（或使用设置向导），将 colab-tunnel slot token %3 的新值填入笔记本的 COLAB_TUNNEL_TOKEN 密钥，然后重新运行代码单元格。否则，可能有人在拦截连接。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Another Colab Tunnel process is busy updating tunnels; try again.</source>
        <translation>另一个 Colab Tunnel 进程正在更新隧道，请再试一次。</translation>
    </message>
    <message>
        <source>There is no tunnel called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的隧道。</translation>
    </message>
    <message>
        <source>No local port is left for %1 between %2 and %3.</source>
        <translation>在 %2 到 %3 之间已没有可分配给 %1 的本地端口。</translation>
    </message>
</context>
<context>
    <name>SlotHostKey</name>
    <message>
        <source>libssh could not generate an ed25519 host key for the slot.</source>
        <translation>libssh 无法为该槽位生成 ed25519 主机密钥。</translation>
    </message>
    <message>
        <source>libssh could not write the slot&apos;s host key.</source>
        <translation>libssh 无法写入该槽位的主机密钥。</translation>
    </message>
    <message>
        <source>The slot&apos;s host key in the keychain is not an ed25519 private key.</source>
        <translation>钥匙串中该槽位的主机密钥不是 ed25519 私钥。</translation>
    </message>
    <message>
        <source>libssh could not read the public half of the slot&apos;s host key.</source>
        <translation>libssh 无法读取该槽位主机密钥的公钥部分。</translation>
    </message>
</context>
<context>
    <name>SlotKeys</name>
    <message>
        <source>Cannot write the slot&apos;s host key to %1 (%2); make sure the folder is writable and the disk is not full.</source>
        <translation>无法将该槽位的主机密钥写入 %1（%2）；请确保该文件夹可写且磁盘未满。</translation>
    </message>
    <message>
        <source>The slot&apos;s own host key is pinned for %1; the keys its earlier runtimes had are no longer trusted. Put the new Colab secret in the notebook (colab-tunnel slot token) and run the cell again.</source>
        <translation>已为 %1 记录该槽位自己的主机密钥；它以前的运行时所用的密钥不再受信任。请将新的 Colab 密钥填入笔记本（colab-tunnel slot token），然后重新运行代码单元格。</translation>
    </message>
    <message>
        <source>Made the slot&apos;s own host key and pinned it for %1: every runtime of this slot presents it, so a new runtime raises no host-key alarm.</source>
        <translation>已生成该槽位自己的主机密钥并为 %1 记录：此槽位的每个运行时都会出示它，因此新的运行时不会触发主机密钥警报。</translation>
    </message>
    <message>
        <source>The slot&apos;s host key is pinned for %1.</source>
        <translation>已为 %1 记录该槽位的主机密钥。</translation>
    </message>
    <message>
        <source>The slot&apos;s host key could not be read from the keychain: %1</source>
        <translation>无法从钥匙串读取该槽位的主机密钥：%1</translation>
    </message>
    <message>
        <source>The slot&apos;s host key could not be kept in the keychain (%1), so no runtime could be given it. Make the keychain available and run the same command again.</source>
        <translation>无法将该槽位的主机密钥保存到钥匙串中（%1），因此无法将它提供给任何运行时。请确保钥匙串可用，然后再次运行相同的命令。</translation>
    </message>
    <message>
        <source>The slot %1 has no host key of its own yet, so every new runtime will raise a host-key alarm. Run colab-tunnel slot add for it again (or the setup wizard) to make one.</source>
        <translation>槽位 %1 还没有自己的主机密钥，因此每个新的运行时都会触发主机密钥警报。请为它再次运行 colab-tunnel slot add（或使用设置向导）来生成一个。</translation>
    </message>
</context>
<context>
    <name>SqliteReadLock</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation>无法锁定 %1：%2</translation>
    </message>
    <message>
        <source>The colab CLI kept %1 locked for more than %2 s.</source>
        <translation>colab CLI 锁定 %1 已超过 %2 秒。</translation>
    </message>
</context>
<context>
    <name>SshConfigBlock</name>
    <message>
        <source>a control character</source>
        <translation>控制字符</translation>
    </message>
    <message>
        <source>a double quote</source>
        <translation>双引号</translation>
    </message>
    <message>
        <source>a single quote</source>
        <translation>单引号</translation>
    </message>
    <message>
        <source>a backslash</source>
        <translation>反斜杠</translation>
    </message>
    <message>
        <source>The path %1 contains %2, which OpenSSH cannot read back from an ssh config file; use a location without it (spaces are fine).</source>
        <translation>路径 %1 包含%2，OpenSSH 无法从 ssh 配置文件中正确读回它；请换一个不含该字符的位置（空格没有问题）。</translation>
    </message>
    <message>
        <source>cloudflared was not found; install it or choose its location first.</source>
        <translation>未找到 cloudflared；请先安装它或选择它的位置。</translation>
    </message>
    <message>
        <source>The proxy command for %1 has the word %2, which cannot be written unquoted.</source>
        <translation>%1 的代理命令中含有 %2，它无法在不加引号的情况下写入。</translation>
    </message>
</context>
<context>
    <name>SshConfigFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 keeps changing while Colab Tunnel tries to update it; close the other editor and try again.</source>
        <translation>Colab Tunnel 尝试更新 %1 时它一直在变化；请关闭另一个编辑器后再试一次。</translation>
    </message>
</context>
<context>
    <name>StablePorts</name>
    <message>
        <source>%1 is not %2 hexadecimal digits.</source>
        <translation>%1 不是 %2 位十六进制数字。</translation>
    </message>
    <message>
        <source>%1 is not a list of names and ports.</source>
        <translation>%1 不是名称与端口的列表。</translation>
    </message>
    <message>
        <source>the port of &quot;%1&quot;</source>
        <translation>“%1”的端口</translation>
    </message>
    <message>
        <source>%1 is not a port between %2 and %3.</source>
        <translation>%1 不是介于 %2 和 %3 之间的端口。</translation>
    </message>
    <message>
        <source>%1 is the port of &quot;%2&quot; as well.</source>
        <translation>%1 同时也是“%2”的端口。</translation>
    </message>
</context>
<context>
    <name>StepResult</name>
    <message>
        <source>cloudflared installed and recent</source>
        <translation>cloudflared 已安装且为较新版本</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>DNS and zone at Cloudflare</source>
        <translation>Cloudflare 上的 DNS 和区域</translation>
    </message>
    <message>
        <source>Cloudflare login</source>
        <translation>Cloudflare 登录</translation>
    </message>
    <message>
        <source>Tunnel status at Cloudflare</source>
        <translation>Cloudflare 上的隧道状态</translation>
    </message>
    <message>
        <source>Runtime reachable through Cloudflare</source>
        <translation>可通过 Cloudflare 连接到运行时</translation>
    </message>
    <message>
        <source>SSH server answers</source>
        <translation>SSH 服务器有响应</translation>
    </message>
    <message>
        <source>Host key as pinned</source>
        <translation>主机密钥与已记录的一致</translation>
    </message>
    <message>
        <source>Login (the app&apos;s key, then the password)</source>
        <translation>登录（先用本应用的密钥，再用密码）</translation>
    </message>
    <message>
        <source>GPU visible</source>
        <translation>GPU 可见</translation>
    </message>
    <message>
        <source>    Fix: %1</source>
        <translation>    修复：%1</translation>
    </message>
</context>
<context>
    <name>Tunnel</name>
    <message>
        <source>&quot;%1&quot; is not a date and time.</source>
        <translation>“%1”不是有效的日期和时间。</translation>
    </message>
    <message>
        <source>its kind is neither &quot;quick&quot; nor &quot;named&quot;.</source>
        <translation>它的类型既不是“quick”也不是“named”。</translation>
    </message>
    <message>
        <source>its folder is not an absolute path of letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;/&apos;.</source>
        <translation>它的文件夹不是仅由字母、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; 和 &apos;/&apos; 组成的绝对路径。</translation>
    </message>
    <message>
        <source>its %1 is not a Cloudflare id.</source>
        <translation>它的 %1 不是 Cloudflare id。</translation>
    </message>
</context>
<context>
    <name>TunnelStore</name>
    <message>
        <source>%1: &quot;tunnels&quot; is not a list (%2); fix or move the file away.</source>
        <translation>%1：“tunnels”不是列表（%2）；请修复该文件或将它移走。</translation>
    </message>
    <message>
        <source>entry %1 (&quot;%2&quot;)</source>
        <translation>第 %1 项（“%2”）</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <source>%1 is not a tunnel.</source>
        <translation>%1 不是隧道。</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is already used by an earlier entry.</source>
        <translation>名称“%1”已被前面的条目使用。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>a space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>换行符</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>a NUL byte</source>
        <translation>NUL 字节</translation>
    </message>
    <message>
        <source>a control character (U+%1)</source>
        <translation>控制字符（U+%1）</translation>
    </message>
    <message>
        <source>the non-ASCII character &apos;%1&apos; (U+%2)</source>
        <translation>非 ASCII 字符 &apos;%1&apos;（U+%2）</translation>
    </message>
    <message>
        <source>The hostname is empty.</source>
        <translation>主机名为空。</translation>
    </message>
    <message>
        <source>The hostname &quot;%1&quot; contains %2; only letters, digits, &apos;-&apos; and &apos;.&apos; are allowed.</source>
        <translation>主机名“%1”包含%2；只允许字母、数字、&apos;-&apos; 和 &apos;.&apos;。</translation>
    </message>
    <message>
        <source>The hostname is longer than 253 characters.</source>
        <translation>主机名长度超过 253 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IP address; a tunnel needs its hostname.</source>
        <translation>“%1”是 IP 地址；隧道需要的是它的主机名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full hostname (expected something like words.trycloudflare.com).</source>
        <translation>“%1”不是完整的主机名（应类似 words.trycloudflare.com）。</translation>
    </message>
    <message>
        <source>The hostname &quot;%1&quot; has an empty label (two dots in a row).</source>
        <translation>主机名“%1”中有空标签（连续两个点）。</translation>
    </message>
    <message>
        <source>The hostname &quot;%1&quot; has a label longer than 63 characters.</source>
        <translation>主机名“%1”中有超过 63 个字符的标签。</translation>
    </message>
    <message>
        <source>The hostname &quot;%1&quot; has a label that starts or ends with &apos;-&apos;.</source>
        <translation>主机名“%1”中有以 &apos;-&apos; 开头或结尾的标签。</translation>
    </message>
    <message>
        <source>The hostname &quot;%1&quot; contains %2.</source>
        <translation>主机名“%1”包含%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an IP address; a tunnel needs its hostname.</source>
        <translation>“%1”看起来像 IP 地址；隧道需要的是它的主机名。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>名称为空。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is longer than 32 characters.</source>
        <translation>名称“%1”超过 32 个字符。</translation>
    </message>
    <message>
        <source>The name contains %1; use lower-case letters, digits and &apos;-&apos; only.</source>
        <translation>名称包含%1；只能使用小写字母、数字和 &apos;-&apos;。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; starts with &apos;-&apos;; start it with a letter or a digit.</source>
        <translation>名称“%1”以“-”开头；请以字母或数字开头。</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>--interval takes seconds between 0.5 and 3600.</source>
        <translation>--interval 的取值为 0.5 到 3600 之间的秒数。</translation>
    </message>
    <message>
        <source>watch takes one NAME.</source>
        <translation>watch 只接受一个 NAME 参数。</translation>
    </message>
</context>
<context>
    <name>colab::AddTunnelDialog</name>
    <message>
        <source>Add a Colab runtime</source>
        <translation>添加 Colab 运行时</translation>
    </message>
    <message>
        <source>Paste the runtime&apos;s hostname, the &lt;b&gt;colab-tunnel://&lt;/b&gt; link, or everything the Colab cell (or colab_ssh) printed. Only add runtimes you started yourself.</source>
        <translation>粘贴运行时的主机名、&lt;b&gt;colab-tunnel://&lt;/b&gt; 链接，或 Colab 代码单元格（或 colab_ssh）输出的全部内容。只添加你自己启动的运行时。</translation>
    </message>
    <message>
        <source>Colab output or hostname</source>
        <translation>Colab 输出或主机名</translation>
    </message>
    <message>
        <source>e.g. some-random-words.trycloudflare.com</source>
        <translation>例如 some-random-words.trycloudflare.com</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>&amp;Add runtime</source>
        <translation>添加运行时(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>名称（可选）(&amp;N)：</translation>
    </message>
    <message numerus="yes">
        <source>%n more link(s) arrived; each opens for confirmation after this one.</source>
        <translation>
            <numerusform>又收到 %n 个链接；它们会在此链接之后逐个打开，供你确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>derived from the hostname</source>
        <translation>由主机名自动生成</translation>
    </message>
    <message>
        <source>&amp;Update runtime</source>
        <translation>更新运行时(&amp;U)</translation>
    </message>
    <message>
        <source>Waiting for a hostname…</source>
        <translation>正在等待主机名…</translation>
    </message>
</context>
<context>
    <name>colab::AppService</name>
    <message>
        <source>New runtime %1 → ssh %2</source>
        <translation>新运行时 %1 → ssh %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (the alias %4 stays; the old host key is forgotten)</source>
        <translation>%1：%2 → %3（别名 %4 保持不变；旧的主机密钥将被清除）</translation>
    </message>
    <message>
        <source>Already added as %1.</source>
        <translation>已添加为 %1。</translation>
    </message>
    <message>
        <source>No SSH password is set yet, and the cell sets root&apos;s password from it.</source>
        <translation>尚未设置 SSH 密码，而代码单元格要用它来设置 root 密码。</translation>
    </message>
    <message>
        <source>The SSH password is kept in memory until Colab Tunnel quits.</source>
        <translation>SSH 密码保存在内存中，直到 Colab Tunnel 退出。</translation>
    </message>
    <message>
        <source>The SSH password is stored in the keychain.</source>
        <translation>SSH 密码已保存在钥匙串中。</translation>
    </message>
    <message>
        <source>The SSH password is kept in memory until Colab Tunnel quits; it is never written to disk.</source>
        <translation>SSH 密码保存在内存中，直到 Colab Tunnel 退出；它永远不会写入磁盘。</translation>
    </message>
    <message>
        <source>The SSH password was removed from the keychain.</source>
        <translation>已从钥匙串中移除 SSH 密码。</translation>
    </message>
    <message>
        <source>There is no runtime called %1.</source>
        <translation>没有名为 %1 的运行时。</translation>
    </message>
    <message>
        <source>%1 has not answered yet.</source>
        <translation>%1 尚未响应。</translation>
    </message>
    <message>
        <source>%1 is not online (%2): %3</source>
        <translation>%1 不在线（%2）：%3</translation>
    </message>
    <message>
        <source>The copied runtime %1 is already added as %2.</source>
        <translation>复制的运行时 %1 已添加为 %2。</translation>
    </message>
    <message>
        <source>The clipboard holds a Colab runtime: %1</source>
        <translation>剪贴板中有一个 Colab 运行时：%1</translation>
    </message>
    <message>
        <source>%1: the host key changed. %2</source>
        <translation>%1：主机密钥已更改。%2</translation>
    </message>
    <message>
        <source>%1 refused the SSH password. Set the password your Colab cell used.</source>
        <translation>%1 拒绝了 SSH 密码。请设置你的 Colab 代码单元格所用的密码。</translation>
    </message>
    <message>
        <source>%1 needs the SSH password your Colab cell set (first login; after it the app&apos;s key is used).</source>
        <translation>%1 需要你的 Colab 代码单元格设置的 SSH 密码（首次登录；之后会使用本应用的密钥）。</translation>
    </message>
    <message>
        <source>%1 has no local port yet; it gets one in a moment.</source>
        <translation>%1 还没有本地端口；稍后会自动分配。</translation>
    </message>
    <message>
        <source>Forwarding now: 127.0.0.1:%1 reaches %2.</source>
        <translation>正在转发：127.0.0.1:%1 连到 %2。</translation>
    </message>
    <message>
        <source>Not forwarding now: %1 is not online. Port %2 opens as soon as it is.</source>
        <translation>当前未转发：%1 不在线。它一上线，端口 %2 就会打开。</translation>
    </message>
    <message>
        <source>This computer has no network: the runtimes are checked again as soon as it is back.</source>
        <translation>这台计算机没有网络连接：网络一恢复就会重新检查各运行时。</translation>
    </message>
    <message>
        <source>Another user&apos;s program holds 127.0.0.1:%1, the local port of %2. PyCharm connected to it would talk to that program, not to %2, and could hand it your password: do not use %2&apos;s SSH interpreter in PyCharm until this message is gone. Colab Tunnel forwards %2 there as soon as the port is free.</source>
        <translation>另一个用户的程序占用了 127.0.0.1:%1，即 %2 的本地端口。PyCharm 连到这个端口时，通信对象将是那个程序而不是 %2，还可能把你的密码交给它：在此消息消失之前，请不要在 PyCharm 中使用 %2 的 SSH 解释器。端口一旦空出，Colab Tunnel 就会把 %2 转发到那里。</translation>
    </message>
</context>
<context>
    <name>colab::AuthorisePage</name>
    <message>
        <source>&amp;Authorise in the browser</source>
        <translation>在浏览器中授权(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;ancel login</source>
        <translation>取消登录(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Move the old certificate aside and log in again</source>
        <translation>将旧证书移到一旁并重新登录(&amp;M)</translation>
    </message>
    <message>
        <source>Authorise at Cloudflare</source>
        <translation>在 Cloudflare 授权</translation>
    </message>
    <message>
        <source>cloudflared opens Cloudflare in your browser: choose your domain there and allow access.</source>
        <translation>cloudflared 会在浏览器中打开 Cloudflare：请在那里选择你的域名并允许访问。</translation>
    </message>
    <message>
        <source>The old certificate is now %1. Waiting for you in the browser…</source>
        <translation>旧证书现在位于 %1。正在等待你在浏览器中操作…</translation>
    </message>
    <message>
        <source>If the browser did not open, open this link: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>如果浏览器没有打开，请打开此链接：&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Waiting for you in the browser… %1:%2</source>
        <translation>正在等待你在浏览器中操作… %1:%2</translation>
    </message>
    <message>
        <source>Login cancelled. Authorise again when you are ready.</source>
        <translation>登录已取消。准备好后请重新授权。</translation>
    </message>
    <message>
        <source>Starting cloudflared tunnel login…</source>
        <translation>正在启动 cloudflared tunnel login…</translation>
    </message>
    <message>
        <source>Already authorised (%1).</source>
        <translation>已授权（%1）。</translation>
    </message>
    <message>
        <source>&amp;Log in again</source>
        <translation>重新登录(&amp;L)</translation>
    </message>
    <message>
        <source>The login did not finish. Click Authorise in the browser to try again; in the browser, log in to Cloudflare, choose your domain and allow access. If it fails again, check that this computer can reach Cloudflare.</source>
        <translation>登录未完成。点击“在浏览器中授权”重试；在浏览器中登录 Cloudflare，选择你的域名并允许访问。如果再次失败，请检查这台计算机能否访问 Cloudflare。</translation>
    </message>
    <message>
        <source>cloudflared said: %1</source>
        <translation>cloudflared 提示：%1</translation>
    </message>
</context>
<context>
    <name>colab::CellPage</name>
    <message>
        <source>Mount Google &amp;Drive</source>
        <translation>挂载 Google 云端硬盘(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Copy the cell</source>
        <translation>复制代码单元格(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Add and connect</source>
        <translation>添加并连接(&amp;A)</translation>
    </message>
    <message>
        <source>The Colab cell</source>
        <translation>Colab 代码单元格</translation>
    </message>
    <message>
        <source>Paste it into a notebook cell on a GPU runtime and run it. It starts SSH and the tunnel, and hands the runtime to this app.</source>
        <translation>将它粘贴到使用 GPU 运行时的笔记本代码单元格中并运行。它会启动 SSH 和隧道，并把运行时交给本应用。</translation>
    </message>
    <message>
        <source>Runtime name</source>
        <translation>运行时名称</translation>
    </message>
    <message>
        <source>optional: https://github.com/you/project</source>
        <translation>可选：https://github.com/you/project</translation>
    </message>
    <message>
        <source>Repository to clone</source>
        <translation>要克隆的仓库</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>代码单元格</translation>
    </message>
    <message>
        <source>&amp;Open Colab</source>
        <translation>打开 Colab(&amp;O)</translation>
    </message>
    <message>
        <source>Opens colab.research.google.com in your browser</source>
        <translation>在浏览器中打开 colab.research.google.com</translation>
    </message>
    <message>
        <source>Copy the &amp;token</source>
        <translation>复制令牌(&amp;T)</translation>
    </message>
    <message>
        <source>First add the Colab secret &lt;b&gt;COLAB_TUNNEL_TOKEN&lt;/b&gt; (the key icon in Colab&apos;s left bar) with this slot&apos;s token, and allow the notebook to read it.</source>
        <translation>请先添加 Colab 密钥 &lt;b&gt;COLAB_TUNNEL_TOKEN&lt;/b&gt;（Colab 左侧栏中的钥匙图标），值为此隧道槽位的令牌，并允许笔记本读取它。</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>仓库(&amp;R)：</translation>
    </message>
    <message>
        <source>Adding the runtime…</source>
        <translation>正在添加运行时…</translation>
    </message>
    <message>
        <source>Copied. Paste it into a Colab cell and run it; this page waits for the runtime.</source>
        <translation>已复制。请将它粘贴到 Colab 代码单元格中并运行；此页面会等待运行时。</translation>
    </message>
    <message>
        <source>Waiting for your runtime… Run the cell, then click the colab-tunnel:// link it prints or copy its output.</source>
        <translation>正在等待你的运行时…请运行代码单元格，然后点击它输出的 colab-tunnel:// 链接，或复制它的输出。</translation>
    </message>
    <message>
        <source>Added %1 at %2; connecting…</source>
        <translation>已添加 %1（%2）；正在连接…</translation>
    </message>
    <message>
        <source>Colab printed &lt;b&gt;%1&lt;/b&gt;. Add it as %2 and connect?</source>
        <translation>Colab 输出了 &lt;b&gt;%1&lt;/b&gt;。要将它添加为 %2 并连接吗？</translation>
    </message>
    <message>
        <source>Colab printed &lt;b&gt;%1&lt;/b&gt;. Point %2 at it (instead of %3) and connect?</source>
        <translation>Colab 输出了 &lt;b&gt;%1&lt;/b&gt;。要将 %2 改为指向它（而不是 %3）并连接吗？</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&amp;Paste what the cell printed</source>
        <translation>粘贴代码单元格的输出(&amp;P)</translation>
    </message>
    <message>
        <source>Reads the clipboard once: what the cell printed when the runtime was ready.</source>
        <translation>只读取一次剪贴板：运行时就绪时代码单元格打印的内容。</translation>
    </message>
    <message>
        <source>The clipboard holds no runtime of this cell. Copy the lines the cell printed when it was ready (with a colab-tunnel:// link), then paste again.</source>
        <translation>剪贴板中没有这个代码单元格的运行时。请复制代码单元格就绪时打印的几行（含 colab-tunnel:// 链接），然后再粘贴。</translation>
    </message>
    <message>
        <source>The slot&apos;s secret (its run token and host key, one line) is on the clipboard for %1 seconds: paste it as the value of the Colab secret COLAB_TUNNEL_TOKEN.</source>
        <translation>该槽位的密钥（运行令牌和主机密钥，共一行）将在剪贴板中保留 %1 秒：请将它粘贴为 Colab 密钥 COLAB_TUNNEL_TOKEN 的值。</translation>
    </message>
</context>
<context>
    <name>colab::CloudflareAccount</name>
    <message>
        <source>no API token was given.</source>
        <translation>未提供 API 令牌。</translation>
    </message>
    <message>
        <source>that is not an API token (at most 1024 characters, no spaces).</source>
        <translation>这不是 API 令牌（最多 1024 个字符，且不含空格）。</translation>
    </message>
    <message>
        <source>Cloudflare refused the API token: %1</source>
        <translation>Cloudflare 拒绝了该 API 令牌：%1</translation>
    </message>
    <message>
        <source>The API token is valid but could not be kept: %1</source>
        <translation>该 API 令牌有效，但无法保存：%1</translation>
    </message>
    <message>
        <source>The Cloudflare API token is valid and stored in the system keychain.</source>
        <translation>Cloudflare API 令牌有效，已存储在系统钥匙串中。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 is not a tunnel slot of this app.</source>
        <translation>%1 不是本应用创建的隧道槽位。</translation>
    </message>
    <message>
        <source>Not logged in to Cloudflare. Run colab-tunnel login first.</source>
        <translation>尚未登录 Cloudflare。请先运行 colab-tunnel login。</translation>
    </message>
    <message>
        <source>not logged in to Cloudflare</source>
        <translation>未登录 Cloudflare</translation>
    </message>
</context>
<context>
    <name>colab::CloudflareApi</name>
    <message>
        <source>An identifier from Cloudflare or the tunnel list is malformed; nothing was sent.</source>
        <translation>来自 Cloudflare 或隧道列表的标识符格式不正确；没有发送任何内容。</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s API did not answer within %1 s.</source>
        <translation>Cloudflare API 在 %1 秒内没有响应。</translation>
    </message>
    <message>
        <source>Cannot reach Cloudflare&apos;s API (%1): %2</source>
        <translation>无法连接到 Cloudflare API（%1）：%2</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s rate limit was reached; waiting %1 s as it asked.</source>
        <translation>已达到 Cloudflare 的速率限制；按其要求等待 %1 秒。</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s rate limit was reached (1200 requests per 5 minutes per token; over it, the API refuses calls for up to 5 minutes). Try again in %1 s. %2</source>
        <translation>已达到 Cloudflare 的速率限制（每个令牌每 5 分钟 1200 个请求；超出后，API 会在最多 5 分钟内拒绝调用）。请在 %1 秒后重试。%2</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s API failed (%1); trying again in %2 s.</source>
        <translation>Cloudflare API 调用失败（%1）；将在 %2 秒后重试。</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s answer has no list where one was expected.</source>
        <translation>Cloudflare 的响应中缺少预期的列表。</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s API answered with a redirect (HTTP %1) to another address; it was not followed and the token was not sent there. Check COLAB_TUNNEL_API_URL and any proxy between this computer and %2.</source>
        <translation>Cloudflare API 返回了指向其他地址的重定向（HTTP %1）；未跟随该重定向，令牌也没有发送到那里。请检查 COLAB_TUNNEL_API_URL，以及这台计算机与 %2 之间的所有代理。</translation>
    </message>
    <message>
        <source>The API token is disabled at Cloudflare. Enable it in the dashboard (My Profile or Manage Account ▸ API Tokens) or make a new one.</source>
        <translation>该 API 令牌已在 Cloudflare 上被停用。请在仪表板中启用它（My Profile 或 Manage Account ▸ API Tokens），或创建一个新令牌。</translation>
    </message>
    <message>
        <source>The API token has expired. Make a new one in Cloudflare&apos;s dashboard (API Tokens) and log in with it again.</source>
        <translation>该 API 令牌已过期。请在 Cloudflare 的仪表板中创建一个新令牌（API Tokens），然后用它重新登录。</translation>
    </message>
    <message>
        <source>Cloudflare did not say that the API token is active.</source>
        <translation>Cloudflare 未表明该 API 令牌处于活动状态。</translation>
    </message>
</context>
<context>
    <name>colab::CloudflaredPage</name>
    <message>
        <source>&amp;Re-check</source>
        <translation>重新检查(&amp;R)</translation>
    </message>
    <message>
        <source>cloudflared</source>
        <translation>cloudflared</translation>
    </message>
    <message>
        <source>The tunnel program from Cloudflare. Colab Tunnel runs it for every connection.</source>
        <translation>Cloudflare 提供的隧道程序。Colab Tunnel 每次连接都会运行它。</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>浏览(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose a cloudflared executable that is not on the PATH</source>
        <translation>选择一个不在 PATH 中的 cloudflared 可执行文件</translation>
    </message>
    <message>
        <source>Install command</source>
        <translation>安装命令</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Install it by running this in a terminal:</source>
        <translation>在终端中运行以下命令来安装它：</translation>
    </message>
    <message>
        <source>Looking for cloudflared…</source>
        <translation>正在查找 cloudflared…</translation>
    </message>
    <message>
        <source>Choose cloudflared</source>
        <translation>选择 cloudflared</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
</context>
<context>
    <name>colab::ColabCli</name>
    <message>
        <source>&quot;%1&quot; is not a usable runtime name.</source>
        <translation>“%1”不是可用的运行时名称。</translation>
    </message>
    <message>
        <source>The colab CLI is still busy with the previous command.</source>
        <translation>colab CLI 仍在执行上一条命令。</translation>
    </message>
    <message>
        <source>Could not start the colab CLI (%1): %2</source>
        <translation>无法启动 colab CLI（%1）：%2</translation>
    </message>
    <message>
        <source>The colab CLI did not answer within %1 s.</source>
        <translation>colab CLI 在 %1 秒内没有响应。</translation>
    </message>
    <message>
        <source>The colab CLI crashed.</source>
        <translation>colab CLI 崩溃了。</translation>
    </message>
    <message>
        <source>The colab CLI is not signed in to Google. Run &quot;colab sessions&quot; once in a terminal and follow the link it prints.</source>
        <translation>colab CLI 尚未登录 Google。请在终端中运行一次“colab sessions”，并打开它输出的链接。</translation>
    </message>
    <message>
        <source>The colab CLI has no session named &quot;%1&quot;.</source>
        <translation>colab CLI 中没有名为“%1”的会话。</translation>
    </message>
    <message>
        <source>This colab CLI has no &quot;usage&quot; command; update it (pipx upgrade google-colab-cli).</source>
        <translation>此 colab CLI 没有“usage”命令；请更新它（pipx upgrade google-colab-cli）。</translation>
    </message>
    <message>
        <source>The colab CLI&apos;s usage report was not understood: %1</source>
        <translation>无法解析 colab CLI 的用量报告：%1</translation>
    </message>
    <message>
        <source>The colab CLI failed (exit status %1).</source>
        <translation>colab CLI 执行失败（退出状态 %1）。</translation>
    </message>
    <message>
        <source>The colab CLI failed: %1</source>
        <translation>colab CLI 执行失败：%1</translation>
    </message>
</context>
<context>
    <name>colab::DnsChecker</name>
    <message>
        <source>The DNS-over-HTTPS resolver (%1) did not answer: %2</source>
        <translation>DNS-over-HTTPS 解析器（%1）没有响应：%2</translation>
    </message>
    <message>
        <source>%1 is served by %2, not by Cloudflare. At your registrar, replace the name servers with the two Cloudflare assigned to the zone (shown in Cloudflare&apos;s dashboard, and here once you are logged in).</source>
        <translation>%1 由 %2 提供解析，而不是 Cloudflare。请在域名注册商处将 DNS 服务器替换为 Cloudflare 为该区域分配的两个服务器（可在 Cloudflare 的仪表板中查看，登录后也会在这里显示）。</translation>
    </message>
    <message>
        <source>Cannot read the zone from Cloudflare: %1</source>
        <translation>无法从 Cloudflare 读取区域：%1</translation>
    </message>
    <message>
        <source>%1 is not a zone of your Cloudflare account: add it in Cloudflare&apos;s dashboard (Add a domain), then point the registrar at the name servers it assigns.</source>
        <translation>%1 不是你的 Cloudflare 账户中的区域：请在 Cloudflare 的仪表板中添加它（Add a domain），然后在域名注册商处将 DNS 服务器指向它分配的服务器。</translation>
    </message>
    <message>
        <source>The zone %1 is pending: Cloudflare has not seen its name servers yet. At your registrar, set exactly these name servers: %2. Cloudflare re-checks on its own (usually within hours, at most a day) and the zone turns active.</source>
        <translation>区域 %1 处于待定状态：Cloudflare 尚未检测到它的 DNS 服务器。请在域名注册商处准确设置以下 DNS 服务器：%2。Cloudflare 会自动重新检查（通常在几小时内，最多一天），之后区域会变为活动状态。</translation>
    </message>
    <message>
        <source>The zone %1 is %2, not active; open it in Cloudflare&apos;s dashboard.</source>
        <translation>区域 %1 的状态为 %2，而不是 active；请在 Cloudflare 的仪表板中打开它。</translation>
    </message>
    <message>
        <source>Public DNS names %1, but Cloudflare assigned %2; set the assigned ones at your registrar.</source>
        <translation>公共 DNS 显示的 DNS 服务器为 %1，但 Cloudflare 分配的是 %2；请在域名注册商处设置分配的服务器。</translation>
    </message>
    <message>
        <source>its reply is not DNS JSON</source>
        <translation>它的响应不是 DNS JSON</translation>
    </message>
    <message>
        <source>%1 does not exist in public DNS (NXDOMAIN): check the spelling, and that the domain is registered and not expired at your registrar.</source>
        <translation>%1 在公共 DNS 中不存在（NXDOMAIN）：请检查拼写，并确认该域名已在域名注册商处注册且未过期。</translation>
    </message>
    <message>
        <source>Public DNS could not look up %1: the resolver (%2) failed (SERVFAIL). This says nothing about whether the domain exists. It is often broken DNSSEC: a DS record at your registrar that does not match Cloudflare&apos;s (remove it there, or enable DNSSEC in Cloudflare and copy its DS record). Otherwise try again in a few minutes.</source>
        <translation>公共 DNS 无法查询 %1：解析器（%2）查询失败（SERVFAIL）。这并不能说明该域名是否存在。常见原因是 DNSSEC 配置有误：域名注册商处的 DS 记录与 Cloudflare 的不匹配（请在注册商处删除它，或在 Cloudflare 中启用 DNSSEC 并复制其 DS 记录）。否则请在几分钟后重试。</translation>
    </message>
    <message>
        <source>The resolver (%1) refused to look up %2 (REFUSED); this says nothing about the domain. Try again later.</source>
        <translation>解析器（%1）拒绝查询 %2（REFUSED）；这并不能说明该域名的任何情况。请稍后重试。</translation>
    </message>
    <message>
        <source>The resolver (%1) failed to look up %2 (DNS error code %3); this says nothing about the domain. Try again later.</source>
        <translation>解析器（%1）查询 %2 失败（DNS 错误代码 %3）；这并不能说明该域名的任何情况。请稍后重试。</translation>
    </message>
    <message>
        <source>%1 exists in public DNS but has no name servers (NS records) of its own. Use the domain you registered (example.com, not a name below it), and check that the registrar lists name servers for it.</source>
        <translation>%1 在公共 DNS 中存在，但没有自己的 DNS 服务器（NS 记录）。请使用你注册的域名（example.com，而不是它下面的名称），并确认域名注册商为它列出了 DNS 服务器。</translation>
    </message>
</context>
<context>
    <name>colab::Doctor</name>
    <message>
        <source>Not checked: an earlier link is broken.</source>
        <translation>未检查：前面的某个环节出了问题。</translation>
    </message>
    <message>
        <source>Not checked: the check was cancelled.</source>
        <translation>未检查：检查已取消。</translation>
    </message>
    <message>
        <source>Install cloudflared (%1), or choose its location in the settings or with --cloudflared PATH.</source>
        <translation>请安装 cloudflared（%1），或在设置中或通过 --cloudflared PATH 选择它的位置。</translation>
    </message>
    <message>
        <source>%1 does not answer to --version.</source>
        <translation>%1 对 --version 没有响应。</translation>
    </message>
    <message>
        <source>Install cloudflared again (%1).</source>
        <translation>请重新安装 cloudflared（%1）。</translation>
    </message>
    <message>
        <source>Found %1, version %2.</source>
        <translation>找到 %1，版本 %2。</translation>
    </message>
    <message>
        <source>Its path has spaces: the app quotes it in ~/.ssh/config; a ProxyCommand of your own must quote it too.</source>
        <translation>它的路径包含空格：本应用在 ~/.ssh/config 中会为它加上引号；你自己编写的 ProxyCommand 也必须加引号。</translation>
    </message>
    <message>
        <source>It is more than a year old; Cloudflare may refuse it.</source>
        <translation>它的发布时间已超过一年；Cloudflare 可能会拒绝它。</translation>
    </message>
    <message>
        <source>Install and unlock a Secret Service keyring (GNOME Keyring or KWallet), or keep the password for this session in the app (Set password…). The app&apos;s key works without it once it is installed on the runtime.</source>
        <translation>请安装并解锁一个 Secret Service 密钥环（GNOME Keyring 或 KWallet），或者让本应用在本次会话中保存密码（“设置密码…”）。本应用的密钥安装到运行时后，无需密钥环也能使用。</translation>
    </message>
    <message>
        <source>The keychain answers and holds the SSH password.</source>
        <translation>钥匙串有响应，并保存了 SSH 密码。</translation>
    </message>
    <message>
        <source>The keychain answers; no SSH password is stored (the app&apos;s key is used).</source>
        <translation>钥匙串有响应；未保存 SSH 密码（使用本应用的密钥）。</translation>
    </message>
    <message>
        <source>No keychain: the SSH password cannot be stored. %1</source>
        <translation>没有钥匙串：无法保存 SSH 密码。%1</translation>
    </message>
    <message>
        <source>The keychain did not give the password: %1</source>
        <translation>钥匙串没有提供密码：%1</translation>
    </message>
    <message>
        <source>Unlock the keychain and allow colab-tunnel to use it.</source>
        <translation>请解锁钥匙串，并允许 colab-tunnel 使用它。</translation>
    </message>
    <message>
        <source>%1 uses Cloudflare&apos;s name servers (%2)</source>
        <translation>%1 使用的是 Cloudflare 的 DNS 服务器（%2）</translation>
    </message>
    <message>
        <source>; the zone is %1</source>
        <translation>；区域状态为 %1</translation>
    </message>
    <message>
        <source>Add %1 to your Cloudflare account and set the name servers Cloudflare assigns at your registrar; colab-tunnel dns-check %1 says when it is ready.</source>
        <translation>请将 %1 添加到你的 Cloudflare 账户，并在域名注册商处设置 Cloudflare 分配的 DNS 服务器；运行 colab-tunnel dns-check %1 可查看何时就绪。</translation>
    </message>
    <message>
        <source>At your registrar, set the name servers of %1 to %2, then wait until the zone is active (colab-tunnel dns-check %1).</source>
        <translation>请在域名注册商处将 %1 的 DNS 服务器设置为 %2，然后等待区域变为活动状态（colab-tunnel dns-check %1）。</translation>
    </message>
    <message>
        <source>%1 is not ready for tunnels.</source>
        <translation>%1 尚不能用于隧道。</translation>
    </message>
    <message>
        <source>Not needed: this runtime is not a slot made by colab-tunnel slot add.</source>
        <translation>不需要：此运行时不是由 colab-tunnel slot add 创建的隧道槽位。</translation>
    </message>
    <message>
        <source>Log in: colab-tunnel login (cloudflared&apos;s browser login), or keep an API token: colab-tunnel login --api-token-stdin</source>
        <translation>登录：colab-tunnel login（cloudflared 的浏览器登录），或保存 API 令牌：colab-tunnel login --api-token-stdin</translation>
    </message>
    <message>
        <source>Not logged in to Cloudflare: no API token in the keychain and no cert.pem.</source>
        <translation>未登录 Cloudflare：钥匙串中没有 API 令牌，也没有 cert.pem。</translation>
    </message>
    <message>
        <source>Not logged in to Cloudflare: %1</source>
        <translation>未登录 Cloudflare：%1</translation>
    </message>
    <message>
        <source>Cloudflare accepts the token from %1.</source>
        <translation>Cloudflare 接受来自 %1 的令牌。</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s API did not answer: %1</source>
        <translation>Cloudflare API 没有响应：%1</translation>
    </message>
    <message>
        <source>Check the network connection, then run the doctor again.</source>
        <translation>请检查网络连接，然后重新运行诊断。</translation>
    </message>
    <message>
        <source>Cloudflare refused the token from %1: %2</source>
        <translation>Cloudflare 拒绝了来自 %1 的令牌：%2</translation>
    </message>
    <message>
        <source>Log in again: colab-tunnel login --move-existing (or a new API token with colab-tunnel login --api-token-stdin).</source>
        <translation>请重新登录：colab-tunnel login --move-existing（或使用 colab-tunnel login --api-token-stdin 提供新的 API 令牌）。</translation>
    </message>
    <message>
        <source>Not known to the app: this runtime is not a slot made by colab-tunnel slot add.</source>
        <translation>本应用无从得知：此运行时不是由 colab-tunnel slot add 创建的隧道槽位。</translation>
    </message>
    <message>
        <source>Cannot ask Cloudflare: not logged in.</source>
        <translation>无法查询 Cloudflare：未登录。</translation>
    </message>
    <message>
        <source>Log in: colab-tunnel login</source>
        <translation>登录：colab-tunnel login</translation>
    </message>
    <message>
        <source>Re-run the Colab cell of this slot (%1), then check again.</source>
        <translation>请重新运行此隧道槽位的 Colab 代码单元格（%1），然后再检查一次。</translation>
    </message>
    <message>
        <source>The tunnel of %1 no longer exists at Cloudflare.</source>
        <translation>%1 的隧道在 Cloudflare 上已不存在。</translation>
    </message>
    <message>
        <source>Make the slot again: colab-tunnel slot remove %1, then colab-tunnel slot add %1 --domain %2.</source>
        <translation>请重新创建该隧道槽位：colab-tunnel slot remove %1，然后 colab-tunnel slot add %1 --domain %2。</translation>
    </message>
    <message>
        <source>Cloudflare did not give the tunnel&apos;s status: %1</source>
        <translation>Cloudflare 没有返回隧道的状态：%1</translation>
    </message>
    <message>
        <source>Check the network connection and the login (colab-tunnel login), then run the doctor again.</source>
        <translation>请检查网络连接和登录状态（colab-tunnel login），然后重新运行诊断。</translation>
    </message>
    <message>
        <source>Healthy: connected%1.</source>
        <translation>健康：已连接%1。</translation>
    </message>
    <message>
        <source>Degraded: some of its connections to Cloudflare failed%1.</source>
        <translation>降级：它与 Cloudflare 的部分连接失败%1。</translation>
    </message>
    <message>
        <source>It usually recovers by itself; if SSH fails, %1</source>
        <translation>通常会自行恢复；如果 SSH 连接失败，%1</translation>
    </message>
    <message>
        <source>Inactive: the tunnel never ran, so nothing answers at %1.</source>
        <translation>未激活：该隧道从未运行过，因此 %1 上没有任何响应。</translation>
    </message>
    <message>
        <source>Run this slot&apos;s Colab cell (%1; it uses the slot&apos;s token from colab-tunnel slot token %2).</source>
        <translation>请运行此隧道槽位的 Colab 代码单元格（%1；它使用 colab-tunnel slot token %2 给出的隧道槽位令牌）。</translation>
    </message>
    <message>
        <source>Down: no cloudflared is connected for this tunnel, so nothing answers at %1 (the Colab runtime stopped, or its cell was interrupted).</source>
        <translation>已断开：没有 cloudflared 连接到此隧道，因此 %1 上没有任何响应（Colab 运行时已停止，或其代码单元格被中断）。</translation>
    </message>
    <message>
        <source>Cloudflare reports a status the app does not know.</source>
        <translation>Cloudflare 报告了一个本应用无法识别的状态。</translation>
    </message>
    <message>
        <source>Something answered at %1, but not an SSH server (it said: %2).</source>
        <translation>%1 上有响应，但不是 SSH 服务器（它返回的是：%2）。</translation>
    </message>
    <message>
        <source>The SSH server greeted (%1), but the connection failed after it: %2</source>
        <translation>SSH 服务器已发送欢迎信息（%1），但之后连接失败：%2</translation>
    </message>
    <message>
        <source>Check again; if it repeats, re-run the Colab cell (%1).</source>
        <translation>请再检查一次；如果问题重复出现，请重新运行 Colab 代码单元格（%1）。</translation>
    </message>
    <message>
        <source>Re-run the Colab cell. A quick tunnel gets a new hostname every run: add the new one (paste the cell&apos;s output into the app, or colab-tunnel add --name %1 NEW-HOSTNAME).</source>
        <translation>请重新运行 Colab 代码单元格。快速隧道每次运行都会得到新的主机名：请添加新的主机名（将代码单元格的输出粘贴到本应用中，或运行 colab-tunnel add --name %1 NEW-HOSTNAME）。</translation>
    </message>
    <message>
        <source>Cloudflare has no tunnel running for %1 (cloudflared: &quot;websocket: bad handshake&quot;, the edge&apos;s error 1033 / HTTP 530): the Colab runtime stopped, its cell was interrupted, or a quick tunnel is still starting (that can take a minute).</source>
        <translation>Cloudflare 上没有为 %1 运行的隧道（cloudflared：&quot;websocket: bad handshake&quot;，边缘节点错误 1033 / HTTP 530）：Colab 运行时已停止、其代码单元格被中断，或者快速隧道仍在启动中（可能需要一分钟）。</translation>
    </message>
    <message>
        <source>%1 does not resolve: this tunnel is gone.</source>
        <translation>无法解析 %1：此隧道已不存在。</translation>
    </message>
    <message>
        <source>Add the runtime&apos;s current hostname: colab-tunnel add --name %1 HOSTNAME.</source>
        <translation>请添加运行时当前的主机名：colab-tunnel add --name %1 HOSTNAME。</translation>
    </message>
    <message>
        <source>No answer from %1 in time through cloudflared.</source>
        <translation>通过 cloudflared 连接 %1 时未能及时收到响应。</translation>
    </message>
    <message>
        <source>Check your network (a proxy or firewall may block Cloudflare), then that the Colab cell is still running.</source>
        <translation>请先检查你的网络（代理或防火墙可能拦截了 Cloudflare），再确认 Colab 代码单元格仍在运行。</translation>
    </message>
    <message>
        <source>The connection closed before anything came back (ssh says &quot;kex_exchange_identification: Connection closed by remote host&quot;): nothing listens behind %1 (sshd is not running in the runtime), or the proxy command is broken (%2).</source>
        <translation>在收到任何返回之前连接就已关闭（ssh 提示 &quot;kex_exchange_identification: Connection closed by remote host&quot;）：%1 后面没有任何程序在监听（运行时中没有运行 sshd），或者代理命令有问题（%2）。</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>无详细信息</translation>
    </message>
    <message>
        <source>Re-run the Colab cell (%1): it starts sshd and the tunnel. With your own ~/.ssh/config, the ProxyCommand must name cloudflared by its full path, in quotes when it has spaces (Windows: &quot;C:\Program Files (x86)\cloudflared\cloudflared.exe&quot; access ssh --hostname %h).</source>
        <translation>请重新运行 Colab 代码单元格（%1）：它会启动 sshd 和隧道。如果你使用自己的 ~/.ssh/config，ProxyCommand 必须用完整路径指定 cloudflared，路径含空格时要加引号（Windows：&quot;C:\Program Files (x86)\cloudflared\cloudflared.exe&quot; access ssh --hostname %h）。</translation>
    </message>
    <message>
        <source>Bytes come back from %1 through cloudflared.</source>
        <translation>通过 cloudflared 能收到来自 %1 的数据。</translation>
    </message>
    <message>
        <source>Install cloudflared, or choose its location in the settings.</source>
        <translation>请安装 cloudflared，或在设置中选择它的位置。</translation>
    </message>
    <message>
        <source>%1: first connection, pinned now in %2 (trust on first use).</source>
        <translation>%1：首次连接，现已记录到 %2（首次使用时信任）。</translation>
    </message>
    <message>
        <source>%1, as pinned in %2.</source>
        <translation>%1，与 %2 中记录的一致。</translation>
    </message>
    <message>
        <source>The runtime&apos;s host key is now %1, not the one pinned for %2 in %3. Someone may be intercepting the connection, so nothing was sent.</source>
        <translation>运行时的主机密钥现在是 %1，与 %3 中为 %2 记录的不一致。可能有人在拦截连接，因此没有发送任何内容。</translation>
    </message>
    <message>
        <source>If you restarted this runtime under the same hostname, remove and re-add it (colab-tunnel remove %1, then colab-tunnel add --name %1 %2). Otherwise do not connect.</source>
        <translation>如果你以相同的主机名重启了此运行时，请将其移除后重新添加（colab-tunnel remove %1，然后 colab-tunnel add --name %1 %2）。否则请不要连接。</translation>
    </message>
    <message>
        <source>Make sure %1 and its folder are yours and writable and the disk is not full.</source>
        <translation>请确保 %1 及其所在文件夹归你所有且可写，并且磁盘未满。</translation>
    </message>
    <message>
        <source>Logged in as root with the password.</source>
        <translation>已使用密码以 root 身份登录。</translation>
    </message>
    <message>
        <source>Logged in as root with the app&apos;s key.</source>
        <translation>已使用本应用的密钥以 root 身份登录。</translation>
    </message>
    <message>
        <source>The runtime did not accept the app&apos;s key, and there is no keychain to hold the SSH password.</source>
        <translation>运行时不接受本应用的密钥，并且没有可用于保存 SSH 密码的钥匙串。</translation>
    </message>
    <message>
        <source>The runtime did not accept the app&apos;s key, and no SSH password is stored.</source>
        <translation>运行时不接受本应用的密钥，并且尚未保存 SSH 密码。</translation>
    </message>
    <message>
        <source>Set the password your Colab cell set with Set password… in the app (kept for the session), or install a keyring and run colab-tunnel password set.</source>
        <translation>请在本应用中通过“设置密码…”设置你的 Colab 代码单元格所设置的密码（仅限本次会话），或安装一个密钥环并运行 colab-tunnel password set。</translation>
    </message>
    <message>
        <source>Store the password your Colab cell set: colab-tunnel password set (or Set password… in the app).</source>
        <translation>请保存你的 Colab 代码单元格所设置的密码：colab-tunnel password set（或在本应用中使用“设置密码…”）。</translation>
    </message>
    <message>
        <source>The runtime refused the app&apos;s key and the stored password.</source>
        <translation>运行时拒绝了本应用的密钥和已保存的密码。</translation>
    </message>
    <message>
        <source>Check that the password matches the one in the Colab cell, then set it again: colab-tunnel password set (or Set password… in the app).</source>
        <translation>请确认密码与 Colab 代码单元格中的一致，然后重新设置：colab-tunnel password set（或在本应用中使用“设置密码…”）。</translation>
    </message>
    <message>
        <source>Re-run the app&apos;s Colab cell: it exports the notebook&apos;s environment (PATH, LD_LIBRARY_PATH and the CUDA variables) for SSH sessions.</source>
        <translation>请重新运行本应用的 Colab 代码单元格：它会为 SSH 会话导出笔记本的环境变量（PATH、LD_LIBRARY_PATH 和 CUDA 相关变量）。</translation>
    </message>
    <message>
        <source>If you need a GPU: in Colab, Runtime ▸ Change runtime type ▸ a GPU, then re-run the cell.</source>
        <translation>如果你需要 GPU：在 Colab 中选择“运行时 ▸ 更改运行时类型”，选择一种 GPU，然后重新运行代码单元格。</translation>
    </message>
    <message>
        <source>The runtime has a GPU device, but nvidia-smi is not on PATH in SSH sessions.</source>
        <translation>运行时有 GPU 设备，但在 SSH 会话中 nvidia-smi 不在 PATH 上。</translation>
    </message>
    <message>
        <source>No GPU: nvidia-smi is not installed (a CPU runtime).</source>
        <translation>没有 GPU：未安装 nvidia-smi（CPU 运行时）。</translation>
    </message>
    <message>
        <source>nvidia-smi fails over SSH (exit %1: %2).</source>
        <translation>nvidia-smi 通过 SSH 运行失败（退出码 %1：%2）。</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>无输出</translation>
    </message>
    <message>
        <source>No GPU: nvidia-smi finds none (a CPU runtime).</source>
        <translation>没有 GPU：nvidia-smi 未找到任何 GPU（CPU 运行时）。</translation>
    </message>
    <message>
        <source>Colab Tunnel doctor</source>
        <translation>Colab Tunnel 诊断</translation>
    </message>
    <message>
        <source>Runtime %1 (%2):</source>
        <translation>运行时 %1（%2）：</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Still checking…</source>
        <translation>仍在检查…</translation>
    </message>
    <message>
        <source>Every link works.</source>
        <translation>每个环节都正常。</translation>
    </message>
    <message>
        <source>A link is broken: see the ✗ step and its fix.</source>
        <translation>有环节出了问题：请查看标有 ✗ 的步骤及其修复方法。</translation>
    </message>
    <message>
        <source>Give the slot its own host key once: colab-tunnel slot add %1 --domain %2, then put the value of colab-tunnel slot token %1 in the notebook&apos;s COLAB_TUNNEL_TOKEN secret and run the cell again. If the cell already has it, do not connect.</source>
        <translation>请为该槽位生成一次它自己的主机密钥：colab-tunnel slot add %1 --domain %2，然后将 colab-tunnel slot token %1 的值填入笔记本的 COLAB_TUNNEL_TOKEN 密钥，并重新运行代码单元格。如果代码单元格已经使用了这个值，请不要连接。</translation>
    </message>
    <message>
        <source>The runtime&apos;s tunnel must point at %1: re-run the app&apos;s Colab cell (%2).</source>
        <translation>运行时的隧道必须指向 %1：请重新运行本应用的 Colab 代码单元格（%2）。</translation>
    </message>
</context>
<context>
    <name>colab::DomainPage</name>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>Your domain</source>
        <translation>你的域名</translation>
    </message>
    <message>
        <source>Its DNS must be at Cloudflare: the tunnel&apos;s hostnames are made in it.</source>
        <translation>该域名的 DNS 必须托管在 Cloudflare：隧道的主机名会创建在这个域名下。</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>域名(&amp;D)：</translation>
    </message>
    <message>
        <source>Asking public DNS about %1…</source>
        <translation>正在向公共 DNS 查询 %1…</translation>
    </message>
    <message>
        <source>Public DNS names these name servers: %1.</source>
        <translation>公共 DNS 给出的 DNS 服务器：%1。</translation>
    </message>
    <message>
        <source>At Cloudflare the zone is %1.</source>
        <translation>Cloudflare 上该区域的状态为 %1。</translation>
    </message>
    <message>
        <source>&lt;i&gt;Pending&lt;/i&gt; means Cloudflare has not yet seen its name servers at your registrar. After you change them this can take from minutes to a day; this page checks again every 30 seconds, and you may go on meanwhile: the hostname works once the zone is active.</source>
        <translation>&lt;i&gt;Pending&lt;/i&gt;（待生效）表示 Cloudflare 尚未在你的域名注册商处看到它的 DNS 服务器。更改后可能需要几分钟到一天；本页面每 30 秒重新检查一次，你也可以先继续：区域生效后主机名即可使用。</translation>
    </message>
    <message>
        <source>The zone&apos;s status is checked after you authorise Colab Tunnel at Cloudflare.</source>
        <translation>在 Cloudflare 上为 Colab Tunnel 授权后，才会检查该区域的状态。</translation>
    </message>
    <message>
        <source>%1 is ready for tunnels.</source>
        <translation>%1 已可用于隧道。</translation>
    </message>
    <message>
        <source>%1 is at Cloudflare; you can go on.</source>
        <translation>%1 已托管在 Cloudflare，可以继续。</translation>
    </message>
    <message>
        <source>%1 is not ready yet: see below for what to change.</source>
        <translation>%1 尚未就绪：请按下方说明进行更改。</translation>
    </message>
</context>
<context>
    <name>colab::DonePage</name>
    <message>
        <source>Your runtime is ready</source>
        <translation>你的运行时已就绪</translation>
    </message>
    <message>
        <source>Open in &amp;VS Code</source>
        <translation>在 VS Code 中打开(&amp;V)</translation>
    </message>
    <message>
        <source>Open in &amp;PyCharm</source>
        <translation>在 PyCharm 中打开(&amp;P)</translation>
    </message>
    <message>
        <source>In a terminal: &lt;code&gt;ssh colab-%1&lt;/code&gt;</source>
        <translation>在终端中运行：&lt;code&gt;ssh colab-%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Its hostname stays the same: run the same cell on your next runtime.</source>
        <translation>它的主机名保持不变：下次在新的运行时上运行同一个代码单元格即可。</translation>
    </message>
    <message>
        <source>A quick tunnel gets a new hostname each time: run the cell again on your next runtime and it is re-pointed here by itself.</source>
        <translation>快速隧道每次都会得到新的主机名：下次在新的运行时上再次运行该代码单元格，它会自动重新指向这里。</translation>
    </message>
    <message>
        <source>It stays in the dashboard and the tray menu, with its GPU, memory and disk.</source>
        <translation>它会一直显示在仪表板和托盘菜单中，并附带 GPU、内存和磁盘信息。</translation>
    </message>
    <message>
        <source>Runtime &lt;b&gt;%1&lt;/b&gt; at %2: %3.</source>
        <translation>运行时 &lt;b&gt;%1&lt;/b&gt;（%2）：%3。</translation>
    </message>
    <message>
        <source>Opening VS Code… it may take a few seconds to appear.</source>
        <translation>正在打开 VS Code… 可能需要几秒钟才会出现。</translation>
    </message>
    <message>
        <source>Opening PyCharm… it may take a few seconds to appear.</source>
        <translation>正在打开 PyCharm… 可能需要几秒钟才会出现。</translation>
    </message>
</context>
<context>
    <name>colab::GuiApp</name>
    <message>
        <source>The report is on the clipboard (it holds no password or token).</source>
        <translation>报告已复制到剪贴板（其中不含密码或令牌）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> · GPU %1 %</source>
        <translation> · GPU 使用率 %1%</translation>
    </message>
    <message>
        <source> · no GPU</source>
        <translation> · 无 GPU</translation>
    </message>
    <message>
        <source>A colab-tunnel link was refused: %1</source>
        <translation>已拒绝一个 colab-tunnel 链接：%1</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>没有钥匙串</translation>
    </message>
    <message>
        <source>Keep the password in memory until Colab Tunnel quits? It is never written to disk; you will be asked again next time.</source>
        <translation>在 Colab Tunnel 退出前将密码保存在内存中？密码绝不会写入磁盘；下次启动时会再次询问你。</translation>
    </message>
</context>
<context>
    <name>colab::LaunchRunner</name>
    <message>
        <source>The local port for the IDE closed (cloudflared exited with %1): %2</source>
        <translation>供 IDE 使用的本地端口已关闭（cloudflared 已退出，退出码 %1）：%2</translation>
    </message>
    <message>
        <source>cloudflared did not open 127.0.0.1:%1 within %2 s.</source>
        <translation>cloudflared 未能在 %2 秒内打开 127.0.0.1:%1。</translation>
    </message>
    <message>
        <source>Nothing can open this link on this system.</source>
        <translation>此系统上没有可以打开此链接的程序。</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>%1 exited at once (status %2)%3</source>
        <translation>%1 启动后立即退出（状态 %2）%3</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>已打开 %1。</translation>
    </message>
</context>
<context>
    <name>colab::LiveSession</name>
    <message>
        <source>The runtime stopped answering: Cloudflare no longer reaches it (its tunnel is down). Colab may have stopped it; it is checked again until it is back.</source>
        <translation>运行时已停止响应：Cloudflare 无法再连接到它（它的隧道已断开）。可能是 Colab 停止了它；程序会持续检查，直到它恢复。</translation>
    </message>
    <message>
        <source>The connection to the runtime closed (cloudflared: %1). The runtime may have stopped.</source>
        <translation>与运行时的连接已关闭（cloudflared：%1）。运行时可能已停止。</translation>
    </message>
    <message>
        <source>The connection to the runtime was lost (%1). The runtime stopped or the network dropped; it is checked again until it is back.</source>
        <translation>与运行时的连接已丢失（%1）。运行时已停止或网络已断开；程序会持续检查，直到它恢复。</translation>
    </message>
    <message>
        <source>end of stream</source>
        <translation>数据流已结束</translation>
    </message>
    <message>
        <source>The runtime has not answered for %1 s: it stalled, or the network to it did. It is checked again until it is back.</source>
        <translation>运行时已有 %1 秒没有响应：它卡住了，或者通往它的网络卡住了。程序会持续检查，直到它恢复。</translation>
    </message>
    <message>
        <source>The live view ended on the runtime (exit status %1%2).</source>
        <translation>运行时上的实时视图已结束（退出状态 %1%2）。</translation>
    </message>
</context>
<context>
    <name>colab::LocalForward</name>
    <message>
        <source>127.0.0.1:%1 is in use by another program: %2</source>
        <translation>127.0.0.1:%1 已被其他程序占用：%2</translation>
    </message>
</context>
<context>
    <name>colab::LoginRunner</name>
    <message>
        <source>cloudflared could not be started: %1</source>
        <translation>无法启动 cloudflared：%1</translation>
    </message>
    <message>
        <source>No certificate arrived within %1 minutes (the login page may not have been completed). Run colab-tunnel login again.</source>
        <translation>%1 分钟内未收到证书（可能未完成登录页面上的操作）。请重新运行 colab-tunnel login。</translation>
    </message>
    <message>
        <source>Login cancelled; nothing was changed.</source>
        <translation>已取消登录；未做任何更改。</translation>
    </message>
    <message>
        <source>Logged in: the certificate is at %1.</source>
        <translation>已登录：证书位于 %1。</translation>
    </message>
    <message>
        <source>A certificate already exists at %1; cloudflared left it unchanged.</source>
        <translation>%1 处已有证书；cloudflared 未对其做任何更改。</translation>
    </message>
    <message>
        <source>cloudflared tunnel login ended (%1) without writing a certificate: %2</source>
        <translation>cloudflared tunnel login 已结束（%1），但未写入证书：%2</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>退出状态 %1</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>已崩溃</translation>
    </message>
    <message>
        <source>Cannot move %1 aside to %2.</source>
        <translation>无法将 %1 移至 %2 作为备份。</translation>
    </message>
</context>
<context>
    <name>colab::MainWindow</name>
    <message>
        <source>Colab Tunnel</source>
        <translation>Colab Tunnel</translation>
    </message>
    <message>
        <source>&amp;Add runtime…</source>
        <translation>添加运行时(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a runtime from a hostname, a link or the Colab cell&apos;s output (%1)</source>
        <translation>通过主机名、链接或 Colab 代码单元格的输出添加运行时（%1）</translation>
    </message>
    <message>
        <source>&amp;Setup wizard…</source>
        <translation>设置向导(&amp;S)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Open in &amp;VS Code</source>
        <translation>在 VS Code 中打开(&amp;V)</translation>
    </message>
    <message>
        <source>Open in &amp;PyCharm</source>
        <translation>在 PyCharm 中打开(&amp;P)</translation>
    </message>
    <message>
        <source>Open &amp;Terminal</source>
        <translation>打开终端(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy ssh command</source>
        <translation>复制 ssh 命令(&amp;C)</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>立即检查(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>SSH &amp;password…</source>
        <translation>SSH 密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Runtime</source>
        <translation>运行时(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Colab Tunnel</source>
        <translation>关于 Colab Tunnel(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Runtimes</source>
        <translation>运行时列表</translation>
    </message>
    <message>
        <source>Host key changed</source>
        <translation>主机密钥已更改</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>可用 %1 / 共 %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>No runtimes yet</source>
        <translation>还没有运行时</translation>
    </message>
    <message>
        <source>Run the setup wizard to prepare the Colab cell, or paste what your Colab notebook printed (a &lt;i&gt;trycloudflare.com&lt;/i&gt; hostname, a colab-tunnel:// link or colab_ssh&apos;s output).</source>
        <translation>运行设置向导来准备 Colab 代码单元格，或粘贴你的 Colab 笔记本输出的内容（&lt;i&gt;trycloudflare.com&lt;/i&gt; 主机名、colab-tunnel:// 链接或 colab_ssh 的输出）。</translation>
    </message>
    <message>
        <source>Run the &amp;setup wizard</source>
        <translation>运行设置向导(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Paste Colab output…</source>
        <translation>粘贴 Colab 输出(&amp;P)…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The clipboard holds a Colab runtime: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>剪贴板中有一个 Colab 运行时：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>设置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Remove runtime</source>
        <translation>移除运行时</translation>
    </message>
    <message>
        <source>Remove %1? Its entry leaves ~/.ssh/config; the runtime itself keeps running.</source>
        <translation>要移除 %1 吗？它在 ~/.ssh/config 中的条目会被删除；运行时本身会继续运行。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>About Colab Tunnel</source>
        <translation>关于 Colab Tunnel</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Colab Tunnel %1&lt;/h3&gt;&lt;p&gt;Work on a Google Colab GPU runtime from VS Code or PyCharm over SSH through a Cloudflare tunnel.&lt;/p&gt;&lt;p&gt;Passwords and tokens stay in your system keychain. Colab allows SSH on paid runtimes only.&lt;/p&gt;&lt;p&gt;Built with Qt %2, libssh and QtKeychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Colab Tunnel %1&lt;/h3&gt;&lt;p&gt;通过 Cloudflare 隧道经 SSH 在 VS Code 或 PyCharm 中使用 Google Colab GPU 运行时。&lt;/p&gt;&lt;p&gt;密码和令牌保存在你的系统钥匙串中。Colab 仅允许在付费运行时上使用 SSH。&lt;/p&gt;&lt;p&gt;基于 Qt %2、libssh 和 QtKeychain 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source> · host key %1</source>
        <translation> · 主机密钥 %1</translation>
    </message>
    <message>
        <source>Use in P&amp;yCharm…</source>
        <translation>在 PyCharm 中使用(&amp;Y)…</translation>
    </message>
</context>
<context>
    <name>colab::ModePage</name>
    <message>
        <source>&amp;Quick tunnel (no account needed)</source>
        <translation>快速隧道（无需账户）(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Own domain on Cloudflare (stable hostnames)</source>
        <translation>Cloudflare 上的自有域名（主机名固定不变）(&amp;O)</translation>
    </message>
    <message>
        <source>How should the runtime be reached?</source>
        <translation>要如何连接到运行时？</translation>
    </message>
    <message>
        <source>Nothing to sign up for. Each runtime gets a new random *.trycloudflare.com name; the cell hands it to this app with a link or the clipboard.</source>
        <translation>无需注册。每个运行时都会获得一个新的随机 *.trycloudflare.com 名称；代码单元格会通过链接或剪贴板将其交给本应用。</translation>
    </message>
    <message>
        <source>For a domain whose DNS is at Cloudflare (a free account is enough). Each slot gets a name such as gpu.example.com that stays the same for every runtime, so IDE settings keep working; the dashboard reads its status from Cloudflare.</source>
        <translation>适用于 DNS 托管在 Cloudflare 的域名（免费账户即可）。每个槽位都会获得一个像 gpu.example.com 这样的名称，对所有运行时保持不变，因此 IDE 设置始终有效；仪表板会从 Cloudflare 读取其状态。</translation>
    </message>
</context>
<context>
    <name>colab::NamedTunnelStatus</name>
    <message>
        <source>Cannot read the named tunnels&apos; status from Cloudflare: %1</source>
        <translation>无法从 Cloudflare 读取命名隧道的状态：%1</translation>
    </message>
</context>
<context>
    <name>colab::PasswordDialog</name>
    <message>
        <source>SSH password</source>
        <translation>SSH 密码</translation>
    </message>
    <message>
        <source>The password your Colab cell sets for root. One password serves every runtime, and every cell you make from now on sets it. It is kept in your system keychain, never in a file.</source>
        <translation>你的 Colab 代码单元格为 root 设置的密码。所有运行时共用一个密码，此后你生成的每个代码单元格都会设置它。它保存在你的系统钥匙串中，绝不写入文件。</translation>
    </message>
</context>
<context>
    <name>colab::PasswordEditor</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>密码强度</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>显示或隐藏密码</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>colab::PasswordPage</name>
    <message>
        <source>&amp;Keep the stored password</source>
        <translation>保留已存储的密码(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Generate a strong password</source>
        <translation>生成高强度密码(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Type my own password</source>
        <translation>自己输入密码(&amp;T)</translation>
    </message>
    <message>
        <source>Keep it for this &amp;session only</source>
        <translation>仅限本次会话保留(&amp;S)</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>SSH 密码</translation>
    </message>
    <message>
        <source>Root&apos;s password on the runtime. The cell gets only a salted hash of it; Colab Tunnel keeps it in your system keychain, never in a file. Connections normally use the app&apos;s key instead.</source>
        <translation>运行时上 root 的密码。代码单元格只会获得它的加盐哈希；Colab Tunnel 将它保存在你的系统钥匙串中，绝不写入文件。连接通常改用本应用的密钥。</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>换一个(&amp;W)</translation>
    </message>
    <message>
        <source>Generate another password</source>
        <translation>生成另一个密码</translation>
    </message>
    <message>
        <source>Asking the keychain whether a password is stored…</source>
        <translation>正在向钥匙串查询是否已存储密码…</translation>
    </message>
    <message>
        <source>The stored password stays; the cell uses it.</source>
        <translation>保留已存储的密码；代码单元格会使用它。</translation>
    </message>
    <message>
        <source>Storing the password in the keychain…</source>
        <translation>正在将密码存入钥匙串…</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>已存入钥匙串。</translation>
    </message>
    <message>
        <source>The keychain did not store it: %1
You can keep the password for this session only: Colab Tunnel then forgets it when it quits, so after a restart it cannot log in with the password until you enter it again (runtimes that already have the app&apos;s key still connect).</source>
        <translation>钥匙串未能存储密码：%1
你可以仅在本次会话中保留密码：Colab Tunnel 退出时会忘记它，因此重启后，在你再次输入之前无法用密码登录（已有本应用密钥的运行时仍可连接）。</translation>
    </message>
</context>
<context>
    <name>colab::PyCharmDialog</name>
    <message>
        <source>Copy pass&amp;word</source>
        <translation>复制密码(&amp;W)</translation>
    </message>
    <message>
        <source>Use %1 in PyCharm</source>
        <translation>在 PyCharm 中使用 %1</translation>
    </message>
    <message>
        <source>PyCharm runs your project&apos;s code on the runtime through an SSH interpreter. This runtime always has the same local port, so the interpreter you add once keeps working in every Colab session, as long as Colab Tunnel runs.</source>
        <translation>PyCharm 通过 SSH 解释器在运行时上运行你项目的代码。这个运行时的本地端口始终不变，所以只要 Colab Tunnel 在运行，你添加一次的解释器在每个 Colab 会话中都能继续使用。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>Copy host</source>
        <translation>复制主机</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Copy port</source>
        <translation>复制端口</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Copy username</source>
        <translation>复制用户名</translation>
    </message>
    <message>
        <source>Private &amp;key file:</source>
        <translation>私钥文件(&amp;K)：</translation>
    </message>
    <message>
        <source>Copy private key file</source>
        <translation>复制私钥文件</translation>
    </message>
    <message>
        <source>&amp;Interpreter:</source>
        <translation>解释器(&amp;I)：</translation>
    </message>
    <message>
        <source>Copy interpreter</source>
        <translation>复制解释器</translation>
    </message>
    <message>
        <source>Remote &amp;folder:</source>
        <translation>远程文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Copy remote folder</source>
        <translation>复制远程文件夹</translation>
    </message>
    <message>
        <source>Copy SSH password</source>
        <translation>复制 SSH 密码</translation>
    </message>
    <message>
        <source>For password authentication instead of the key: puts the SSH password on the clipboard for %1 seconds.</source>
        <translation>用密码而不是密钥认证时使用：把 SSH 密码放到剪贴板上 %1 秒。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;In PyCharm (Professional, 2023.2 or later):&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open your project, then &lt;b&gt;Settings&lt;/b&gt; (Ctrl+Alt+S) ▸ &lt;b&gt;Project&lt;/b&gt; ▸ &lt;b&gt;Python Interpreter&lt;/b&gt; ▸ &lt;b&gt;Add Interpreter&lt;/b&gt; ▸ &lt;b&gt;On SSH…&lt;/b&gt;&lt;/li&gt;&lt;li&gt;Choose &lt;b&gt;New&lt;/b&gt;; enter the host, port and username above; &lt;b&gt;Next&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Accept the runtime&apos;s host key when PyCharm shows its fingerprint.&lt;/li&gt;&lt;li&gt;Authentication: &lt;b&gt;Key pair&lt;/b&gt; with the private key file above, no passphrase (or &lt;b&gt;Password&lt;/b&gt;, with Copy password); &lt;b&gt;Next&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Choose &lt;b&gt;System Interpreter&lt;/b&gt; with the interpreter above, set &lt;b&gt;Sync folders&lt;/b&gt; to the remote folder above, then &lt;b&gt;Create&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Next session: re-run the Colab cell and add its new hostname under the same name here. PyCharm keeps the interpreter and its port; it asks once to accept the new runtime&apos;s host key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;在 PyCharm（专业版 2023.2 或更高版本）中：&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;打开你的项目，然后 &lt;b&gt;设置&lt;/b&gt;（Ctrl+Alt+S）▸ &lt;b&gt;项目&lt;/b&gt; ▸ &lt;b&gt;Python 解释器&lt;/b&gt; ▸ &lt;b&gt;添加解释器&lt;/b&gt; ▸ &lt;b&gt;基于 SSH…&lt;/b&gt;&lt;/li&gt;&lt;li&gt;选择 &lt;b&gt;新建&lt;/b&gt;；填入上面的主机、端口和用户名；点 &lt;b&gt;下一步&lt;/b&gt;。&lt;/li&gt;&lt;li&gt;PyCharm 显示运行时的主机密钥指纹时，接受它。&lt;/li&gt;&lt;li&gt;认证方式：&lt;b&gt;密钥对&lt;/b&gt;，使用上面的私钥文件，不设口令（或选 &lt;b&gt;密码&lt;/b&gt;，用“复制密码”）；点 &lt;b&gt;下一步&lt;/b&gt;。&lt;/li&gt;&lt;li&gt;选择 &lt;b&gt;系统解释器&lt;/b&gt;，填入上面的解释器，把 &lt;b&gt;同步文件夹&lt;/b&gt; 设为上面的远程文件夹，然后点 &lt;b&gt;创建&lt;/b&gt;。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;下次会话：重新运行 Colab 代码单元格，并在这里以同样的名称添加它的新主机名。PyCharm 会保留解释器和端口，只会询问一次是否接受新运行时的主机密钥。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open with JetBrains &amp;Gateway instead</source>
        <translation>改用 JetBrains Gateway 打开(&amp;G)</translation>
    </message>
    <message>
        <source>Opens the whole project on the runtime with JetBrains Gateway (a remote IDE backend) instead of an SSH interpreter in your local PyCharm.</source>
        <translation>用 JetBrains Gateway（远程 IDE 后端）在运行时上打开整个项目，而不是在本地 PyCharm 中使用 SSH 解释器。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>已复制 %1。</translation>
    </message>
    <message>
        <source>The key is made at the first login with the SSH password; until then, use password authentication.</source>
        <translation>密钥会在第一次用 SSH 密码登录时生成；在此之前，请使用密码认证。</translation>
    </message>
    <message>
        <source>No SSH password is stored.</source>
        <translation>没有保存 SSH 密码。</translation>
    </message>
    <message>
        <source>The SSH password is on the clipboard for %1 seconds.</source>
        <translation>SSH 密码已放到剪贴板上，%1 秒后清除。</translation>
    </message>
</context>
<context>
    <name>colab::RuntimeCheck</name>
    <message>
        <source>The runtime answered, but its session was not kept.</source>
        <translation>运行时已响应，但其会话未能保持。</translation>
    </message>
</context>
<context>
    <name>colab::RuntimeDetailsPane</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>立即检查(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>诊断(&amp;D)</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>复制报告(&amp;R)</translation>
    </message>
    <message>
        <source>Runtime details</source>
        <translation>运行时详情</translation>
    </message>
    <message>
        <source>Check each link from this computer to the runtime, in order, and say what is broken</source>
        <translation>按顺序检查从这台电脑到运行时的每个环节，并指出哪里出了问题</translation>
    </message>
    <message>
        <source>Copy the doctor&apos;s findings (no passwords or tokens)</source>
        <translation>复制诊断结果（不含密码或令牌）</translation>
    </message>
    <message>
        <source>Diagnosis steps</source>
        <translation>诊断步骤</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No runtime selected</source>
        <translation>未选择运行时</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Connect with ssh %1.</source>
        <translation>使用 ssh %1 连接。</translation>
    </message>
    <message>
        <source>Last checked at %1.</source>
        <translation>上次检查时间：%1。</translation>
    </message>
    <message>
        <source>Hostname: %1</source>
        <translation>主机名：%1</translation>
    </message>
    <message>
        <source>At Cloudflare: %1</source>
        <translation>Cloudflare 状态：%1</translation>
    </message>
    <message>
        <source>Latency: %1 ms</source>
        <translation>延迟：%1 ms</translation>
    </message>
    <message>
        <source>Host key: %1</source>
        <translation>主机密钥：%1</translation>
    </message>
    <message>
        <source>GPU: %1</source>
        <translation>GPU：%1</translation>
    </message>
    <message>
        <source>RAM: %1 free of %2</source>
        <translation>RAM：可用 %1 / 共 %2</translation>
    </message>
    <message>
        <source>Disk: %1 free</source>
        <translation>磁盘：可用 %1</translation>
    </message>
    <message>
        <source>Python: %1</source>
        <translation>Python 版本：%1</translation>
    </message>
    <message>
        <source>Up for %1</source>
        <translation>已运行 %1</translation>
    </message>
    <message>
        <source>Recent problems:</source>
        <translation>最近的问题：</translation>
    </message>
    <message>
        <source>Cancel &amp;diagnosis</source>
        <translation>取消诊断(&amp;D)</translation>
    </message>
    <message>
        <source>Diagnosing…</source>
        <translation>正在诊断…</translation>
    </message>
    <message>
        <source>Every link works.</source>
        <translation>每个环节都正常。</translation>
    </message>
    <message>
        <source>Next check at %1.</source>
        <translation>下次检查时间：%1。</translation>
    </message>
    <message>
        <source>CPU use, last 10 minutes</source>
        <translation>CPU 使用率（最近 10 分钟）</translation>
    </message>
    <message>
        <source>GPU use</source>
        <translation>GPU 使用率</translation>
    </message>
    <message>
        <source>GPU memory, last 10 minutes</source>
        <translation>GPU 显存（最近 10 分钟）</translation>
    </message>
    <message>
        <source>Diagnose checks each link from this computer to the runtime in order — cloudflared, Cloudflare, the tunnel, the runtime&apos;s SSH server, the login — and says which one is broken and how to fix it.</source>
        <translation>“诊断”会按顺序检查从这台计算机到运行时的每个环节——cloudflared、Cloudflare、隧道、运行时的 SSH 服务器、登录——并指出哪个环节出了问题以及如何修复。</translation>
    </message>
    <message>
        <source>This report is from %1; the runtime is online now. Diagnose again for a current one.</source>
        <translation>此报告生成于 %1；运行时现已在线。请重新诊断以获取最新报告。</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <source>The diagnosis ended before every link was checked.</source>
        <translation>诊断在检查完所有环节之前就结束了。</translation>
    </message>
</context>
<context>
    <name>colab::SecretStore</name>
    <message>
        <source>No secret is stored yet.</source>
        <translation>尚未保存任何凭据。</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Start your desktop&apos;s keyring (GNOME Keyring, KWallet) or keep the password for this session only.</source>
        <translation>没有可用的系统钥匙串（%1）。请启动桌面的密钥环（GNOME Keyring、KWallet），或者选择仅在本次会话中保留密码。</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock it and try again.</source>
        <translation>系统钥匙串拒绝了访问（%1）。请将其解锁后重试。</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>系统钥匙串报告了错误：%1</translation>
    </message>
</context>
<context>
    <name>colab::SettingsDialog</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Why the settings were not saved</source>
        <translation>设置未保存的原因</translation>
    </message>
    <message>
        <source>Opening a runtime</source>
        <translation>打开运行时</translation>
    </message>
    <message>
        <source>Default IDE</source>
        <translation>默认 IDE</translation>
    </message>
    <message>
        <source>What a double-click or Enter on a runtime in the list opens.</source>
        <translation>在列表中双击运行时或按 Enter 时打开的程序。</translation>
    </message>
    <message>
        <source>VS Code</source>
        <translation>VS Code</translation>
    </message>
    <message>
        <source>PyCharm (JetBrains Gateway)</source>
        <translation>PyCharm (JetBrains Gateway)</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Open runtimes &amp;in:</source>
        <translation>运行时打开方式(&amp;I)：</translation>
    </message>
    <message>
        <source>Remote folder</source>
        <translation>远程文件夹</translation>
    </message>
    <message>
        <source>The folder on the runtime that VS Code and PyCharm open (an absolute path, such as /content or /content/drive/MyDrive/project). A runtime added with its own folder keeps it.</source>
        <translation>VS Code 和 PyCharm 在运行时上打开的文件夹（绝对路径，例如 /content 或 /content/drive/MyDrive/project）。添加时指定了自己文件夹的运行时会保留该文件夹。</translation>
    </message>
    <message>
        <source>&amp;Remote folder:</source>
        <translation>远程文件夹(&amp;R)：</translation>
    </message>
    <message>
        <source>cloudflared on this computer</source>
        <translation>本机上的 cloudflared</translation>
    </message>
    <message>
        <source>cloudflared path</source>
        <translation>cloudflared 路径</translation>
    </message>
    <message>
        <source>The cloudflared program every connection goes through. Leave empty to look on PATH and where the official installers put it.</source>
        <translation>所有连接都要经过的 cloudflared 程序。留空则在 PATH 以及官方安装程序的默认安装位置中查找。</translation>
    </message>
    <message>
        <source>Find it automatically</source>
        <translation>自动查找</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Browse for cloudflared</source>
        <translation>浏览 cloudflared</translation>
    </message>
    <message>
        <source>Choose the cloudflared program in a file dialog.</source>
        <translation>在文件对话框中选择 cloudflared 程序。</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>程序(&amp;P)：</translation>
    </message>
    <message>
        <source>cloudflared found</source>
        <translation>cloudflared 查找结果</translation>
    </message>
    <message>
        <source>Checking runtimes</source>
        <translation>检查运行时</translation>
    </message>
    <message>
        <source>Online check interval in seconds</source>
        <translation>在线检查间隔（秒）</translation>
    </message>
    <message>
        <source>How often a runtime that is online but not streaming samples is checked. Three times as long while the window is hidden.</source>
        <translation>对在线但未传输实时采样的运行时进行检查的频率。窗口隐藏时，间隔延长为三倍。</translation>
    </message>
    <message>
        <source>&amp;Online check every:</source>
        <translation>在线检查间隔(&amp;O)：</translation>
    </message>
    <message>
        <source>Live sample interval in seconds</source>
        <translation>实时采样间隔（秒）</translation>
    </message>
    <message>
        <source>How often GPU, memory and disk use are read from an online runtime while the window is visible (every 10 s or slower while it is hidden).</source>
        <translation>窗口可见时，从在线运行时读取 GPU、内存和磁盘使用情况的频率（窗口隐藏时为每 10 秒或更慢）。</translation>
    </message>
    <message>
        <source>&amp;Live samples every:</source>
        <translation>实时采样间隔(&amp;L)：</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>&amp;Start Colab Tunnel when I log in</source>
        <translation>登录时启动 Colab Tunnel(&amp;S)</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>登录时启动</translation>
    </message>
    <message>
        <source>Starts in the tray, without a window, when you log in.</source>
        <translation>登录时在托盘中启动，不打开窗口。</translation>
    </message>
    <message>
        <source>Starts Colab Tunnel when you log in.</source>
        <translation>登录时启动 Colab Tunnel。</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>关闭窗口后在托盘中继续运行(&amp;K)</translation>
    </message>
    <message>
        <source>Close to tray</source>
        <translation>关闭到托盘</translation>
    </message>
    <message>
        <source>Closing the window keeps checking your runtimes from the tray; Quit ends the app. Off: closing the window quits.</source>
        <translation>关闭窗口后仍会在托盘中继续检查你的运行时；选择“退出”才会结束程序。关闭此选项时，关闭窗口即退出程序。</translation>
    </message>
    <message>
        <source>&amp;Watch the clipboard for Colab runtimes</source>
        <translation>监视剪贴板中的 Colab 运行时(&amp;W)</translation>
    </message>
    <message>
        <source>Watch the clipboard</source>
        <translation>监视剪贴板</translation>
    </message>
    <message>
        <source>When you copy what the Colab cell printed, offer to add the runtime. Nothing copied leaves this computer.</source>
        <translation>复制 Colab 代码单元格输出的内容时，提示添加该运行时。复制的内容不会离开这台计算机。</translation>
    </message>
    <message>
        <source>Show noti&amp;fications</source>
        <translation>显示通知(&amp;F)</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>显示通知</translation>
    </message>
    <message>
        <source>A desktop notification when a runtime comes online, goes offline or its host key changes. Problems stay in the window either way.</source>
        <translation>运行时上线、离线或主机密钥更改时显示桌面通知。无论是否开启，问题都会显示在窗口中。</translation>
    </message>
    <message>
        <source>Choose cloudflared</source>
        <translation>选择 cloudflared</translation>
    </message>
    <message>
        <source>Looking for cloudflared…</source>
        <translation>正在查找 cloudflared…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of the window, the tray and the command line.</source>
        <translation>窗口、托盘和命令行使用的语言。</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Takes effect the next time Colab Tunnel starts.</source>
        <translation>下次启动 Colab Tunnel 时生效。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a setting&apos;s explanation, then why it is unavailable</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>此桌面没有系统托盘。</translation>
    </message>
</context>
<context>
    <name>colab::SetupAssistant</name>
    <message>
        <source>Not logged in to Cloudflare: authorise first.</source>
        <translation>尚未登录 Cloudflare：请先授权。</translation>
    </message>
    <message>
        <source>%1 is not a tunnel slot of this app.</source>
        <translation>%1 不是本应用创建的隧道槽位。</translation>
    </message>
</context>
<context>
    <name>colab::SetupWizard</name>
    <message>
        <source>Set up Colab Tunnel</source>
        <translation>设置 Colab Tunnel</translation>
    </message>
</context>
<context>
    <name>colab::SlotManager</name>
    <message>
        <source>Looking up the zone %1...</source>
        <translation>正在查找区域 %1...</translation>
    </message>
    <message>
        <source>Cannot look up the zone %1:</source>
        <translation>无法查找区域 %1：</translation>
    </message>
    <message>
        <source>%1 is not a zone of this Cloudflare account. Add the domain in Cloudflare&apos;s dashboard (and check it with: colab-tunnel dns-check %1).</source>
        <translation>%1 不是此 Cloudflare 账户中的区域。请在 Cloudflare 仪表板中添加该域名（并用 colab-tunnel dns-check %1 进行检查）。</translation>
    </message>
    <message>
        <source>Cloudflare did not say which account %1 belongs to.</source>
        <translation>Cloudflare 未说明 %1 属于哪个账户。</translation>
    </message>
    <message>
        <source>Note: the zone %1 is %2, not active yet; the hostname works once its name servers are Cloudflare&apos;s (colab-tunnel dns-check %1).</source>
        <translation>注意：区域 %1 的状态为 %2，尚未激活；待其 DNS 服务器切换到 Cloudflare 后，该主机名即可使用（colab-tunnel dns-check %1）。</translation>
    </message>
    <message>
        <source>Checking the DNS records of %1...</source>
        <translation>正在检查 %1 的 DNS 记录...</translation>
    </message>
    <message>
        <source>Cannot read the DNS records of %1:</source>
        <translation>无法读取 %1 的 DNS 记录：</translation>
    </message>
    <message>
        <source>%1 already has a %2 record (%3) that is not this app&apos;s; it was left unchanged. Choose another slot name, or remove that record in Cloudflare&apos;s dashboard.</source>
        <translation>%1 已有一条 %2 记录（%3），它不属于本应用，因此未作更改。请换一个槽位名称，或在 Cloudflare 仪表板中移除该记录。</translation>
    </message>
    <message>
        <source>Cannot list the account&apos;s tunnels:</source>
        <translation>无法列出该账户的隧道：</translation>
    </message>
    <message>
        <source>%1 already points at another tunnel (%2), not %3; it was left unchanged. Choose another slot name, or remove that record in Cloudflare&apos;s dashboard.</source>
        <translation>%1 已指向另一个隧道（%2）而非 %3，因此未作更改。请换一个槽位名称，或在 Cloudflare 仪表板中移除该记录。</translation>
    </message>
    <message>
        <source>Reusing the tunnel %1 (%2).</source>
        <translation>复用现有隧道 %1（%2）。</translation>
    </message>
    <message>
        <source>Creating the tunnel %1...</source>
        <translation>正在创建隧道 %1...</translation>
    </message>
    <message>
        <source>Cannot create the tunnel %1:</source>
        <translation>无法创建隧道 %1：</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s answer did not name the new tunnel&apos;s id.</source>
        <translation>Cloudflare 的响应中没有给出新隧道的 id。</translation>
    </message>
    <message>
        <source>Cannot set the tunnel&apos;s ingress rules:</source>
        <translation>无法设置隧道的入口规则：</translation>
    </message>
    <message>
        <source>Reusing the DNS record %1 → %2.</source>
        <translation>复用现有 DNS 记录 %1 → %2。</translation>
    </message>
    <message>
        <source>Creating the DNS record %1 → %2...</source>
        <translation>正在创建 DNS 记录 %1 → %2...</translation>
    </message>
    <message>
        <source>Cannot create the DNS record for %1:</source>
        <translation>无法为 %1 创建 DNS 记录：</translation>
    </message>
    <message>
        <source>Cannot fetch the tunnel&apos;s run token:</source>
        <translation>无法获取隧道的运行令牌：</translation>
    </message>
    <message>
        <source>Slot %1 is ready: %2 → tunnel %3 (%4).</source>
        <translation>槽位 %1 已就绪：%2 → 隧道 %3（%4）。</translation>
    </message>
    <message>
        <source>The tunnel %1 this run created was deleted again.</source>
        <translation>已删除本次运行创建的隧道 %1。</translation>
    </message>
    <message>
        <source>The tunnel %1 this run created could not be deleted (%2); run the same slot add again to finish it, or slot remove to delete it.</source>
        <translation>本次运行创建的隧道 %1 无法删除（%2）；请再次运行相同的 slot add 命令以完成创建，或运行 slot remove 将其删除。</translation>
    </message>
    <message>
        <source>The DNS record this run created was deleted again. </source>
        <translation>已删除本次运行创建的 DNS 记录。 </translation>
    </message>
    <message>
        <source>The DNS record %1 this run created could not be deleted (%2). </source>
        <translation>本次运行创建的 DNS 记录 %1 无法删除（%2）。 </translation>
    </message>
    <message>
        <source>Looking for the DNS record of %1...</source>
        <translation>正在查找 %1 的 DNS 记录...</translation>
    </message>
    <message>
        <source>Cannot read the DNS records of %1: %2</source>
        <translation>无法读取 %1 的 DNS 记录：%2</translation>
    </message>
    <message>
        <source>Deleting the tunnel %1 (its connections first)...</source>
        <translation>正在删除隧道 %1（先删除其连接）...</translation>
    </message>
    <message>
        <source>Cannot delete the tunnel %1: %2</source>
        <translation>无法删除隧道 %1：%2</translation>
    </message>
    <message>
        <source>Removed the slot %1: its DNS record and tunnel are deleted.</source>
        <translation>已移除槽位 %1：其 DNS 记录和隧道均已删除。</translation>
    </message>
    <message>
        <source>Deleting the DNS record %1...</source>
        <translation>正在删除 DNS 记录 %1...</translation>
    </message>
    <message>
        <source>Cannot delete the DNS record %1: %2</source>
        <translation>无法删除 DNS 记录 %1：%2</translation>
    </message>
    <message>
        <source>Cloudflare&apos;s tunnel list names %1 with a malformed id.</source>
        <translation>Cloudflare 隧道列表中 %1 的 id 格式有误。</translation>
    </message>
    <message>
        <source>Cannot read the configuration of the tunnel %1:</source>
        <translation>无法读取隧道 %1 的配置：</translation>
    </message>
    <message>
        <source>The account already has a tunnel called %1 (id %2, created %3) that Colab Tunnel did not make for %4; it was left unchanged and its run token was not read. Choose another slot name, or rename or delete that tunnel in Cloudflare&apos;s dashboard (Zero Trust ▸ Networks ▸ Tunnels).</source>
        <translation>该账户中已有一个名为 %1 的隧道（id %2，创建时间：%3），它不是 Colab Tunnel 为 %4 创建的，因此未作更改，也没有读取它的运行令牌。请换一个槽位名称，或在 Cloudflare 仪表板中重命名或删除该隧道（Zero Trust ▸ Networks ▸ Tunnels）。</translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 points at the tunnel %2, which is not %3; it was left unchanged. Choose another slot name, or remove that record in Cloudflare&apos;s dashboard.</source>
        <translation>%1 指向隧道 %2，而不是 %3，因此未作更改。请换一个槽位名称，或在 Cloudflare 仪表板中移除该记录。</translation>
    </message>
    <message>
        <source>Cannot look up the tunnel %1 points at:</source>
        <translation>无法查找 %1 所指向的隧道：</translation>
    </message>
    <message>
        <source>Deleting the DNS record %1 left by an earlier slot (its tunnel is gone)...</source>
        <translation>正在删除之前的槽位遗留的 DNS 记录 %1（其隧道已不存在）...</translation>
    </message>
    <message>
        <source>Cannot delete the old DNS record of %1:</source>
        <translation>无法删除 %1 的旧 DNS 记录：</translation>
    </message>
    <message>
        <source>Whether the tunnel %1 was made could not be checked (%2); run the same slot add again to finish it, or slot remove to delete it.</source>
        <translation>无法确认隧道 %1 是否已创建（%2）；请再次运行相同的 slot add 命令以完成创建，或运行 slot remove 将其删除。</translation>
    </message>
    <message>
        <source>The DNS record %1 this run may have created could not be checked (%2). </source>
        <translation>无法检查本次运行可能创建的 DNS 记录 %1（%2）。 </translation>
    </message>
    <message>
        <source>Routing %1 to %2...</source>
        <translation>正在将 %1 路由到 %2...</translation>
    </message>
</context>
<context>
    <name>colab::SlotPage</name>
    <message>
        <source>C&amp;reate the tunnel</source>
        <translation>创建隧道(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>取消(&amp;A)</translation>
    </message>
    <message>
        <source>A tunnel slot</source>
        <translation>隧道槽位</translation>
    </message>
    <message>
        <source>A named tunnel and its hostname in your domain. What exists already is reused.</source>
        <translation>一个命名隧道及其在你的域名下的主机名。已存在的部分会被复用。</translation>
    </message>
    <message>
        <source>Slot name</source>
        <translation>槽位名称</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>已完成的步骤</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Cancelled. What was already made at Cloudflare is reused when you create it again.</source>
        <translation>已取消。再次创建时，会复用已在 Cloudflare 上创建的内容。</translation>
    </message>
    <message>
        <source>Hostname: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>主机名：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Creating at Cloudflare…</source>
        <translation>正在 Cloudflare 上创建…</translation>
    </message>
    <message>
        <source>Created %1: connect with &lt;b&gt;ssh colab-%2&lt;/b&gt;.</source>
        <translation>已创建 %1：使用 &lt;b&gt;ssh colab-%2&lt;/b&gt; 连接。</translation>
    </message>
    <message>
        <source>%1 is set up already and is reused: connect with &lt;b&gt;ssh colab-%2&lt;/b&gt;.</source>
        <translation>%1 已设置过，将直接复用：使用 &lt;b&gt;ssh colab-%2&lt;/b&gt; 连接。</translation>
    </message>
</context>
<context>
    <name>colab::SlotSetup</name>
    <message>
        <source>Adding %1 to Colab Tunnel…</source>
        <translation>正在将 %1 添加到 Colab Tunnel…</translation>
    </message>
    <message>
        <source>%1 The slot exists at Cloudflare; run the same slot add again to finish.</source>
        <translation>%1 该隧道槽位已在 Cloudflare 上创建；请再次运行相同的 slot add 命令以完成设置。</translation>
    </message>
    <message>
        <source>Pinning the slot&apos;s own host key…</source>
        <translation>正在记录该槽位自己的主机密钥…</translation>
    </message>
    <message>
        <source>%1 is not a tunnel slot of this app.</source>
        <translation>%1 不是本应用创建的隧道槽位。</translation>
    </message>
    <message>
        <source>Not logged in to Cloudflare, so the run token cannot be fetched again.</source>
        <translation>尚未登录 Cloudflare，无法重新获取运行令牌。</translation>
    </message>
    <message>
        <source>Cannot fetch the run token of %1: %2</source>
        <translation>无法获取 %1 的运行令牌：%2</translation>
    </message>
    <message>
        <source>The name %1 is already used for %2; choose another slot name or remove that runtime first.</source>
        <translation>名称 %1 已被 %2 使用；请选择其他槽位名称，或先移除该运行时。</translation>
    </message>
</context>
<context>
    <name>colab::TrayIcon</name>
    <message>
        <source>Colab Tunnel</source>
        <translation>Colab Tunnel</translation>
    </message>
    <message>
        <source>Show Colab Tunnel</source>
        <translation>显示 Colab Tunnel</translation>
    </message>
    <message>
        <source>Add runtime…</source>
        <translation>添加运行时…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Colab Tunnel keeps running</source>
        <translation>Colab Tunnel 仍在运行</translation>
    </message>
    <message>
        <source>It keeps watching your runtimes here. Quit from this icon&apos;s menu or with Ctrl+Q.</source>
        <translation>它会继续在这里监视你的运行时。可通过此图标的菜单或按 Ctrl+Q 退出。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Open in VS Code</source>
        <translation>在 VS Code 中打开</translation>
    </message>
    <message>
        <source>Open in PyCharm</source>
        <translation>在 PyCharm 中打开</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Copy ssh command</source>
        <translation>复制 ssh 命令</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <source>Show in the window…</source>
        <translation>在窗口中显示…</translation>
    </message>
</context>
<context>
    <name>colab::TunnelActions</name>
    <message>
        <source>Runtime not online</source>
        <translation>运行时不在线</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>立即检查(&amp;N)</translation>
    </message>
    <message>
        <source>Open &amp;anyway</source>
        <translation>仍然打开(&amp;A)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Copied: ssh %1</source>
        <translation>已复制：ssh %1</translation>
    </message>
    <message>
        <source>The IDE would not get through until the runtime answers. Check now opens it once it is online.</source>
        <translation>运行时响应之前，IDE 无法连接。“立即检查”会在运行时上线后打开 IDE。</translation>
    </message>
    <message>
        <source>Checking %1; it opens as soon as it is online.</source>
        <translation>正在检查 %1；它一上线就会打开 IDE。</translation>
    </message>
    <message>
        <source>%1 did not come online within %2 s; nothing was opened.</source>
        <translation>%1 未在 %2 秒内上线；没有打开任何内容。</translation>
    </message>
</context>
<context>
    <name>colab::TunnelMonitor</name>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>No cloudflared is connected to tunnel %1 (Cloudflare says it is down): the Colab cell stopped; re-run it.</source>
        <translation>没有 cloudflared 连接到隧道 %1（Cloudflare 显示其已停止）：Colab 代码单元格已停止运行，请重新运行。</translation>
    </message>
    <message>
        <source>No cloudflared is connected to tunnel %1 (Cloudflare says it never ran): the Colab cell has not run with this slot&apos;s token yet; run it (colab-tunnel slot token %2).</source>
        <translation>没有 cloudflared 连接到隧道 %1（Cloudflare 显示其从未运行）：Colab 代码单元格尚未使用此槽位的令牌运行过，请运行它（colab-tunnel slot token %2）。</translation>
    </message>
    <message>
        <source>Tunnel %1 is up at Cloudflare (%2), but the runtime&apos;s SSH server does not answer: sshd is not running in the runtime. Re-run the Colab cell if it does not come back.</source>
        <translation>隧道 %1 在 Cloudflare 上已启动（%2），但运行时的 SSH 服务器没有响应：运行时中的 sshd 未在运行。如果它没有恢复，请重新运行 Colab 代码单元格。</translation>
    </message>
    <message>
        <source>This quick tunnel has ended: it has been offline for %1 minutes, and its hostname does not come back once its cloudflared has stopped. Re-run the Colab cell and add the new hostname (or check it again).</source>
        <translation>此快速隧道已结束：它已离线 %1 分钟，而且 cloudflared 停止后其主机名不会再恢复。请重新运行 Colab 代码单元格并添加新的主机名（或再检查一次）。</translation>
    </message>
</context>
<context>
    <name>colab::TunnelRegistry</name>
    <message>
        <source>Removed %1.</source>
        <translation>已移除 %1。</translation>
    </message>
    <message>
        <source>Added %1 (%2). Connect with ssh %3.</source>
        <translation>已添加 %1（%2）。使用 ssh %3 连接。</translation>
    </message>
    <message>
        <source>%1 now points at %2.</source>
        <translation>%1 现在指向 %2。</translation>
    </message>
    <message>
        <source>%1 already points at %2.</source>
        <translation>%1 已指向 %2。</translation>
    </message>
</context>
<context>
    <name>colab::TunnelTableModel</name>
    <message>
        <source>CPU %1 %</source>
        <translation>CPU %1 %</translation>
    </message>
    <message>
        <source>%1 % · %2 %</source>
        <translation>%1 % · %2 %</translation>
    </message>
    <message>
        <source>Live figures appear once the runtime is online.</source>
        <translation>运行时在线后才会显示实时数据。</translation>
    </message>
    <message>
        <source>The line is CPU use over the last 10 minutes.</source>
        <translation>曲线为最近 10 分钟的 CPU 使用率。</translation>
    </message>
    <message>
        <source>The line is GPU use, the shaded area GPU memory, over the last 10 minutes.</source>
        <translation>曲线为最近 10 分钟的 GPU 使用率，阴影区域为 GPU 显存占用。</translation>
    </message>
    <message>
        <source>ssh %1</source>
        <translation>ssh %1</translation>
    </message>
    <message>
        <source>Host key: %1</source>
        <translation>主机密钥：%1</translation>
    </message>
    <message>
        <source>Tunnel at Cloudflare: %1</source>
        <translation>Cloudflare 上的隧道：%1</translation>
    </message>
    <message>
        <source>%1 free of %2</source>
        <translation>可用 %1，共 %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Online · %1</source>
        <translation>在线 · %1</translation>
    </message>
</context>
<context>
    <name>colab::WelcomePage</name>
    <message>
        <source>Welcome to Colab Tunnel</source>
        <translation>欢迎使用 Colab Tunnel</translation>
    </message>
    <message>
        <source>Work on a Colab GPU runtime from VS Code or PyCharm, over SSH through a Cloudflare tunnel.</source>
        <translation>在 VS Code 或 PyCharm 中使用 Colab GPU 运行时，通过 Cloudflare 隧道以 SSH 连接。</translation>
    </message>
    <message>
        <source>&lt;p&gt;This wizard will:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;find &lt;b&gt;cloudflared&lt;/b&gt;, the tunnel program, on this computer;&lt;/li&gt;&lt;li&gt;with your own domain only: check its DNS, authorise Colab Tunnel at Cloudflare in your browser and create a tunnel with a stable hostname;&lt;/li&gt;&lt;li&gt;keep an SSH password in your system keychain (never in a file);&lt;/li&gt;&lt;li&gt;make the Colab notebook cell that starts SSH and the tunnel on the runtime;&lt;/li&gt;&lt;li&gt;wait for the runtime and open it in your IDE.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;此向导将：&lt;/p&gt;&lt;ol&gt;&lt;li&gt;在本机上查找隧道程序 &lt;b&gt;cloudflared&lt;/b&gt;；&lt;/li&gt;&lt;li&gt;仅限自有域名模式：检查其 DNS，在浏览器中授权 Colab Tunnel 访问 Cloudflare，并创建一个主机名固定的隧道；&lt;/li&gt;&lt;li&gt;将 SSH 密码保存在系统钥匙串中（绝不写入文件）；&lt;/li&gt;&lt;li&gt;生成在运行时上启动 SSH 和隧道的 Colab 笔记本代码单元格；&lt;/li&gt;&lt;li&gt;等待运行时就绪，并在你的 IDE 中打开它。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Note:&lt;/b&gt; Colab allows SSH on paid runtimes only (Colab Pro, Pro+ or pay as you go). On a free runtime it is against Colab&apos;s terms and the runtime may be stopped.</source>
        <translation>&lt;b&gt;注意：&lt;/b&gt;Colab 仅允许在付费运行时（Colab Pro、Pro+ 或随用随付）上使用 SSH。在免费运行时上使用违反 Colab 的条款，运行时可能会被停止。</translation>
    </message>
    <message>
        <source>cloudflared %1 is installed.</source>
        <translation>cloudflared %1 已安装。</translation>
    </message>
    <message>
        <source>Colab Tunnel is authorised at Cloudflare.</source>
        <translation>Colab Tunnel 已在 Cloudflare 上获得授权。</translation>
    </message>
    <message numerus="yes">
        <source>%n tunnel slot(s) with your own domain exist.</source>
        <translation>
            <numerusform>已有 %n 个使用自有域名的隧道槽位。</numerusform>
        </translation>
    </message>
    <message>
        <source>An SSH password is stored.</source>
        <translation>SSH 密码已保存。</translation>
    </message>
    <message numerus="yes">
        <source>%n runtime(s) are in the dashboard.</source>
        <translation>
            <numerusform>仪表板中有 %n 个运行时。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Already done (kept as it is):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;已完成（保持不变）：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Set up: %1.</source>
        <translation>已设置：%1。</translation>
    </message>
</context>
</TS>
