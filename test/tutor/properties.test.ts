import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryStorage, replay, restoreSaved } from '../../src/tutor/index.js';
import { lessonFromContent, openSession } from './fixtures.js';

const bowl = lessonFromContent('bowl.yaml');
const exercise = bowl.exercises[0]!;
const stepIds = exercise.steps.map((s) => s.id);

/** Random learner actions: answers drawn from right, named-mistake and junk answers; hints; reveals. */
const action = fc.oneof(
  fc.record({
    type: fc.constant('answer' as const),
    step: fc.constantFrom(...stepIds),
    text: fc.oneof(
      fc.constantFrom(...exercise.steps.map((s) => s.answer.text)),
      fc.constantFrom(...exercise.steps.flatMap((s) => s.misconceptions.map((m) => m.text))),
      fc.constantFrom('', '2x+', '(6, 9)', '7', '(2.4, 3.1)', 'x y', '10'),
    ),
  }),
  fc.record({ type: fc.constantFrom('hint' as const, 'reveal' as const), step: fc.constantFrom(...stepIds) }),
);

function act(
  session: ReturnType<typeof openSession>,
  a: { type: 'answer' | 'hint' | 'reveal'; step: string; text?: string },
) {
  if (a.type === 'answer') session.answer(a.step, a.text!);
  else if (a.type === 'hint') session.hint(a.step);
  else session.reveal(a.step);
}

const params = { seed: 0x7475746f, numRuns: 200 };

describe('session laws, for random sequences of learner actions', () => {
  it('replaying the event log reproduces the state, and every logged verdict', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        const s = openSession(bowl, 'one-step');
        for (const a of actions) act(s, a);
        const { tracker, grades } = replay(exercise, bowl.policy, s.saved().events);
        expect(tracker.view()).toEqual(s.view());
        expect(grades.map((g) => g?.kind)).toEqual(
          s.saved().events.map((e) => (e.type === 'answer' ? e.verdict : undefined)),
        );
      }),
      params,
    );
  });

  it('the view asked after every action is the view of the log so far (a view is never left over from before)', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 20 }), (actions) => {
        const s = openSession(bowl, 'one-step');
        for (const a of actions) {
          s.view();
          act(s, a);
          const after = s.view();
          expect(after).toEqual(replay(exercise, bowl.policy, s.saved().events).tracker.view());
          // Asked again with nothing done in between, it is the same view.
          expect(s.view()).toBe(after);
        }
      }),
      params,
    );
  });

  it('saving and restoring is the identity', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        const storage = new MemoryStorage();
        const s = openSession(bowl, 'one-step', storage);
        for (const a of actions) act(s, a);
        const json = JSON.stringify(s.saved());
        const restored = restoreSaved(json, exercise, bowl.id);
        expect(restored).toEqual({ ok: true, saved: s.saved(), reset: [] });
        expect(openSession(bowl, 'one-step', storage).view()).toEqual(s.view());
      }),
      params,
    );
  });
});
