/**
 * The `newton_steps` step: how many Newton steps from the start reach the
 * critical point: one (a quadratic, whose second-order model is itself),
 * several, or never. An engine-derived choice: Newton's method is run (exactly
 * while the arithmetic allows), and so is gradient descent at the exercise's
 * learning rate, for the comparison in the worked solution.
 */
import type { Misconception } from '../derived.js';
import { constantHessian, hessianAt, solve } from '../hessian.js';
import type { StepFile } from '../schema.js';
import { combine, pointLatex, valueShort, type Point } from '../values.js';
import { DerivationError, type Workings } from '../workings.js';
import { at, type Derivation, type StepInput } from './context.js';
import { say } from '../../messages/catalogue.js';
import { STEPS_CONVEX } from '../../messages/steps-convex.js';

type Of<K extends StepFile['kind']> = Extract<StepFile, { kind: K }>;

export const NEWTON_RUNS = 50;
const GRADIENT_RUNS = 10_000;

const size = (g: readonly number[]): number => Math.sqrt(g.reduce((s, x) => s + x * x, 0));

/** Newton's iterates from the start until the gradient vanishes (to `tol`): the count and the point, or undefined. */
export function newtonRun(w: Workings, tol: number): { n: number; point: Point } | undefined {
  let theta = w.point(0);
  for (let n = 1; n <= NEWTON_RUNS; n++) {
    const step = solve(hessianAt(w, theta), w.gradientAt(theta));
    if (!step) return undefined;
    theta = theta.map((x, k) => combine(x, step[k]!, '-'));
    if (!theta.every((x) => Number.isFinite(x.number))) return undefined;
    // Exact arithmetic grows long fractions; past a few steps, carry on in floating point.
    if (n >= 3) theta = theta.map((x) => ({ number: x.number }));
    if (size(w.gradientAt(theta).map((v) => v.number)) <= tol) return { n, point: theta };
  }
  return undefined;
}

/** Gradient descent's steps to the same tolerance at the exercise's rate, or undefined past GRADIENT_RUNS. */
function gradientRun(w: Workings, rate: number, tol: number): number | undefined {
  let theta = w.point(0).map((v) => v.number);
  for (let n = 1; n <= GRADIENT_RUNS; n++) {
    const g = w.gradientAt(theta.map((x) => ({ number: x }))).map((v) => v.number);
    theta = theta.map((x, k) => x - rate * g[k]!);
    if (!theta.every(Number.isFinite)) return undefined;
    if (size(w.gradientAt(theta.map((x) => ({ number: x }))).map((v) => v.number)) <= tol) return n;
  }
  return undefined;
}

export function newtonSteps({ workings: w, locale }: StepInput<Of<'newton_steps'>>): Derivation {
  if (!w.problem.start) throw new DerivationError('newton_steps needs a start point θ₀.');
  const g0 = size(w.gradientAt(w.point(0)).map((v) => v.number));
  if (g0 === 0) throw new DerivationError('The start is already a critical point: no Newton step is needed.');
  const tol = 1e-9 * Math.max(1, g0);
  const run = newtonRun(w, tol);
  const id = !run ? 'never' : run.n === 1 ? 'one' : 'several';
  const m = say(STEPS_CONVEX, locale);
  const options = (['one', 'several', 'never'] as const).map((o) => ({ id: o, label: m[`option_${o}`] }));
  const label = m[`option_${id}`];
  const rate = w.problem.learningRate;
  const gd = rate && gradientRun(w, rate.number, tol);
  const slips: Misconception[] =
    id === 'one'
      ? [
          {
            id: 'like_gradient',
            name: m.nameLikeGradient,
            answer: { type: 'option', id: 'several' },
            text: 'several',
            feedback: m.likeGradient,
          },
        ]
      : [];
  return {
    title: m.stepsTitle,
    prompt: m.stepsPrompt({ signature: w.signature, formula: w.problem.written, at: at(w, 0, locale) }),
    answer: { type: 'choice', expected: { type: 'option', id }, text: id, options },
    answerLatex: `\\text{${label}}`,
    solution: [
      ...(constantHessian(w) ? [m.stepsQuadratic] : []),
      run ? m.stepsRun({ n: run.n, point: pointLatex(run.point) }) : m.stepsNever,
      ...(rate
        ? [
            gd === undefined
              ? m.stepsGradientNever({ rate: valueShort(rate) })
              : m.stepsGradient({ n: gd, rate: valueShort(rate) }),
          ]
        : []),
    ],
    hints: [m.stepsHint1, m.stepsHint2],
    correct: m.stepsCorrect({ label }),
    misconceptions: slips,
  };
}
