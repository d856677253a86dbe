/**
 * Starting and stopping the tool server: storage opened and migrated, a signing key made on the first start, the
 * outbox worker and the clearing of spent sign-ins started, HTTP on the address given (127.0.0.1:8080 by default), and the routes printed. Stopping is
 * graceful: no new connections, requests in flight finished, the outbox's batch finished, storage closed.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { GradeService } from './ags.js';
import { createApp, ROUTES } from './app.js';
import { AttemptCache } from './attempt-cache.js';
import { writeAttempts } from './attempts.js';
import type { ServerContext } from './context.js';
import { openDatabase, type Database } from './db.js';
import { Grader } from './grading.js';
import { GroupCommit } from './group-commit.js';
import { ToolKeys } from './keys.js';
import { jsonLogger, type Logger } from './log.js';
import { migrate } from './migrations.js';
import { keepSignInsClear } from './housekeeping.js';
import { OutboxWorker, type OutboxOptions } from './outbox.js';
import { registerPlatform, type PlatformRegistration } from './platforms.js';
import { SessionTokens } from './session-token.js';

export interface ServeOptions {
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** A Postgres URL; PGlite when absent. */
  readonly databaseUrl?: string;
  /** PGlite's folder; in memory when absent (and no databaseUrl). */
  readonly dataDir?: string;
  readonly contentDir: string;
  readonly siteDir: string;
  /** Where LMSs reach the server; http://host:port when absent. */
  readonly publicUrl?: string;
  readonly platforms?: readonly PlatformRegistration[];
  /** Show /teacher without an LMS; by default only on loopback. */
  readonly localTeacher?: boolean;
  readonly outbox?: OutboxOptions;
  readonly log?: Logger;
  readonly now?: () => number;
}

export interface RunningServer {
  readonly url: string;
  readonly db: Database;
  readonly context: ServerContext;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const log = options.log ?? jsonLogger((line) => process.stdout.write(line));
  const host = options.host ?? '127.0.0.1';
  const db = await openDatabase({ url: options.databaseUrl, dataDir: options.dataDir });
  const applied = await migrate(db);
  if (applied.length > 0) log.info('migrated', { database: db.kind, versions: applied });
  for (const p of options.platforms ?? []) await registerPlatform(db, p);
  const keys = new ToolKeys(db);
  await keys.ensure();
  const tokens = await SessionTokens.load(db);
  const outbox = new OutboxWorker(db, new GradeService(keys), log, options.outbox);
  // The context is completed once the port is known (publicUrl may depend on it).
  const settings = {
    publicUrl: options.publicUrl ?? '',
    siteDir: options.siteDir,
    localTeacher: options.localTeacher ?? LOOPBACK.has(host),
  };
  const grader = new Grader(options.contentDir);
  // A course file with errors is not followed (the picker lists lessons by name): say why once, at start.
  for (const issue of grader.courseIssues) log.warn('course file', { issue });
  const context: ServerContext = {
    db,
    grader,
    attempts: new AttemptCache(),
    writes: new GroupCommit((batch) => writeAttempts(db, batch)),
    keys,
    tokens,
    outbox,
    log,
    settings,
    now: options.now ?? Date.now,
  };
  const app = createApp(context);
  const server = await new Promise<ReturnType<typeof serve>>((ready, fail) => {
    const s = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 8080 }, () => {
      ready(s);
    });
    s.once('error', fail);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  settings.publicUrl ||= url;
  outbox.start();
  const stopClearing = keepSignInsClear(db, log);
  if (!existsSync(join(options.siteDir, 'player.html')))
    log.warn('no player to serve: learners’ launches will show an empty frame until `npm run build` writes it', {
      site: options.siteDir,
    });
  log.info('listening', {
    url,
    publicUrl: settings.publicUrl,
    database: db.kind,
    routes: ROUTES.map(([route]) => route),
  });
  let closing: Promise<void> | undefined;
  return {
    url,
    db,
    context,
    close: () =>
      (closing ??= (async () => {
        await new Promise<void>((done) => {
          server.close(() => {
            done();
          });
          // Keep-alive connections idle now would hold close() open; the ones mid-request finish first.
          (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
        });
        stopClearing();
        await outbox.stop();
        await db.close();
        log.info('stopped');
      })()),
  };
}
