/**
 * A lesson's session: its exercises' sessions over one storage, and the
 * lesson's progress tallied from them — the one tally the lesson element, the
 * framed player and the LMS adapters share.
 */
import { describe, expect, it } from 'vitest';
import { lessonResult } from '../../src/lms/lesson-result.js';
import { LessonSession, type LessonEvent } from '../../src/tutor/index.js';
import { MemoryStorage, sessionKey, type SavedSession } from '../../src/tutor/index.js';
import { lessonFromContent } from './fixtures.js';

const bowl = lessonFromContent('bowl.yaml');
const [oneStep, randomStep] = bowl.exercises;

const rightAnswers = (exercise: typeof oneStep) => exercise!.steps.map((s) => [s.id, s.answer.text] as const);

function open(storage = new MemoryStorage()) {
  let clock = 0;
  return new LessonSession({ lesson: bowl, learner: 'ada', storage, now: () => ++clock });
}

describe('a lesson’s progress', () => {
  it('starts at nothing done: 0 of 11 steps over 2 exercises', () => {
    expect(open().progress()).toEqual({
      exercises: [
        { exercise: 'one-step', earned: 0, possible: 7, complete: false },
        { exercise: 'random-start', earned: 0, possible: 4, complete: false },
      ],
      earned: 0,
      possible: 11,
      score: 0,
      completed: 0,
      complete: false,
    });
  });

  it('counts an exercise completed and its credit over every step of the lesson', () => {
    const lesson = open();
    const s = lesson.exercise('one-step')!;
    s.hint('loss');
    for (const [step, text] of rightAnswers(oneStep)) s.answer(step, text);
    expect(lesson.progress()).toMatchObject({ earned: 6.9, possible: 11, score: 0.627, completed: 1, complete: false });
  });

  it('says when an exercise completes: the exercise, its own score, and the lesson’s progress', () => {
    const lesson = open();
    const events: LessonEvent[] = [];
    lesson.on((e) => {
      if (e.type === 'progress') events.push(e);
    });
    const s = lesson.exercise('random-start')!;
    for (const [step, text] of rightAnswers(randomStep)) s.answer(step, text);
    expect(
      events.map((e) => e.type === 'progress' && [e.exercise, e.score, e.progress.completed, e.progress.earned]),
    ).toEqual([['random-start', 1, 1, 4]]);
  });

  it('is restored from storage without any exercise being shown: a reload counts what was done', () => {
    const storage = new MemoryStorage();
    const first = open(storage).exercise('random-start')!;
    for (const [step, text] of rightAnswers(randomStep)) first.answer(step, text);
    expect(open(storage).progress()).toMatchObject({ completed: 1, earned: 4, score: 0.364 });
  });

  it('is the LMS’s result too: the same logs give the same figures', () => {
    const storage = new MemoryStorage();
    const lesson = open(storage);
    const s = lesson.exercise('one-step')!;
    s.answer('loss', '25');
    s.answer('partial-x', '2y');
    s.answer('partial-x', '2x');
    for (const [step, text] of rightAnswers(randomStep)) lesson.exercise('random-start')!.answer(step, text);
    const saved = new Map(
      bowl.exercises.flatMap((e) => {
        const json = storage.load(sessionKey(bowl.id, e.id, 'ada'));
        return json.ok && json.value ? [[e.id, JSON.parse(json.value) as SavedSession] as const] : [];
      }),
    );
    const result = lessonResult(bowl, saved);
    const progress = lesson.progress();
    expect(progress).toMatchObject({ earned: 5.9, possible: 11, score: 0.536, completed: 1 });
    expect(result).toMatchObject({
      earned: progress.earned,
      possible: progress.possible,
      scaled: progress.score,
      completed: progress.completed,
      complete: progress.complete,
    });
  });
});
