/**
 * The player launched by a cmi5 LMS, against a small LRS on loopback (./lrs.ts, which refuses any statement Learning
 * Locker's validator finds invalid): the learner works the whole lesson while the LRS is down for a while, and the
 * LRS ends up with every statement, once, in cmi5's order — initialized, answered (with the named misconception),
 * passed with the scaled score, completed, terminated — each with the registration and the session id. A relaunch
 * finds the work in the LRS's activity state.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledLesson } from '../../src/content/index.js';
import { hashString } from '../../src/math/random.js';
import { BOWL_RIGHT } from '../tutor/fixtures.js';
import { startLrs, type Lrs, type StoredStatement } from './lrs.js';
import { screenshot, serve, useLms, type Served } from './harness.js';

const h = useLms();
let player: Served;
let lrs: Lrs;

const ACTOR = {
  objectType: 'Agent',
  name: 'Ada Lovelace',
  account: { homePage: 'https://lms.example.edu', name: 'ada' },
};
const ACTIVITY = 'https://courses.example.edu/gd-tutor/bowl';
const SESSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';

beforeAll(async () => {
  player = await serve('127.0.0.1', { '/': h.dist });
  lrs = await startLrs();
  h.cleanup(() => player.close());
  h.cleanup(() => lrs.close());
});

function launchUrl(registration: string): string {
  const params = new URLSearchParams({
    lesson: 'bowl',
    endpoint: lrs.endpoint,
    fetch: lrs.fetchUrl(),
    actor: JSON.stringify(ACTOR),
    registration,
    activityId: ACTIVITY,
  });
  return new URL(`player.html?${params.toString()}`, player.url).href;
}

const step = (page: Page, exercise: number, id: string) =>
  page.locator('gd-exercise').nth(exercise).locator(`li.step[data-step="${id}"]`);

async function answer(page: Page, exercise: number, id: string, text: string): Promise<void> {
  const s = step(page, exercise, id);
  await s.getByRole('textbox').fill(text);
  await s.getByRole('button', { name: 'Check' }).click();
  await expect.poll(async () => (await s.getByRole('status').textContent())?.trim()).toMatch(/^[✓✗]/);
}

const verbs = (list: readonly StoredStatement[]) =>
  list.map((s) => s.verb.id.replace('http://adlnet.gov/expapi/verbs/', ''));
const ofRegistration = (registration: string) => lrs.statements.filter((s) => s.context?.registration === registration);

describe('a cmi5 launch', () => {
  it('sends every statement in cmi5 order, through an LRS outage, and resumes from the activity state', async () => {
    const registration = randomUUID();
    lrs.setState('LMS.LaunchData', ACTIVITY, ACTOR, registration, {
      contextTemplate: { extensions: { [SESSION]: 'session-1' } },
      launchMode: 'Normal',
      masteryScore: 0.8,
      moveOn: 'CompletedAndPassed',
    });
    // The browser logs the state API's 404 (no saved work yet, as xAPI answers) and the outage's 503s.
    const page = await h.open(/status of (?:404|503)/);
    await page.goto(launchUrl(registration));
    await expect
      .poll(() => page.locator('gd-lesson h1').textContent(), { timeout: 15_000 })
      .toBe('One step down the bowl');
    await expect.poll(() => verbs(ofRegistration(registration))).toEqual(['initialized']);

    // The LRS goes down: the learner goes on, the statements wait in the page.
    lrs.down = true;
    await answer(page, 0, 'loss', '25');
    await answer(page, 0, 'partial-x', '-2x');
    await expect.poll(() => lrs.unavailable.count).toBeGreaterThan(0);
    expect(verbs(ofRegistration(registration))).toEqual(['initialized']);
    lrs.down = false;
    await expect
      .poll(() => verbs(ofRegistration(registration)), { timeout: 10_000 })
      .toEqual(['initialized', 'answered', 'answered']);

    // The rest of the first exercise answered right (the loss is already).
    for (const [id, text] of BOWL_RIGHT.slice(1)) await answer(page, 0, id, text);
    const variant = JSON.parse(
      readFileSync(join(h.dist, `lessons/bowl/${hashString('ada') % 8}.json`), 'utf8'),
    ) as CompiledLesson;
    for (const s of variant.exercises[1]!.steps) await answer(page, 1, s.id, s.answer.text);
    await screenshot(page, 'cmi5-finished');
    await expect
      .poll(() => verbs(ofRegistration(registration)).slice(-2), { timeout: 10_000 })
      .toEqual(['passed', 'completed']);
    await page.goto('about:blank'); // the learner leaves: terminated goes out as the page goes

    await expect.poll(() => verbs(ofRegistration(registration)).at(-1), { timeout: 10_000 }).toBe('terminated');
    const sent = ofRegistration(registration);
    expect(verbs(sent)).toEqual([
      'initialized',
      ...Array<string>(12).fill('answered'),
      'passed',
      'completed',
      'terminated',
    ]);
    expect(lrs.refused).toEqual([]);
    expect(new Set(sent.map((s) => s.id)).size).toBe(sent.length);
    console.info(
      'statements the LRS stored:',
      JSON.stringify(sent.map((s) => [s.verb.id.split('/').at(-1), s.object.id, s.result ?? null])),
    );

    for (const s of sent) expect((s.context?.extensions as Record<string, string>)[SESSION]).toBe('session-1');
    const categories = (s: StoredStatement) =>
      ((s.context?.contextActivities as { category?: { id: string }[] } | undefined)?.category ?? []).map((c) => c.id);
    expect(sent.map(categories)).toEqual([
      [CMI5],
      ...Array<string[]>(12).fill([]),
      [CMI5, MOVEON],
      [CMI5, MOVEON],
      [CMI5],
    ]);
    const wrong = sent[2]!;
    expect(wrong.object.id).toBe(`${ACTIVITY}/one-step/partial-x`);
    expect(wrong.result).toMatchObject({
      success: false,
      response: '-2x',
      extensions: {
        'urn:gd-tutor:xapi:verdict': 'misconception',
        'urn:gd-tutor:xapi:misconception': { name: 'the sign' },
      },
    });
    // One wrong try: 6.9 of 7, then 4 of 4: 10.9 / 11.
    expect(sent.at(-3)!.result).toMatchObject({ score: { scaled: 0.991 }, success: true });
    expect(String(sent.at(-3)!.result!.duration)).toMatch(/^PT/);
    expect(sent.at(-2)!.result).toMatchObject({ completion: true });
    expect(String(sent.at(-1)!.result!.duration)).toMatch(/^PT(\d+M)?[\d.]+S$/);

    // Relaunch (a new fetch URL, as the LMS gives each launch): the work comes back from the activity state.
    const again = await h.open();
    await again.goto(launchUrl(registration));
    await expect.poll(() => step(again, 0, 'loss-1').getAttribute('data-status'), { timeout: 15_000 }).toBe('correct');
    await expect.poll(() => step(again, 1, 'loss-1').getAttribute('data-status')).toBe('correct');
    await expect.poll(() => verbs(ofRegistration(registration)).at(-1)).toBe('initialized');
    // Passed and completed went once per registration: the relaunch judges nothing again.
    expect(verbs(ofRegistration(registration)).filter((v) => v === 'passed' || v === 'completed')).toEqual([
      'passed',
      'completed',
    ]);
  }, 45_000);
});
