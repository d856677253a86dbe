/**
 * xAPI in Node: the launch parameters read (cmi5's and the older xAPI launch's), statements valid by Learning Locker's
 * validator, and the queue's order, retries and refusals. The browser test (cmi5.test.ts) runs the whole launch.
 */
import { describe, expect, it } from 'vitest';
import { parseXapiLaunch } from '../../src/lms/cmi5.js';
import { StatementQueue } from '../../src/lms/xapi-queue.js';
import { answeredStatement, auStatement, isoDuration, type StatementContext } from '../../src/lms/xapi-statements.js';
import { validateStatement } from './lrs.js';

const ACTOR = {
  objectType: 'Agent' as const,
  name: 'Ada',
  account: { homePage: 'https://lms.example.edu', name: 'ada' },
};

describe('the xAPI launch on the address', () => {
  it('reads a cmi5 launch', () => {
    const params = new URLSearchParams({
      lesson: 'bowl',
      endpoint: 'https://lrs.example.edu/xapi',
      fetch: 'https://lms.example.edu/fetch/1',
      actor: JSON.stringify(ACTOR),
      registration: 'c2d1…',
      activityId: 'https://courses.example.edu/bowl',
    });
    expect(parseXapiLaunch(params)).toEqual({
      kind: 'cmi5',
      endpoint: 'https://lrs.example.edu/xapi/',
      fetchUrl: 'https://lms.example.edu/fetch/1',
      actor: ACTOR,
      registration: 'c2d1…',
      activityId: 'https://courses.example.edu/bowl',
    });
  });

  it('reads the older xAPI launch, whose actor lists names and mboxes', () => {
    const params = new URLSearchParams({
      endpoint: 'https://lrs.example.edu/xapi/',
      auth: 'Basic abc',
      actor: JSON.stringify({ name: ['Ada'], mbox: ['mailto:ada@example.edu'] }),
      registration: 'r1',
      activity_id: 'https://courses.example.edu/bowl',
    });
    expect(parseXapiLaunch(params)).toMatchObject({
      kind: 'xapi',
      auth: 'Basic abc',
      actor: { objectType: 'Agent', name: 'Ada', mbox: 'mailto:ada@example.edu' },
    });
  });

  it.each([
    ['no launch at all', { lesson: 'bowl' }],
    [
      'an endpoint that is not http(s)',
      { endpoint: 'javascript:alert(1)', auth: 'x', actor: JSON.stringify(ACTOR), activity_id: 'a' },
    ],
    ['an actor that is not an agent', { endpoint: 'https://l/', auth: 'x', actor: '{"name":"x"}', activity_id: 'a' }],
  ])('is none for %s', (_name, query) => {
    expect(parseXapiLaunch(new URLSearchParams(query))).toBeUndefined();
  });
});

const context: StatementContext = {
  actor: ACTOR,
  registration: '0d7a9b3e-3e9f-4f9b-9a4f-6f1c2b7e8a01',
  activityId: 'https://courses.example.edu/bowl',
  contextTemplate: {
    contextActivities: { grouping: [{ id: 'https://courses.example.edu' }] },
    extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's1' },
  },
  cmi5: true,
};
const stamp = { id: '8f0d2c4a-1b3e-4c5d-9e6f-7a8b9c0d1e2f', timestamp: '2026-11-23T09:00:00.000Z' };

