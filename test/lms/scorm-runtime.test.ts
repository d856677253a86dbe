/**
 * The runtime binding in Node, against scorm-again's APIs (which run without a DOM): how the API is found from a
 * window (parents, then the opener; other origins skipped), and what happens past SCORM 1.2's 4,096 characters of
 * suspend data. The browser tests (scorm.test.ts) cover the whole launch.
 */
import { readFileSync } from 'node:fs';
import * as scormAgain from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { loadLesson, type CompiledLesson } from '../../src/content/index.js';
import { connectScorm, findApi, type Scorm12Api, type Scorm2004Api } from '../../src/lms/scorm.js';
import { decodeSuspend } from '../../src/lms/suspend.js';
import { Session } from '../../src/tutor/index.js';
import { BOWL_RIGHT } from '../tutor/fixtures.js';

/** scorm-again's classes, typed here: its declaration files use import paths that NodeNext resolution refuses. */
type ApiClass<T> = new (settings: { logLevel: number }) => T & { loadFromJSON(json: object): void };
const { Scorm12API, Scorm2004API } = scormAgain as unknown as {
  Scorm12API: ApiClass<Scorm12Api>;
  Scorm2004API: ApiClass<Scorm2004Api>;
};

const bowl: CompiledLesson = loadLesson(
  'bowl.yaml',
  readFileSync(new URL('../../content/bowl.yaml', import.meta.url), 'utf8'),
  0,
).lesson!;

interface FakeWindow {
  parent: FakeWindow;
  top: FakeWindow;
  opener: FakeWindow | null;
  [name: string]: unknown;
}

/** A chain of windows, the last the top: frames[0] is the innermost. */
function frames(depth: number): FakeWindow[] {
  const wins: FakeWindow[] = [];
  for (let k = 0; k < depth; k++) wins.push({ opener: null } as FakeWindow);
  wins.forEach((w, k) => {
    w.parent = wins[k + 1] ?? w;
    w.top = wins[depth - 1]!;
  });
  return wins;
}

const asWindow = (w: FakeWindow) => w as unknown as Window;

describe('finding the LMS API', () => {
  it('climbs the parents to the window that has it', () => {
    const wins = frames(4);
    const api = new Scorm2004API({ logLevel: 5 });
    wins[2]!.API_1484_11 = api;
    expect(findApi(asWindow(wins[0]!), '2004')?.api).toBe(api);
    expect(findApi(asWindow(wins[0]!), '1.2')).toBeUndefined();
  });

  it('then looks in the opener and its parents (a SCO launched in a new window)', () => {
    const lmsWins = frames(2);
    const api = new Scorm12API({ logLevel: 5 });
    lmsWins[1]!.API = api;
    const popup = frames(1);
    popup[0]!.opener = lmsWins[0]!;
    expect(findApi(asWindow(popup[0]!), '1.2')?.api).toBe(api);
  });

  it('skips a window of another origin, whose properties throw, and keeps climbing', () => {
    const wins = frames(3);
    Object.defineProperty(wins[1], 'API', {
      get() {
        throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
      },
    });
    const api = new Scorm12API({ logLevel: 5 });
    wins[2]!.API = api;
    expect(findApi(asWindow(wins[0]!), '1.2')?.api).toBe(api);
  });

  it('is not fooled by something else called API', () => {
    const wins = frames(2);
    wins[1]!.API = { version: 'not SCORM' };
    expect(connectScorm(asWindow(wins[0]!), '1.2')).toBeUndefined();
  });
});

describe('SCORM 1.2 suspend data past 4,096 characters', () => {
  it('keeps the newest actions in the LMS, tells the learner once, and still reports the whole score', () => {
    const wins = frames(2);
    const api = new Scorm12API({ logLevel: 5 });
    api.loadFromJSON({ core: { student_id: 'grace', entry: 'ab-initio' } });
    wins[1]!.API = api;
    const lms = connectScorm(asWindow(wins[0]!), '1.2', () => 0)!;
    expect(lms.learner).toBe('grace');
    const storage = lms.storageFor(bowl, 0.8);
    let clock = 0;
    const session = new Session({
      exercise: bowl.exercises[0]!,
      policy: bowl.policy,
      lesson: 'bowl',
      learner: 'grace',
      storage,
      now: () => (clock += 1000),
    });
    // A learner who tries 300 wrong losses before the right one, then does the rest right.
    for (let k = 0; k < 300; k++) session.answer('loss', `${k + 101} / 4`);
    for (const [step, text] of BOWL_RIGHT) session.answer(step, text);
    expect(session.notices).toEqual([
      'This LMS keeps at most 4,096 characters of progress, and yours has outgrown them: from now on it keeps your newest actions, and the oldest will not be there next time. Everything is still on this page, and your score counts all of it.',
    ]);
    const suspend = api.LMSGetValue('cmi.suspend_data');
    expect(suspend.length).toBeLessThanOrEqual(4096);
    const kept = decodeSuspend(suspend)!.sessions[0]!.events;
    expect(kept.at(-1)).toMatchObject({ step: 'loss-1', text: '16' });
    expect(kept.length).toBeLessThan(307);
    // The score is the page's: the first step lost its credit to the wrong tries (0 of 1), the rest is right.
    expect(session.view().earned).toBe(6);
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe(String(Math.round((6 / 11) * 1000) / 10));
    expect(api.LMSGetLastError()).toBe('0');
  });
});
