import { describe, expect, it } from 'vitest';
import type { CompiledLesson } from '../../src/content/index.js';
import {
  LocalStorageAdapter,
  MemoryStorage,
  restoreSaved,
  sessionKey,
  type WebStorage,
} from '../../src/tutor/index.js';
import { lessonFromContent, openSession } from './fixtures.js';

const bowl = lessonFromContent('bowl.yaml');
const exercise = bowl.exercises[0]!;
const key = sessionKey('bowl', 'one-step');

describe('restoring a saved session', () => {
  it('refuses damaged or foreign saves with a clear message, never throwing', () => {
    expect(restoreSaved('{not json', exercise, 'bowl')).toEqual({
      ok: false,
      message: 'The saved progress is damaged (not valid JSON) and could not be restored.',
    });
    expect(restoreSaved('[1,2]', exercise, 'bowl')).toMatchObject({
      ok: false,
      message: 'The saved progress is not a gd-tutor session and could not be restored.',
    });
    expect(
      restoreSaved(
        JSON.stringify({
          format: 2,
          lesson: 'bowl',
          exercise: 'one-step',
          seed: 0,
          steps: {},
          events: [{ type: 'answer' }],
        }),
        exercise,
        'bowl',
      ),
    ).toMatchObject({
      ok: false,
      message: 'The saved progress is damaged (its event log does not read) and could not be restored.',
    });
  });

  it('refuses a save from a newer version instead of resetting it', () => {
    expect(restoreSaved(JSON.stringify({ format: 9 }), exercise, 'bowl')).toEqual({
      ok: false,
      message:
        'The saved progress was written by a newer gd-tutor (format 9; this one reads up to 2). Update the page to restore it.',
    });
  });

  it('migrates a format-1 save (drafts under "typed", no fingerprints)', () => {
    const v1 = {
      format: 1,
      lesson: 'bowl',
      exercise: 'one-step',
      seed: 0,
      typed: { loss: '2' },
      events: [{ type: 'answer', step: 'loss', text: '25', at: 5, verdict: 'correct' }],
    };
    const restored = restoreSaved(JSON.stringify(v1), exercise, 'bowl');
    expect(restored).toMatchObject({
      ok: true,
      reset: [],
      saved: { format: 2, drafts: { loss: '2' }, events: v1.events },
    });
  });

  it('keeps what still applies when the lesson changed, and says what was reset', () => {
    const storage = new MemoryStorage();
    const s = openSession(bowl, 'one-step', storage);
    s.answer('loss', '25');
    s.answer('partial-x', '2x');
    s.answer('partial-y', '2y');
    // The teacher moved the start: the loss now differs; the partials do not. One step was removed.
    const changed: CompiledLesson = {
      ...bowl,
      exercises: [
        {
          ...exercise,
          steps: exercise.steps
            .filter((st) => st.id !== 'partial-y')
            .map((st) => (st.id === 'loss' ? { ...st, answer: { ...st.answer, text: '26' } } : st)),
        },
      ],
    };
    const reopened = openSession(changed, 'one-step', storage);
    expect(reopened.reset).toEqual([
      { step: 'loss', reason: 'changed' },
      { step: 'partial-y', reason: 'removed' },
    ]);
    expect(reopened.notices).toEqual([
      'The exercise changed since your last visit: your work on loss (changed), partial-y (removed) was reset; everything else is as you left it.',
    ]);
    expect(reopened.view().steps.map((v) => [v.id, v.status])).toEqual([
      ['loss', 'open'],
      ['partial-x', 'correct'],
      ['gradient', 'locked'],
      ['norm', 'locked'],
      ['update-0', 'locked'],
      ['loss-1', 'locked'],
    ]);
  });

  it('keeps a save it cannot read aside and says so, instead of silently resetting', () => {
    const storage = new MemoryStorage();
    storage.save(key, '{"format": 2, "broken": tru');
    const s = openSession(bowl, 'one-step', storage);
    expect(s.notices).toEqual([
      'The saved progress is damaged (not valid JSON) and could not be restored. It was kept aside; this exercise starts afresh.',
    ]);
    expect([...storage.items.keys()].filter((k) => k.includes(':unrestored:'))).toHaveLength(1);
  });
});

describe('storage that fails never loses the learner’s work in the page', () => {
  const throwing = (name: string): WebStorage => ({
    getItem: () => null,
    setItem: () => {
      throw Object.assign(new Error('nope'), { name });
    },
    removeItem: () => undefined,
  });

  it('reports a full storage once and goes on', () => {
    const s = openSession(bowl, 'one-step', new LocalStorageAdapter(throwing('QuotaExceededError')));
    const notices: string[] = [];
    s.on((e) => e.type === 'notice' && notices.push(e.message));
    s.answer('loss', '25');
    s.answer('partial-x', '2x');
    expect(notices).toEqual([
      'Browser storage is full, so progress is not being saved; it stays on this page until you leave it.',
    ]);
    expect(
      s
        .view()
        .steps.slice(0, 2)
        .map((v) => v.status),
    ).toEqual(['correct', 'correct']);
  });

  it('reports unavailable storage (private mode) once, at opening', () => {
    const s = openSession(bowl, 'one-step', new LocalStorageAdapter(undefined));
    expect(s.notices).toEqual([
      'Browser storage is unavailable (private browsing?), so progress is not being saved; it stays on this page until you leave it.',
    ]);
    const notices: string[] = [];
    s.on((e) => e.type === 'notice' && notices.push(e.message));
    expect(s.answer('loss', '25').kind).toBe('correct');
    expect(notices).toEqual([]);
  });

  it('keys sessions by lesson, exercise and learner', () => {
    expect(sessionKey('bowl', 'one-step', 'ada')).toBe('gd-tutor:v1:bowl:one-step:ada');
  });
});
