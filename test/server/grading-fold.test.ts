/**
 * The law the attempt cache rests on: grading an attempt's actions as they arrive, in any number of batches, gives
 * the grades and the score that grading the whole log from scratch gives — and both agree with the learner's own
 * session in the page, for every log a learner can make.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Grader, type Action } from '../../src/server/grading.js';
import { Session } from '../../src/tutor/index.js';
import { lessonVariant, REPO } from './harness.js';

const grader = new Grader(join(REPO, 'content'));
const lesson = lessonVariant('bowl', 0);
const exercise = lesson.exercises.find((e) => e.id === 'one-step')!;

/** What a learner does: answer a step (right, a named mistake, or something else), ask a hint, reveal. */
const action = fc.oneof(
  {
    arbitrary: fc
      .record({
        step: fc.constantFrom(...exercise.steps),
        pick: fc.nat(),
        other: fc.constantFrom('0', '2x', '(1, 2)', '25', 'x+', ''),
      })
      .map(({ step, pick, other }) => {
        const choices = [step.answer.text, ...step.misconceptions.map((m) => m.text), other];
        return { kind: 'answer' as const, step: step.id, text: choices[pick % choices.length]! };
      }),
    weight: 6,
  },
  { arbitrary: fc.constantFrom(...exercise.steps).map((s) => ({ kind: 'hint' as const, step: s.id })), weight: 1 },
  { arbitrary: fc.constantFrom(...exercise.steps).map((s) => ({ kind: 'reveal' as const, step: s.id })), weight: 1 },
);

describe('grading as actions arrive', () => {
  it('equals grading from scratch, batch by batch, and the page’s own session', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 25 }), fc.array(fc.nat(), { maxLength: 4 }), (script, cuts) => {
        // The page: only what its session logs reaches the server.
        const session = new Session({ exercise, policy: lesson.policy, lesson: lesson.id, now: () => 0 });
        for (const a of script)
          if (a.kind === 'answer') session.answer(a.step, a.text);
          else if (a.kind === 'hint') session.hint(a.step);
          else session.reveal(a.step);
        const actions: Action[] = session.saved().events.map((e) => ({
          exercise: exercise.id,
          type: e.type,
          step: e.step,
          ...(e.type === 'answer' ? { answer: e.text } : {}),
          at: 0,
        }));
        const whole = grader.grade('bowl', 0, 'one-step', actions)!;
        const incremental = grader.open('bowl', 0, 'one-step')!;
        const bounds = [...new Set(cuts.map((c) => c % (actions.length + 1)))].sort((a, b) => a - b);
        const graded = [0, ...bounds, actions.length]
          .slice(1)
          .flatMap((end, k, ends) => incremental.apply(actions.slice(k === 0 ? 0 : ends[k - 1], end)));
        expect(graded).toEqual(whole.graded);
        expect(incremental.progress()).toEqual(whole.progress);
        const view = session.view();
        expect(whole.progress).toEqual({ earned: view.earned, possible: view.possible, completed: view.complete });
        expect(whole.graded.map((g) => g.verdict ?? null)).toEqual(
          session.saved().events.map((e) => (e.type === 'answer' ? e.verdict : null)),
        );
      }),
      { numRuns: 150 },
    );
  });
});
