/**
 * Faults the server must ride out without losing or doubling anything: the LMS's score endpoint down for a while
 * (the outbox retries; the score arrives once), the server killed outright mid-session and started again (the
 * learner's work is all there), Postgres restarted under a running server, and one of two servers sharing a
 * Postgres killed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/server/db.js';
import { MockPlatform } from './mock-platform.js';
import { freePort, startPostgres } from './postgres.js';
import { serveArgs } from './serve-args.js';
import {
  freshPglite,
  launchAs,
  learnerConfig,
  REPO,
  sendLog,
  SimulatedPlayer,
  startTool,
  STORES,
  until,
  type Tool,
} from './harness.js';

/** `gd-tutor serve` with `args` in a child process, once it listens. */
async function spawnServe(args: readonly string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATABASE_URL: '' },
  });
  let out = '';
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  await until(() => out.includes('/lti/login'), 60_000, `the server to start:\n${out}`);
  return child;
}

/**
 * What a test of servers in child processes needs around them: a mock LMS, a folder for its registration (and for
 * PGlite), and a throwaway Postgres when `withPostgres`; each closed by `cleanups`.
 */
async function childSetting(cleanups: (() => unknown)[], prefix: string, withPostgres: boolean) {
  const platform = await new MockPlatform().start();
  cleanups.push(() => platform.close());
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const postgres = withPostgres ? await startPostgres() : undefined;
  if (postgres)
    cleanups.push(() => {
      postgres.remove();
    });
  return { platform, dir, postgres };
}

describe.each(STORES)('faults (%s)', (store) => {
  const cleanups: (() => unknown)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('retries a score the LMS refuses with 503 and delivers it exactly once', async () => {
    const tool = await startTool(store);
    cleanups.push(() => tool.close());
    tool.platform.failScores = 3;
    const cfg = learnerConfig((await launchAs(tool, 'h1', { sub: 'rita', linkId: 'link-503' })).html);
    const player = new SimulatedPlayer(cfg.player);
    for (const step of player.exercise.steps) player.session.answer(step.id, player.expected(step.id));
    expect((await sendLog(cfg.api, cfg.token, player.suspend())).json).toMatchObject({ earned: 7, completed: true });
    await until(() => tool.platform.scores.length === 1, 15_000, 'the score after the outage');
    // Three 503s, then one success; and nothing more once it is delivered.
    await new Promise((r) => setTimeout(r, 500));
    expect(tool.platform.scoreAttempts).toBe(4);
    expect(tool.platform.scores.map((s) => s.body.scoreGiven)).toEqual([7]);
    const row = (
      await tool.server.db.query<{ version: number; delivered: number; tries: number }>(
        'SELECT version, delivered, tries FROM score_outbox',
      )
    )[0]!;
    expect(row).toEqual({ version: 1, delivered: 1, tries: 3 });
  });

  it('keeps all of a learner’s work when the server is killed (SIGKILL) mid-session and restarted', async () => {
    const { platform, dir, postgres } = await childSetting(cleanups, 'gd-tutor-kill-', store === 'postgres');
    if (!postgres) await freshPglite(join(dir, 'db'));
    const port = await freePort();
    platform.toolUrl = `http://127.0.0.1:${port}`;
    writeFileSync(join(dir, 'platform.json'), JSON.stringify(platform.registration()));
    const args = serveArgs({ port, dir, site: dir, ...(postgres ? { postgresUrl: postgres.url } : {}) });
    let child: ChildProcess | undefined;
    const start = async () => {
      child = await spawnServe(args);
    };
    cleanups.push(() => child?.kill('SIGKILL'));
    await start();
    const launch = async () =>
      learnerConfig(
        (await launchAs({ platform, url: platform.toolUrl } as Tool, 'k1', { sub: 'kim', linkId: 'link-kill' })).html,
      );
    const cfg = await launch();
    const player = new SimulatedPlayer(cfg.player);
    const steps = player.exercise.steps;
    player.session.answer(steps[0]!.id, '24');
    for (const step of steps.slice(0, 3)) player.session.answer(step.id, player.expected(step.id));
    expect((await sendLog(cfg.api, cfg.token, player.suspend())).json).toMatchObject({ ok: true, actions: 4 });

    child!.kill('SIGKILL');
    await new Promise((r) => child!.once('exit', r));
    await start();

    const again = await launch();
    expect(again.api).toBe(cfg.api);
    const held = JSON.parse(again.suspend) as { x: { e: unknown[][] }[] };
    expect(held.x[0]!.e.map((e) => e[3])).toEqual(['24', ...steps.slice(0, 3).map((s) => player.expected(s.id))]);
    // The learner goes on where they were; the page's old token still works on the restarted server.
    for (const step of steps.slice(3)) player.session.answer(step.id, player.expected(step.id));
    expect((await sendLog(cfg.api, cfg.token, player.suspend())).json).toMatchObject({
      ok: true,
      actions: 8,
      earned: 6.9,
      completed: true,
    });
    await until(() => platform.scores.some((s) => s.body.activityProgress === 'Completed'), 15_000, 'the final score');
    child!.kill('SIGTERM');
    await new Promise((r) => child!.once('exit', r));
  }, 120_000);
});

