/**
 * What the server tests share: the tool server (src/server) started in-process on loopback with PGlite or a
 * throwaway Postgres, a mock platform registered with it, a client that goes through the OIDC login and launch the
 * way a browser does (cookies, redirects, form posts), and a simulated player that produces the log the real one
 * sends (src/tutor's Session, encoded as SCORM suspend data by src/lms).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadLesson, type CompiledExercise, type CompiledLesson } from '../../src/content/index.js';
import { encodeSuspend, SUSPEND_LIMIT } from '../../src/lms/suspend.js';
import { MemoryStorage, Session, type SavedSession } from '../../src/tutor/index.js';
import { openPglite } from '../../src/server/db.js';
import { silentLogger } from '../../src/server/log.js';
import { startServer, type RunningServer, type ServeOptions } from '../../src/server/serve.js';
import { MockPlatform, type LaunchSpec } from './mock-platform.js';
import { startPostgres, type TestPostgres } from './postgres.js';

export const REPO = resolve(import.meta.dirname, '../..');
export type Store = 'pglite' | 'postgres';
/** Both stores in every suite; GD_SERVER_STORES=pglite narrows a local run. */
export const STORES: readonly Store[] = (process.env.GD_SERVER_STORES?.split(',') as Store[] | undefined) ?? [
  'pglite',
  'postgres',
];

const TEMPLATE = join(tmpdir(), 'gd-tutor-pglite-template-v1');

/**
 * A fresh PGlite folder at `dir`, copied from a template made once per machine: PGlite's initdb takes seconds (WebAssembly),
 * opening an initialised folder a fraction of one. Test files racing to make the template each make their own and keep the first.
 */
export async function freshPglite(dir: string): Promise<string> {
  if (!existsSync(TEMPLATE)) {
    const mine = mkdtempSync(join(tmpdir(), 'gd-tutor-pglite-new-'));
    const db = await openPglite(join(mine, 'data'));
    await db.close();
    try {
      renameSync(join(mine, 'data'), TEMPLATE);
    } catch {
      // Another test file made it first.
    }
    rmSync(mine, { recursive: true, force: true });
  }
  cpSync(TEMPLATE, dir, { recursive: true });
  return dir;
}

export interface Tool {
  readonly server: RunningServer;
  readonly platform: MockPlatform;
  readonly url: string;
  readonly postgres: TestPostgres | undefined;
  readonly siteDir: string;
  /** The row count of a table: how tests see that nothing was stored. */
  count(table: string): Promise<number>;
  close(): Promise<void>;
}

