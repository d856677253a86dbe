import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearSpentSignIns, SPENT_AFTER_MINUTES } from '../../src/server/housekeeping.js';
import { learnerConfig, postLaunch, startLogin, STORES, startTool, type Tool } from './harness.js';

describe.each(STORES)('clearing spent sign-ins (%s)', (store) => {
  let tool: Tool;
  beforeAll(async () => {
    tool = await startTool(store);
  }, 60_000);
  afterAll(() => tool.close());

  it('deletes login states and used nonces older than a sign-in can live, and keeps the recent ones', async () => {
    const db = tool.server.db;
    const [platform] = await db.query<{ id: string }>('SELECT id FROM platforms LIMIT 1');
    const aged = (minutes: number) => `now() - interval '${minutes} minutes'`;
    for (const [state, minutes] of [
      ['abandoned', SPENT_AFTER_MINUTES + 1],
      ['recent', SPENT_AFTER_MINUTES - 1],
    ] as const) {
      await db.query(
        `INSERT INTO login_states (state, nonce, browser_secret, platform_id, created_at)
         VALUES ($1, $1, 'x', $2, ${aged(minutes)})`,
        [state, platform!.id],
      );
      await db.query(`INSERT INTO used_nonces (platform_id, nonce, used_at) VALUES ($1, $2, ${aged(minutes)})`, [
        platform!.id,
        state,
      ]);
    }

    expect(await clearSpentSignIns(db)).toEqual({ states: 1, nonces: 1 });
    expect(await db.query('SELECT state FROM login_states')).toEqual([{ state: 'recent' }]);
    expect(await db.query('SELECT nonce FROM used_nonces')).toEqual([{ nonce: 'recent' }]);
    expect(await clearSpentSignIns(db)).toEqual({ states: 0, nonces: 0 });
  });

  it('leaves a sign-in in progress alone: its launch still opens the exercise', async () => {
    const spec = { sub: 'learner-housekeeping', linkId: 'housekeeping' };
    const started = await startLogin(tool, 'h-clear', spec);
    await clearSpentSignIns(tool.server.db);
    const idToken = await tool.platform.sign(tool.platform.claims(spec, started.nonce));
    const launched = await postLaunch(tool, { id_token: idToken, state: started.state }, started.cookie);
    expect(launched.status).toBe(200);
    expect(learnerConfig(launched.html).api).toMatch(/\/api\/attempts\/\d+\/log$/);
  });
});
