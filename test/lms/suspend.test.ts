/**
 * Suspend data: a lesson's sessions in the characters an LMS keeps (4,096 in SCORM 1.2), restored to the same state,
 * and past the limit, the newest actions kept and the number left out said. Also the lesson's result from the logs,
 * and the two versions' time formats.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLesson, type CompiledLesson } from '../../src/content/index.js';
import { lessonResult } from '../../src/lms/lesson-result.js';
import { scorm12Time, scorm2004Duration, scorm2004Timestamp } from '../../src/lms/scorm-time.js';
import { decodeSuspend, encodeSuspend, SUSPEND_LIMIT } from '../../src/lms/suspend.js';
import { MemoryStorage, Session, type SavedSession } from '../../src/tutor/index.js';
import { BOWL_RIGHT } from '../tutor/fixtures.js';

function lesson(file: string): CompiledLesson {
  const result = loadLesson(file, readFileSync(new URL(`../../content/${file}`, import.meta.url), 'utf8'), 0);
  return result.lesson!;
}

const bowl = lesson('bowl.yaml');
const T0 = Date.UTC(2026, 10, 23, 9, 0, 0);

/** A session on an exercise of bowl whose clock advances a second per action, from 9:00. */
function session(exercise: string) {
  let clock = T0;
  return new Session({
    exercise: bowl.exercises.find((e) => e.id === exercise)!,
    policy: bowl.policy,
    lesson: 'bowl',
    storage: new MemoryStorage(),
    now: () => (clock += 1000),
  });
}

function workedBowl(): SavedSession[] {
  const one = session('one-step');
  one.answer('loss', '25');
  one.answer('partial-x', '-2x');
  one.hint('partial-x');
  one.answer('partial-x', '2x');
  one.draft('partial-y', '2');
  const two = session('random-start');
  two.answer('loss', '1');
  return [one.saved(), two.saved()];
}

describe('suspend data', () => {
  it('encodes a lesson compactly and decodes it to the same sessions', () => {
    const sessions = workedBowl();
    const { data, droppedEvents, droppedDrafts } = encodeSuspend('bowl', sessions, SUSPEND_LIMIT['1.2']);
    expect([droppedEvents, droppedDrafts]).toEqual([0, false]);
    expect(JSON.parse(data)).toMatchObject({
      g: 1,
      l: 'bowl',
      t: T0 / 1000 + 1,
      x: [
        {
          i: 'one-step',
          e: [
            [0, 'c', 0, '25'],
            [1, 'm', 1, '-2x'],
            [1, 'h', 2],
            [1, 'c', 3, '2x'],
          ],
          d: { '2': '2' },
        },
        { i: 'random-start', e: [[0, 'i', 0, '1']] },
      ],
    });
    expect(data.length).toBeLessThan(700);
    expect(decodeSuspend(data)).toEqual({ lesson: 'bowl', sessions });
  });

  it('restores the same state: a session opened on the decoded save shows what the first one showed', () => {
    const first = session('one-step');
    first.answer('loss', '25');
    first.answer('partial-x', '-2x');
    first.hint('partial-x');
    const { data } = encodeSuspend('bowl', [first.saved()], SUSPEND_LIMIT['1.2']);
    const storage = new MemoryStorage();
    const saved = decodeSuspend(data)!.sessions[0]!;
    storage.save('gd-tutor:v1:bowl:one-step:anonymous', JSON.stringify(saved));
    const again = new Session({ exercise: bowl.exercises[0]!, policy: bowl.policy, lesson: 'bowl', storage });
    expect(again.view()).toEqual(first.view());
    expect(again.notices).toEqual([]);
  });

  it('past 4,096 characters keeps the newest actions that fit, drops drafts first, and counts what it left out', () => {
    const s = session('one-step');
    for (let k = 0; k < 400; k++) s.answer('loss', `${k} + 0.5`);
    s.answer('loss', '25');
    s.draft('partial-x', '2x');
    const { data, droppedEvents, droppedDrafts } = encodeSuspend('bowl', [s.saved()], SUSPEND_LIMIT['1.2']);
    expect(data.length).toBeLessThanOrEqual(4096);
    expect(droppedDrafts).toBe(true);
    expect(droppedEvents).toBeGreaterThan(100);
    const kept = decodeSuspend(data)!.sessions[0]!;
    expect(kept.events.length + droppedEvents).toBe(401);
    // The newest survive, the right answer last of all; one more event would not have fitted.
    expect(kept.events.at(-1)).toMatchObject({ type: 'answer', text: '25', verdict: 'correct' });
    expect(kept.events[0]).toMatchObject({ text: `${droppedEvents} + 0.5` });
    expect(kept.drafts).toEqual({ loss: '25' });
  });

  it('ignores data that is not its own (another SCO, a damaged string)', () => {
    for (const data of ['', 'viewed=1,2,3|last=4', '{"g":2}', '[]', '{"g":1,"l":"x","x":[{"i":3}]}'])
      expect(decodeSuspend(data)?.sessions ?? []).toEqual([]);
  });
});

describe('the result of a lesson, from its logs', () => {
  it('scores every step of every exercise, and is complete only when every exercise is', () => {
    const one = session('one-step');
    for (const [step, text] of BOWL_RIGHT) one.answer(step, text);
    const result = lessonResult(bowl, new Map([['one-step', one.saved()]]));
    expect(result).toMatchObject({ earned: 7, possible: 11, scaled: 0.636, completed: 1, complete: false });
    expect(result.exercises.map((e) => [e.exercise, e.earned, e.complete, e.events.length])).toEqual([
      ['one-step', 7, true, 7],
      ['random-start', 0, false, 0],
    ]);
  });
});

describe('SCORM times', () => {
  it.each([
    [0, '00:00:00.00', 'PT0S'],
    [45_500, '00:00:45.50', 'PT45.5S'],
    [3_723_040, '01:02:03.04', 'PT1H2M3.04S'],
    [3_600_000, '01:00:00.00', 'PT1H'],
    [50_000 * 3_600_000, '9999:59:59.99', 'PT50000H'],
  ])('%i ms is %s in 1.2 and %s in 2004', (ms, v12, v2004) => {
    expect(scorm12Time(ms)).toBe(v12);
    expect(scorm2004Duration(ms)).toBe(v2004);
  });

  it('stamps 2004 interactions in UTC to the hundredth of a second', () => {
    expect(scorm2004Timestamp(new Date(Date.UTC(2026, 10, 23, 9, 5, 7, 891)))).toBe('2026-11-23T09:05:07.89Z');
  });
});