/** PGlite lives in the server's process: its restart is the server's (above); Postgres restarts on its own. */
describe.runIf(STORES.includes('postgres'))('faults (postgres)', () => {
  const cleanups: (() => unknown)[] = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('rides out a Postgres restart: the next save goes through and nothing is lost', async () => {
    const tool = await startTool('postgres');
    cleanups.push(() => tool.close());
    const cfg = learnerConfig((await launchAs(tool, 'r1', { sub: 'ray', linkId: 'link-restart' })).html);
    const player = new SimulatedPlayer(cfg.player);
    const steps = player.exercise.steps;
    player.session.answer(steps[0]!.id, player.expected(steps[0]!.id));
    expect((await sendLog(cfg.api, cfg.token, player.suspend())).status).toBe(200);
    tool.postgres!.restart();
    player.session.answer(steps[1]!.id, player.expected(steps[1]!.id));
    // The page retries a save the server could not make; here the first one already succeeds.
    let sent = await sendLog(cfg.api, cfg.token, player.suspend());
    for (let k = 0; sent.status >= 500 && k < 5; k++) sent = await sendLog(cfg.api, cfg.token, player.suspend());
    expect(sent.json).toMatchObject({ ok: true, actions: 2, earned: 2 });
    expect(await (await fetch(`${tool.url}/health`)).json()).toEqual({ ok: true, database: 'postgres' });
  });

  it('runs as two servers on one Postgres, as behind a load balancer: saves alternate between them, each recorded once, and one killed loses nothing', async () => {
    const setting = await childSetting(cleanups, 'gd-tutor-two-', true);
    const { platform, dir } = setting;
    const postgres = setting.postgres!;
    const ports = [await freePort(), await freePort()];
    // The LMS knows one address (the load balancer's): the first server's; the saves below go to either.
    platform.toolUrl = `http://127.0.0.1:${ports[0]}`;
    writeFileSync(join(dir, 'platform.json'), JSON.stringify(platform.registration()));
    const servers: ChildProcess[] = [];
    for (const port of ports) {
      const child = await spawnServe(serveArgs({ port, dir, site: dir, postgresUrl: postgres.socketUrl }));
      cleanups.push(() => child.kill('SIGKILL'));
      servers.push(child);
    }
    const cfg = learnerConfig(
      (await launchAs({ platform, url: platform.toolUrl } as Tool, 'w1', { sub: 'wes', linkId: 'link-two' })).html,
    );
    const api = (k: number) => cfg.api.replace(`:${ports[0]}/`, `:${ports[k % 2]}/`);
    const player = new SimulatedPlayer(cfg.player);
    const steps = player.exercise.steps;
    // Each server holds the attempt in memory after its save: each must notice what the other recorded since.
    const saves: unknown[][] = [];
    for (const [k, step] of steps.slice(0, 4).entries()) {
      player.session.answer(step.id, player.expected(step.id));
      const { json } = await sendLog(api(k), cfg.token, player.suspend());
      saves.push([json.added, json.actions, json.earned]);
    }
    expect(saves).toEqual([
      [1, 1, 1],
      [1, 2, 2],
      [1, 3, 3],
      [1, 4, 4],
    ]);
    // Another tab that missed the last save sends a different fourth action to the server that did not make that
    // save (it last held the attempt at three actions): it must read the fourth from the database and refuse.
    const tab = new SimulatedPlayer(cfg.player);
    for (const step of steps.slice(0, 3)) tab.session.answer(step.id, tab.expected(step.id));
    tab.session.answer(steps[3]!.id, '999');
    expect(await sendLog(api(0), cfg.token, tab.suspend())).toMatchObject({ status: 409, json: { ok: false } });
    servers[1]!.kill('SIGKILL');
    await new Promise((r) => servers[1]!.once('exit', r));
    for (const step of steps.slice(4)) {
      player.session.answer(step.id, player.expected(step.id));
      expect((await sendLog(api(0), cfg.token, player.suspend())).json).toMatchObject({ ok: true, added: 1 });
    }
    const db = await openPostgres(postgres.url, 1);
    try {
      const rows = await db.query<{ seq: number }>('SELECT seq FROM attempt_events ORDER BY seq');
      expect(rows.map((r) => r.seq)).toEqual(steps.map((_, k) => k));
    } finally {
      await db.close();
    }
    await until(() => platform.scores.some((s) => s.body.activityProgress === 'Completed'), 15_000, 'the final score');
    servers[0]!.kill('SIGTERM');
    await new Promise((r) => servers[0]!.once('exit', r));
  }, 180_000);
});
