/**
 * The server grades a learner's work itself: the log the player sends is read for what the learner did, stamped
 * with the server's clock, regraded with the engine, stored with each action's grade, and the score goes to the
 * LMS through the outbox. A client's verdicts and rewritten histories count for nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { learnerConfig, launchAs, sendLog, SimulatedPlayer, startTool, STORES, until, type Tool } from './harness.js';

describe.each(STORES)('server-side grading (%s)', (store) => {
  let tool: Tool;
  beforeAll(async () => {
    tool = await startTool(store);
  }, 60_000);
  afterAll(() => tool.close());

  async function learner(sub: string, linkId = 'link-grading') {
    const launched = await launchAs(tool, `hint-${sub}`, { sub, name: `Learner ${sub}`, linkId });
    expect(launched.status).toBe(200);
    const cfg = learnerConfig(launched.html);
    return { cfg, player: new SimulatedPlayer(cfg.player) };
  }

  it('regrades each answer, names the mistake, and posts its own score to the line item', async () => {
    const { cfg, player } = await learner('ada');
    expect(cfg.suspend).toBe('');
    expect(cfg.player.pathname).toBe('/player.html');
    expect(cfg.player.searchParams.get('scorm')).toBe('2004');
    const update = player.exercise.steps.find((s) => s.id === 'update-0')!;
    const sign = update.misconceptions.find((m) => m.name === 'the sign of the update')!;
    for (const step of player.exercise.steps) {
      if (step.id === 'update-0') player.session.answer(step.id, sign.text);
      player.session.answer(step.id, player.expected(step.id));
    }
    const sent = await sendLog(cfg.api, cfg.token, player.suspend());
    expect(sent.status).toBe(200);
    expect(sent.json).toMatchObject({ ok: true, added: 8, actions: 8, earned: 6.9, possible: 7, completed: true });
    expect((sent.json.graded as { verdict: string; mistake?: string }[]).filter((g) => g.mistake)).toEqual([
      { step: 'update-0', verdict: 'misconception', mistake: 'the sign of the update' },
    ]);
    await until(() => tool.platform.scores.some((s) => s.body.userId === 'ada'), 10_000, 'the score');
    const score = tool.platform.scores.find((s) => s.body.userId === 'ada')!;
    expect(score.lineitem).toBe('link-grading');
    expect(score.contentType).toBe('application/vnd.ims.lis.v1.score+json');
    expect(score.body).toMatchObject({
      scoreGiven: 6.9,
      scoreMaximum: 7,
      activityProgress: 'Completed',
      gradingProgress: 'FullyGraded',
    });
    // The client assertion was signed with the tool's key and verified by the platform against /lti/jwks.
    expect(tool.platform.tokenRequests.length).toBeGreaterThanOrEqual(1);
  });

  it('ignores the verdicts a client claims: a wrong answer logged as right earns nothing', async () => {
    const { cfg, player } = await learner('bob');
    player.session.answer('loss', '24');
    const honest = player.session.saved();
    const forged = {
      ...honest,
      events: honest.events.map((e) => (e.type === 'answer' ? { ...e, verdict: 'correct' as const } : e)),
    };
    const sent = await sendLog(cfg.api, cfg.token, player.suspend(forged));
    expect(sent.json).toMatchObject({ ok: true, added: 1, earned: 0, completed: false });
    expect(sent.json.graded).toEqual([{ step: 'loss', verdict: 'incorrect' }]);
  });

  it('refuses a log with a wrong attempt removed, and stores nothing of it', async () => {
    const { cfg, player } = await learner('cy');
    player.session.answer('loss', '24');
    expect((await sendLog(cfg.api, cfg.token, player.suspend())).status).toBe(200);
    player.session.answer('loss', '25');
    const full = player.session.saved();
    const events = await tool.count('attempt_events');
    // The learner edits the log: the wrong first attempt is gone, so the step looks right first time.
    const cleaned = { ...full, events: full.events.filter((e) => !(e.type === 'answer' && e.text === '24')) };
    const refused = await sendLog(cfg.api, cfg.token, player.suspend(cleaned));
    expect(refused.status).toBe(409);
    expect(String(refused.json.message)).toContain('does not continue the work the server holds');
    expect(await tool.count('attempt_events')).toBe(events);
    // The honest log still goes through, and the retry is what it costs.
    const honest = await sendLog(cfg.api, cfg.token, player.suspend(full));
    expect(honest.json).toMatchObject({ ok: true, added: 1, actions: 2, earned: 0.9 });
  });

  it('takes the same log twice as once (a retried save adds nothing)', async () => {
    const { cfg, player } = await learner('dee');
    player.session.answer('loss', '25');
    const body = player.suspend();
    expect((await sendLog(cfg.api, cfg.token, body)).json).toMatchObject({ added: 1, actions: 1 });
    expect((await sendLog(cfg.api, cfg.token, body)).json).toMatchObject({ added: 0, actions: 1 });
  });

  it('stores each action once when two tabs save at once, whichever save arrives first', async () => {
    const { cfg, player } = await learner('ida');
    player.session.answer('loss', '24');
    expect((await sendLog(cfg.api, cfg.token, player.suspend())).json).toMatchObject({ added: 1 });
    const events = await tool.count('attempt_events');
    player.session.answer('loss', '25');
    const shorter = player.suspend();
    player.session.answer('partial-x', '2x');
    const longer = player.suspend();
    // Each save either extends what the server holds by then or is refused whole (the longer one went first).
    const sent = await Promise.all(
      [shorter, longer, shorter, longer, longer, shorter].map((b) => sendLog(cfg.api, cfg.token, b)),
    );
    expect(sent.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    expect(sent.reduce((n, r) => n + (r.status === 200 ? Number(r.json.added) : 0), 0)).toBe(2);
    expect(await tool.count('attempt_events')).toBe(events + 2);
    expect((await sendLog(cfg.api, cfg.token, longer)).json).toMatchObject({
      ok: true,
      added: 0,
      actions: 3,
      earned: 1.9,
    });
  });

  it('records the saves of several learners that arrive together (one grouped write), each its own, once', async () => {
    const group = await Promise.all(['kai', 'lea', 'max', 'ned'].map((sub) => learner(sub, 'link-group')));
    for (const [k, { player }] of group.entries()) player.session.answer('loss', k % 2 === 0 ? '25' : '24');
    const events = await tool.count('attempt_events');
    // All four at once, twice: the second time each server holds the attempts, and their writes go together.
    const first = await Promise.all(group.map(({ cfg, player }) => sendLog(cfg.api, cfg.token, player.suspend())));
    expect(first.map((r) => [r.status, r.json.added, r.json.actions, r.json.earned])).toEqual([
      [200, 1, 1, 1],
      [200, 1, 1, 0],
      [200, 1, 1, 1],
      [200, 1, 1, 0],
    ]);
    for (const { player } of group) player.session.answer('partial-x', '2x');
    const second = await Promise.all(group.map(({ cfg, player }) => sendLog(cfg.api, cfg.token, player.suspend())));
    expect(second.map((r) => [r.status, r.json.added, r.json.actions])).toEqual(Array(4).fill([200, 1, 2]));
    expect(await tool.count('attempt_events')).toBe(events + 8);
  });

  it('refuses a token for another attempt, and a log that is not this lesson’s', async () => {
    const a = await learner('eve');
    const b = await learner('fay');
    a.player.session.answer('loss', '25');
    expect((await sendLog(b.cfg.api, a.cfg.token, a.player.suspend())).status).toBe(401);
    expect((await sendLog(a.cfg.api, a.cfg.token, '{"g":1,"l":"other","t":0,"x":[]}')).status).toBe(400);
    expect((await sendLog(a.cfg.api, 'forged.token.value', a.player.suspend())).status).toBe(401);
  });

  it('gives the work back at the next launch, as the server holds it', async () => {
    const first = await learner('gus');
    first.player.session.answer('loss', '25');
    first.player.session.answer('partial-x', '2x');
    await sendLog(first.cfg.api, first.cfg.token, first.player.suspend());
    const again = await learner('gus');
    expect(again.cfg.api).toBe(first.cfg.api);
    const restored = JSON.parse(again.cfg.suspend) as { x: { e: unknown[] }[] };
    expect(restored.x[0]!.e).toHaveLength(2);
  });
});