export async function startTool(
  store: Store,
  options: Partial<ServeOptions> & { siteDir?: string; dataDir?: string } = {},
): Promise<Tool> {
  const platform = await new MockPlatform().start();
  const postgres = store === 'postgres' ? await startPostgres() : undefined;
  const ownSite = options.siteDir === undefined ? mkdtempSync(join(tmpdir(), 'gd-tutor-site-')) : undefined;
  const siteDir = options.siteDir ?? ownSite!;
  const scratch = mkdtempSync(join(tmpdir(), 'gd-tutor-db-'));
  const dataDir = store === 'pglite' ? (options.dataDir ?? (await freshPglite(join(scratch, 'db')))) : undefined;
  const server = await startServer({
    port: 0,
    contentDir: join(REPO, 'content'),
    log: silentLogger,
    localTeacher: false,
    outbox: { baseDelayMs: 50, pollMs: 100 },
    platforms: [platform.registration()],
    ...options,
    siteDir,
    ...(postgres ? { databaseUrl: postgres.url } : { dataDir }),
  });
  platform.toolUrl = server.url;
  return {
    server,
    platform,
    url: server.url,
    postgres,
    siteDir,
    count: async (table) => Number((await server.db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n),
    close: async () => {
      await server.close();
      await platform.close();
      postgres?.remove();
      if (ownSite) rmSync(ownSite, { recursive: true, force: true });
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

export interface Started {
  readonly cookie: string;
  readonly state: string;
  readonly nonce: string;
  readonly authUrl: URL;
}

/** The OIDC login as a browser makes it: GET /lti/login, keep the cookie, read state and nonce from the redirect. */
export async function startLogin(tool: Tool, hint: string, spec: LaunchSpec): Promise<Started> {
  tool.platform.launches.set(hint, spec);
  const response = await fetch(tool.platform.loginUrl(hint), { redirect: 'manual' });
  if (response.status !== 302) throw new Error(`login answered ${response.status}: ${await response.text()}`);
  const authUrl = new URL(response.headers.get('location')!);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, state: authUrl.searchParams.get('state')!, nonce: authUrl.searchParams.get('nonce')!, authUrl };
}

export interface Launched {
  readonly status: number;
  readonly html: string;
  readonly location: string | null;
}

export async function postLaunch(tool: Tool, fields: Record<string, string>, cookie: string): Promise<Launched> {
  const response = await fetch(`${tool.url}/lti/launch`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie },
    body: new URLSearchParams(fields),
  });
  return { status: response.status, html: await response.text(), location: response.headers.get('location') };
}

/** A whole launch, with the id_token the platform signs (or `token(started)` to forge one). */
export async function launchAs(
  tool: Tool,
  hint: string,
  spec: LaunchSpec,
  token?: (s: Started) => Promise<string>,
): Promise<Launched> {
  const started = await startLogin(tool, hint, spec);
  const idToken = token ? await token(started) : await tool.platform.sign(tool.platform.claims(spec, started.nonce));
  return postLaunch(tool, { id_token: idToken, state: started.state }, started.cookie);
}

/** What the learner page hands its runtime: the API, the token, the work so far; and the player's address. */
export function learnerConfig(html: string): { api: string; token: string; suspend: string; player: URL } {
  const cfg = /<script type="application\/json" id="gd-cfg">(.*?)<\/script>/s.exec(html);
  const frame = /<iframe id="gd-player" title="[^"]*" src="([^"]+)"/.exec(html);
  if (!cfg || !frame) throw new Error(`not a learner page:\n${html.slice(0, 600)}`);
  return {
    ...(JSON.parse(cfg[1]!) as { api: string; token: string; suspend: string }),
    player: new URL(frame[1]!.replace(/&amp;/g, '&')),
  };
}

const compiled = new Map<string, CompiledLesson>();

export function lessonVariant(id: string, variant: number): CompiledLesson {
  const key = `${id}/${variant}`;
  if (!compiled.has(key)) {
    const result = loadLesson(`content/${id}.yaml`, readFileSync(join(REPO, 'content', `${id}.yaml`), 'utf8'), variant);
    if (!result.lesson) throw new Error(`${id} does not compile`);
    compiled.set(key, result.lesson);
  }
  return compiled.get(key)!;
}

/** The player, minus the page: a Session whose every save becomes the suspend data the runtime would send. */
export class SimulatedPlayer {
  readonly session: Session;
  private readonly storage = new MemoryStorage();
  readonly exercise: CompiledExercise;
  private readonly lesson: CompiledLesson;

  constructor(player: URL, now: () => number = Date.now) {
    this.lesson = lessonVariant(player.searchParams.get('lesson')!, Number(player.searchParams.get('seed')));
    const exercise = player.searchParams.get('exercise') ?? this.lesson.exercises[0]!.id;
    this.exercise = this.lesson.exercises.find((e) => e.id === exercise)!;
    this.session = new Session({
      exercise: this.exercise,
      policy: this.lesson.policy,
      lesson: this.lesson.id,
      storage: this.storage,
      now,
    });
  }

  expected(step: string): string {
    return this.exercise.steps.find((s) => s.id === step)!.answer.text;
  }

  /** The suspend data of the session as it stands (what a commit sends). */
  suspend(saved: SavedSession = this.session.saved()): string {
    return encodeSuspend(this.lesson.id, [saved], SUSPEND_LIMIT['2004']).data;
  }
}

/** POSTs a log as the learner page's runtime does. */
export async function sendLog(
  api: string,
  token: string,
  body: string,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(api, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/plain;charset=utf-8' },
    body,
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** Waits until `check` holds (the outbox delivers in the background), or fails after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, ms = 10_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
