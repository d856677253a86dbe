/**
 * Faults the server must ride out without losing or doubling anything: the LMS's score endpoint down for a while
 * (the outbox retries; the score arrives once), the server killed outright mid-session and started again (the
 * learner's work is all there), and Postgres restarted under a running server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
    const platform = await new MockPlatform().start();
    cleanups.push(() => platform.close());
    const dir = mkdtempSync(join(tmpdir(), 'gd-tutor-kill-'));
    cleanups.push(() => {
      rmSync(dir, { recursive: true, force: true });
    });
    const postgres = store === 'postgres' ? await startPostgres() : undefined;
    if (postgres)
      cleanups.push(() => {
        postgres.remove();
      });
    if (!postgres) await freshPglite(join(dir, 'db'));
    const port = await freePort();
    platform.toolUrl = `http://127.0.0.1:${port}`;
    writeFileSync(join(dir, 'platform.json'), JSON.stringify(platform.registration()));
    const args = serveArgs({ port, dir, site: dir, ...(postgres ? { postgresUrl: postgres.url } : {}) });
    let child: ChildProcess | undefined;
    const start = async () => {
      child = spawn(process.execPath, args, {
        cwd: REPO,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, DATABASE_URL: '' },
      });
      let out = '';
      child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
      child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
      await until(() => out.includes('/lti/login'), 60_000, `the server to start:\n${out}`);
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
});