describe('statements', () => {
  it('are valid xAPI 1.0.3, each verb of the launch', () => {
    const all = [
      auStatement(context, 'initialized', stamp),
      answeredStatement(
        context,
        {
          exercise: 'one-step',
          step: 'partial-x',
          title: 'One step, ∂J/∂x',
          expected: '2*x',
          response: '-2x',
          verdict: 'misconception',
          misconception: { id: 'sign', name: 'the sign' },
        },
        stamp,
      ),
      auStatement(context, 'passed', stamp, { score: { scaled: 0.991 }, success: true, duration: isoDuration(61_500) }),
      auStatement(context, 'failed', stamp, { score: { scaled: 0.5 }, success: false, duration: 'PT1S' }),
      auStatement(context, 'completed', stamp, { completion: true, duration: 'PT1S' }),
      auStatement(context, 'terminated', stamp, { duration: 'PT1S' }),
    ];
    for (const s of all) expect(validateStatement(s)).toEqual([]);
    expect(all[2]!.context).toEqual({
      contextActivities: {
        grouping: [{ id: 'https://courses.example.edu' }],
        category: [
          { id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' },
          { id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' },
        ],
      },
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's1' },
      registration: '0d7a9b3e-3e9f-4f9b-9a4f-6f1c2b7e8a01',
    });
    expect(all[2]!.result!.duration).toBe('PT1M1.5S');
    expect(all[1]!.context.contextActivities).toEqual({
      grouping: [{ id: 'https://courses.example.edu' }],
      parent: [{ id: 'https://courses.example.edu/bowl' }],
    });
  });

  it('report a choice step as a choice interaction: its options, the right ids and the chosen ones as [,] patterns', () => {
    const statement = answeredStatement(
      context,
      {
        exercise: 'saddles',
        step: 'why',
        title: 'Saddle points, Why do saddles dominate?',
        expected: 'a[,]c',
        response: 'a',
        verdict: 'incorrect',
        choices: [
          { id: 'a', label: 'Each direction curves up or down independently' },
          { id: 'b', label: 'Gradients vanish less often' },
          { id: 'c', label: 'A minimum needs every direction to curve up' },
        ],
      },
      stamp,
    );
    expect(validateStatement(statement)).toEqual([]);
    expect(statement.object.definition).toEqual({
      name: { 'en-US': 'Saddle points, Why do saddles dominate?' },
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      interactionType: 'choice',
      correctResponsesPattern: ['a[,]c'],
      choices: [
        { id: 'a', description: { 'en-US': 'Each direction curves up or down independently' } },
        { id: 'b', description: { 'en-US': 'Gradients vanish less often' } },
        { id: 'c', description: { 'en-US': 'A minimum needs every direction to curve up' } },
      ],
    });
    expect(statement.result).toMatchObject({ success: false, response: 'a' });
  });

  it('and the validator does catch a wrong one (a verb that is not an IRI)', () => {
    const bad = { ...auStatement(context, 'initialized', stamp), verb: { id: 'initialized', display: {} } };
    expect(validateStatement(bad).length).toBeGreaterThan(0);
  });
});

describe('the statement queue', () => {
  const statement = (n: number) =>
    auStatement(context, 'initialized', { ...stamp, id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` });

  it('keeps the order, retries with a growing pause while the LRS is down, and empties its store once sent', async () => {
    const posted: string[][] = [];
    const pauses: number[] = [];
    const retries: (() => void)[] = [];
    let up = false;
    let stored = '';
    const queue = new StatementQueue({
      endpoint: 'https://lrs.example.edu/xapi/',
      auth: 'Basic t',
      fetch: (_url, init) => {
        if (!up) return Promise.reject(new TypeError('Failed to fetch'));
        posted.push((JSON.parse(init!.body as string) as { id: string }[]).map((s) => s.id.slice(-2)));
        return Promise.resolve(new Response('[]', { status: 200 }));
      },
      store: { load: () => undefined, save: (t) => (stored = t) },
      schedule: (run, ms) => {
        pauses.push(ms);
        retries.push(run);
      },
    });
    queue.enqueue(statement(1));
    queue.enqueue(statement(2));
    await Promise.resolve();
    retries.shift()!();
    await Promise.resolve();
    expect(pauses).toEqual([1000, 2000]);
    expect(JSON.parse(stored)).toHaveLength(2);
    up = true;
    queue.enqueue(statement(3)); // waits behind the retry, in order
    retries.shift()!();
    await expect.poll(() => posted).toEqual([['01', '02', '03']]);
    expect(queue.unsent).toEqual([]);
    expect(stored).toBe('[]');
  });

  it('drops statements the LRS refuses as invalid, and says so once', async () => {
    const said: string[] = [];
    const queue = new StatementQueue({
      endpoint: 'https://lrs.example.edu/xapi/',
      auth: 'Basic t',
      fetch: () => Promise.resolve(new Response('{}', { status: 400 })),
      onRefused: (m) => said.push(m),
    });
    queue.enqueue(statement(1));
    await expect.poll(() => queue.unsent.length).toBe(0);
    queue.enqueue(statement(2));
    await expect.poll(() => queue.unsent.length).toBe(0);
    expect(said).toEqual(['The learning record store refused 1 statement(s) (HTTP 400).']);
  });
});
