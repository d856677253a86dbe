/** A lesson's sessions as the SCORM and cmi5 adapters keep them: read back from suspend data, found by storage key. */
import { describe, expect, it } from 'vitest';
import { LessonSessions } from '../../src/lms/lesson-sessions.js';
import { encodeSuspend } from '../../src/lms/suspend.js';
import { MemoryStorage, Session, sessionKey } from '../../src/tutor/index.js';
import { lessonFromContent } from '../tutor/fixtures.js';

const bowl = lessonFromContent('bowl.yaml');

/** The bowl's one-step exercise with its loss answered, as saved. */
function answeredLoss() {
  const s = new Session({
    exercise: bowl.exercises.find((e) => e.id === 'one-step')!,
    policy: bowl.policy,
    lesson: 'bowl',
    storage: new MemoryStorage(),
    now: () => 0,
  });
  s.answer('loss', '25');
  return s.saved();
}

describe('LessonSessions', () => {
  it('reads the lesson’s sessions back from its suspend data, and loads one by its storage key', () => {
    const saved = answeredLoss();
    const sessions = new LessonSessions(bowl, 'ada', encodeSuspend('bowl', [saved], 1_000_000).data);
    expect([...sessions.keys()]).toEqual(['one-step']);
    const key = sessionKey('bowl', 'one-step', 'ada');
    expect(sessions.exerciseOf(key)).toBe('one-step');
    const loaded = sessions.load(key);
    expect(loaded.ok && JSON.parse(loaded.value!)).toEqual(JSON.parse(JSON.stringify(sessions.get('one-step'))));
    // Another exercise of the lesson, not yet worked: nothing to load.
    expect(sessions.load(sessionKey('bowl', 'random-start', 'ada'))).toEqual({ ok: true, value: undefined });
  });

  it('knows no key of another learner or lesson, and ignores suspend data of another lesson', () => {
    const data = encodeSuspend('bowl', [answeredLoss()], 1_000_000).data;
    const sessions = new LessonSessions(bowl, 'ada', data);
    expect(sessions.exerciseOf(sessionKey('bowl', 'one-step', 'grace'))).toBeUndefined();
    expect(sessions.exerciseOf(sessionKey('other', 'one-step', 'ada'))).toBeUndefined();
    expect(new LessonSessions(bowl, 'ada', encodeSuspend('other', [answeredLoss()], 1_000_000).data).size).toBe(0);
    expect(new LessonSessions(bowl, 'ada', undefined).size).toBe(0);
    expect(new LessonSessions(bowl, 'ada', 'not suspend data').size).toBe(0);
  });
});
