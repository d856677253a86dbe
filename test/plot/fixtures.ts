/**
 * Compiled exercises from content/ and a scripted learner's step views, for the
 * plot tests in Node and in Chromium alike.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadLesson, policyOf, type CompiledExercise } from '../../src/content/index.js';
import { read, type Node } from '../../src/math/index.js';
import type { PlotFunction } from '../../src/plot/landscape.js';
import { plotModel, type PlotModel } from '../../src/plot/model.js';
import { Tracker, type StepView } from '../../src/tutor/index.js';

const CONTENT = resolve(import.meta.dirname, '../../content');

/** The policy a lesson that states none gets. */
const POLICY = policyOf();

/** A function to plot, written as text here for the reader's sake (a compiled lesson holds trees). */
export function plotFunction(
  text: string,
  variables: readonly string[],
  gradient: readonly string[],
  name?: string,
): PlotFunction {
  const tree = (t: string): Node => {
    const r = read(t, { variables });
    if (!r.ok) throw new Error(`${t}: ${r.error.message}`);
    return r.node;
  };
  return { tree: tree(text), variables, gradient: gradient.map(tree), ...(name ? { name } : {}) };
}

/** One exercise of a lesson in content/, compiled with seed 0. */
export function exerciseOf(lesson: string, id: string): CompiledExercise {
  const file = join(CONTENT, `${lesson}.yaml`);
  const result = loadLesson(file, readFileSync(file, 'utf8'));
  const exercise = result.lesson?.exercises.find((e) => e.id === id);
  if (!exercise) throw new Error(`No exercise ${id} in ${lesson}: ${JSON.stringify(result.issues)}`);
  return exercise;
}

/** The session's step views after a learner answers these steps in order, as plain JSON (as a page gets them). */
export function answered(exercise: CompiledExercise, answers: readonly (readonly [string, string])[]): StepView[] {
  const tracker = new Tracker(exercise, POLICY);
  answers.forEach(([step, text], k) => tracker.apply({ type: 'answer', step, text, at: k, verdict: 'correct' }));
  return JSON.parse(JSON.stringify(tracker.view().steps)) as StepView[];
}

/** The bowl's scripted learner: right up to the gradient's length, then the update with the wrong sign. */
export const WRONG_SIGN: readonly (readonly [string, string])[] = [
  ['loss', '25'],
  ['partial-x', '2x'],
  ['partial-y', '2y'],
  ['gradient', '(6, 8)'],
  ['norm', '10'],
  ['update-0', '(3.6, 4.8)'],
];

/** The bowl's one-step exercise drawn after the scripted learner's wrong-sign update (WRONG_SIGN). */
export function wrongSignBowl(): PlotModel {
  const bowl = exerciseOf('bowl', 'one-step');
  const model = plotModel({
    fn: bowl.function!,
    start: bowl.start,
    learningRate: bowl.learningRate,
    exercise: bowl,
    steps: answered(bowl, WRONG_SIGN),
  });
  if (!model) throw new Error('The bowl cannot be drawn.');
  return model;
}
