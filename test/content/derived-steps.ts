/**
 * For tests that pin a lesson's derived steps: an exercise's steps by id, what a learner's typed answer gets
 * (as one word, or `misconception <id>`), and the engine's workings of a function written as a teacher writes it.
 */
import type { CompiledLesson, DerivedStep } from '../../src/content/index.js';
import { Workings } from '../../src/content/workings.js';
import { read } from '../../src/math/index.js';
import { prepareStep } from '../../src/tutor/grade.js';
import { gradeAnswer } from '../../src/tutor/index.js';

/** The steps of exercise `exercise`, by id. */
export const stepsById = (lesson: CompiledLesson, exercise: string): Record<string, DerivedStep> =>
  Object.fromEntries(lesson.exercises.find((e) => e.id === exercise)!.steps.map((s) => [s.id, s]));

/** The grade of `text` typed at step `s` with no earlier answers: `correct`, `incorrect`, `misconception sign`… */
export const gradeOf = (s: DerivedStep, text: string): string => {
  const g = gradeAnswer(prepareStep(s), text, new Map()).grade;
  return g.kind === 'misconception' ? `misconception ${g.misconception.id}` : g.kind;
};

/** The engine's workings of f (named f) in `variables`, from a whole-number `start` when one is given. */
export function workingsOf(f: string, variables: string[], start?: number[]): Workings {
  const r = read(f, { variables });
  if (!r.ok) throw new Error(r.error.message);
  return new Workings({
    name: 'f',
    variables,
    f: r.node,
    written: f,
    given: [],
    parameters: {},
    ...(start ? { start: start.map((x) => ({ number: x, exact: { n: BigInt(x), d: 1n } })) } : {}),
  });
}
