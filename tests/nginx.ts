import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { NGINX_FILE } from '../src/deploy/files.ts';
import { NGINX_DEFAULTS, nginxServer } from '../src/deploy/render.ts';

/** nginx from MLR_NGINX, the Debian path, or the PATH; undefined when none is installed. */
export function findNginx(): string | undefined {
  const candidates = [process.env.MLR_NGINX, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'];
  const inPath = (process.env.PATH ?? '').split(':').map((dir) => join(dir, 'nginx'));
  return [...candidates, ...inPath].find((path): path is string => !!path && existsSync(path));
}

/** Why the nginx tests cannot run here, or undefined when they can. CI must never skip them. */
export function nginxMissing(): string | undefined {
  if (findNginx()) return undefined;
  const reason =
    'nginx is not installed, so the deploy/nginx.conf tests cannot serve the site through it ' +
    '(Debian/Ubuntu: apt-get install -y nginx, or set MLR_NGINX to its path; .ci/run installs it)';
  if (process.env.CI) throw new Error(`${reason}. CI must run these tests.`);
  return reason;
}

export interface NginxSite {
  /** The URL path the site was built for. */
  base: string;
  /** The built site. */
  dir: string;
  port: number;
}

/**
 * Serves built sites through the server block of deploy/nginx.conf: the committed file itself for a
 * root build (only its `listen` and `root` lines changed), and the same generator's block for a
 * sub-path build. nginx runs in the foreground from a temporary prefix, on 127.0.0.1 only.
 */
export async function startNginx(sites: NginxSite[]): Promise<{ stop: () => Promise<void> }> {
  const nginx = findNginx();
  if (!nginx) throw new Error('nginx is not installed');
  const prefix = await mkdtemp(join(tmpdir(), 'mlr-nginx-'));
  // When started as root, nginx's workers run as another user: they must reach the files.
  await chmod(prefix, 0o755);
  const committed = await readFile(NGINX_FILE, 'utf8');
  const blocks: string[] = [];
  for (const { base, dir, port } of sites) {
    const listen = `127.0.0.1:${port}`;
    if (base === '/') {
      const block = committed
        .replace(`listen ${NGINX_DEFAULTS.listen};`, `listen ${listen};`)
        .replace(`root ${NGINX_DEFAULTS.root};`, `root ${resolve(dir)};`);
      if (block === committed) throw new Error(`${NGINX_FILE} no longer has the listen and root lines`);
      blocks.push(block);
    } else {
      // nginx's root holds the build at the base path, as it would on a real server.
      const root = join(prefix, `www-${port}`);
      await mkdir(dirname(join(root, base)), { recursive: true });
      await symlink(resolve(dir), join(root, base.replace(/\/$/, '')));
      blocks.push(nginxServer({ base, root, listen }));
    }
  }
  const temp = (name: string) => `${name}_temp_path ${join(prefix, name)};`;
  await writeFile(
    join(prefix, 'nginx.conf'),
    [
      process.getuid?.() === 0 ? `user ${userInfo().username};` : '',
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${temp(name)}`),
      ...blocks,
      '}',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], {
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', done));
  // Ready once every port answers; an nginx that exits early explains why.
  const ready = Promise.all(sites.map(({ port }) => waitForPort(port)));
  const outcome = await Promise.race([ready.then(() => 'ready' as const), exited]);
  if (outcome !== 'ready') {
    const log = await readFile(join(prefix, 'error.log'), 'utf8').catch(() => '');
    await rm(prefix, { recursive: true, force: true });
    throw new Error(`nginx exited (${outcome}):\n${stderr}${log}`);
  }
  return {
    stop: async () => {
      child.kill('SIGQUIT');
      await exited;
      await rm(prefix, { recursive: true, force: true });
    },
  };
}

async function waitForPort(port: number): Promise<void> {
  for (;;) {
    const up = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (up) return;
    await new Promise((done) => setTimeout(done, 100));
  }
}
