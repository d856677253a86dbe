/**
 * A throwaway Postgres for the tests and the bench: Debian's postgresql binaries (.ci/run installs them), a new
 * cluster in a temporary folder, trust authentication on 127.0.0.1 at a free port; stopped, restarted (a fault the
 * tests inject) and removed on demand. Postgres refuses to run as root, so as root it runs as the postgres user.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface TestPostgres {
  readonly url: string;
  /** The same server through its Unix socket (no TCP on the way): what a server on the database's host uses. */
  readonly socketUrl: string;
  /** The postmaster's process id, while it runs (the bench reads its CPU time). */
  pid(): number;
  stop(): void;
  start(): void;
  /** Stops and starts the server (fast shutdown: connections are cut, as in a crash or failover). */
  restart(): void;
  remove(): void;
}

/** A port free on 127.0.0.1 at this moment. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => {
        done(port);
      });
    });
  });
}

export async function startPostgres(): Promise<TestPostgres> {
  if (!existsSync(join(BIN, 'initdb')))
    throw new Error(
      `${BIN}/initdb is missing: the server tests need Debian's postgresql (apt-get install postgresql, as .ci/run does).`,
    );
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'gd-tutor-pg-'));
  const data = join(dir, 'data');
  if (root) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const run = (tool: string, args: string[]): void => {
    const [cmd, argv] = root
      ? ['runuser', ['-u', 'postgres', '--', join(BIN, tool), ...args]]
      : [join(BIN, tool), args];
    const r = spawnSync(cmd, argv, { encoding: 'utf8', timeout: 60_000 });
    if (r.status !== 0) throw new Error(`${tool} failed (${r.status}): ${r.stderr || r.stdout}`);
  };
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
  const start = () => {
    run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  };
  const stop = () => {
    run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  };
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    socketUrl: `postgres://postgres@/postgres?host=${encodeURIComponent(dir)}&port=${port}`,
    pid: () => Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]),
    start,
    stop,
    restart: () => {
      stop();
      start();
    },
    remove: () => {
      try {
        stop();
      } catch {
        // Already stopped.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
