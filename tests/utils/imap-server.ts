// A real IMAP server for tests: Debian's Dovecot (dovecot-imapd, installed by .ci/run), started by the test
// with a configuration of its own in a temporary folder — 127.0.0.1 on a free port, one passwd-file user,
// Maildir storage in that folder, no system service. As root (CI), the login and mail processes run as the
// package's unprivileged users (dovenull, dovecot), as Dovecot requires; otherwise as the current user
// (checked by hand as `nobody`).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os, { userInfo } from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';

const DOVECOT = '/usr/sbin/dovecot';

export interface ImapServer {
  host: string;
  port: number;
  user: string;
  password: string;
  /** A connected client of the test's own (for APPEND and looking at folders); logged out on stop. */
  connect(): Promise<ImapFlow>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once the server greets on `port`. */
async function greeted(port: number, child: ChildProcess, deadline: number): Promise<boolean> {
  while (Date.now() < deadline && child.exitCode === null) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('data', (data) => {
        socket.destroy();
        resolve(data.toString().startsWith('* OK'));
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** Numeric uid/gid of a system user, from /etc/passwd. */
async function systemUser(name: string): Promise<{ uid: number; gid: number }> {
  const line = (await readFile('/etc/passwd', 'utf8')).split('\n').find((l) => l.startsWith(`${name}:`));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined)
    throw new Error(`user ${name} is missing: is dovecot-imapd installed (apt-get install dovecot-imapd)?`);
  return { uid: Number(uid), gid: Number(gid) };
}

/** The name of group `gid`, from /etc/group. */
async function groupName(gid: number): Promise<string> {
  const line = (await readFile('/etc/group', 'utf8'))
    .split('\n')
    .find((l) => l.split(':')[2] === String(gid));
  const name = line?.split(':')[0];
  if (!name) throw new Error(`group ${gid} is not in /etc/group`);
  return name;
}

/** Starts Dovecot with one mailbox user; stop() ends it and removes its folder. */
export async function startImapServer(
  user = 'helpdesk@loket.test',
  password = 'imap-test-secret',
): Promise<ImapServer> {
  if (!existsSync(DOVECOT))
    throw new Error(`${DOVECOT} is missing: install dovecot-imapd (apt-get install -y dovecot-imapd)`);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'loket-imap-'));
  const mailDir = path.join(dir, 'mail');
  await mkdir(mailDir);
  const me = userInfo();
  const root = me.uid === 0;
  // Dovecot refuses to run its login processes as root: the package's own users take their place.
  const login = root ? 'dovenull' : me.username;
  const internal = root ? 'dovecot' : me.username;
  // Its sockets are given this group: as non-root, only one's own group can be given.
  const internalGroup = root ? 'dovecot' : await groupName(me.gid);
  const owner = root ? await systemUser('dovecot') : { uid: me.uid, gid: me.gid };
  if (root) {
    await chmod(dir, 0o755); // the unprivileged processes must reach their sockets and the mail
    await chown(mailDir, owner.uid, owner.gid);
  }
  const port = await freePort();
  await writeFile(path.join(dir, 'passwd'), `${user}:{PLAIN}${password}::::::\n`);
  await writeFile(
    path.join(dir, 'dovecot.conf'),
    `protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
instance_name = loket-imap-${port}
log_path = ${dir}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = ${internal}
default_internal_group = ${internalGroup}
default_login_user = ${login}
first_valid_uid = 1
first_valid_gid = 1
mail_location = maildir:${mailDir}/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${owner.uid} gid=${owner.gid} home=${mailDir}/%u
}
namespace inbox {
  inbox = yes
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
  chroot =
}
service anvil {
  chroot =
}
`,
  );
  const child = spawn(DOVECOT, ['-F', '-c', path.join(dir, 'dovecot.conf')], { stdio: 'pipe' });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (!(await greeted(port, child, Date.now() + 15_000))) {
    const log = await readFile(path.join(dir, 'dovecot.log'), 'utf8').catch(() => '');
    child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
    throw new Error(`Dovecot did not start:\n${output}\n${log}`);
  }
  const clients: ImapFlow[] = [];
  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    async connect() {
      const client = new ImapFlow({
        host: '127.0.0.1',
        port,
        secure: false,
        auth: { user, pass: password },
        logger: false,
        disableAutoIdle: true,
      });
      client.on('error', () => undefined);
      await client.connect();
      clients.push(client);
      return client;
    },
    async stop() {
      for (const c of clients) await c.logout().catch(() => c.close());
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
