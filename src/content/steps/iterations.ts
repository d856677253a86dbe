/**
 * How far descent gets, counted: `iterations_to` (the number of steps until
 * ‖∇f(θₜ)‖, or |f(θₜ) − f*|, first falls under a tolerance, found by running
 * the exercise's own method) and `decrease_bound` (the decrease α/2·‖∇f‖² that
 * one step is guaranteed for α ≤ 1/L).
 */
import { largestEigenvalue, run, stepper } from '../descent.js';
import { statedValue } from '../quantity.js';
import type { StepFile } from '../schema.js';
import { combine, valueOf } from '../values.js';
import { DerivationError, type Workings } from '../workings.js';
import { hessian } from './convergence.js';
import { sqrtValue, sumOfSquares } from './derivatives.js';
import { at, short, valueAnswer, type Derivation, type StepInput } from './context.js';
import { say } from '../../messages/catalogue.js';
import { STEPS_ITERATIONS } from '../../messages/steps-iterations.js';

type Of<K extends StepFile['kind']> = Extract<StepFile, { kind: K }>;

/** The most steps counted before giving up. */
const MAX_STEPS = 100_000;

/** The lesson-file errors of this module, for the teacher (English, like lint's); a learner's words are the catalogue's. */
export const ITERATION_TEXT = {
  never: (n: number) => `Descent does not get under this tolerance within ${n} steps; raise the tolerance or the rate.`,
  notPlain: 'decrease_bound is about plain gradient descent with α ≤ 1/L.',
  tooLarge: (alpha: string, bound: string) =>
    `The guarantee holds for α ≤ 1/L = ${bound}; this exercise's α = ${alpha} is larger.`,
} as const;

/** θₜ as numbers for t = 0, 1, …: the float stepper for plain descent, the optimiser's run otherwise. */
function* iterates(w: Workings): Generator<Float64Array> {
  if (!w.problem.method) {
    const next = stepper(w.compiledGradient(), w.rateNumbers);
    let theta: Float64Array = Float64Array.from(w.point(0), (v) => v.number);
    for (;;) {
      yield theta;
      theta = next(theta);
    }
  }
  const trajectory = w.trajectory();
  for (let t = 0; ; t++) yield Float64Array.from(trajectory.at(t).theta, (v) => v.number);
}

export function iterationsTo({ step, workings: w, locale }: StepInput<Of<'iterations_to'>>): Derivation {
  const m = say(STEPS_ITERATIONS, locale);
  const f = w.name;
  const gradient = w.compiledGradient();
  const fn = (theta: Float64Array) => w.lossAt(Array.from(theta, (x) => valueOf(x))).number;
  const limit =
    step.loss_gap === undefined
      ? 0
      : fn(
          run(
            stepper(gradient, w.rateNumbers),
            Float64Array.from(w.point(0), (v) => v.number),
          ).end,
        );
  const measure = (theta: Float64Array) =>
    step.loss_gap === undefined ? Math.hypot(...gradient.map((g) => g(theta))) : Math.abs(fn(theta) - limit);
  const tol = step.loss_gap ?? step.gradient_norm ?? 1e-6;
  const seen: number[] = [];
  for (const theta of iterates(w)) {
    const m = measure(theta);
    seen.push(m);
    if (m < tol || !Number.isFinite(m) || seen.length > MAX_STEPS) break;
  }
  const t = seen.length - 1;
  if (!(seen[t]! < tol)) throw new DerivationError(ITERATION_TEXT.never(MAX_STEPS));
  const shown = (x: number) => Number(x.toPrecision(4)).toString();
  return {
    title: (step.loss_gap === undefined ? m.titleNorm : m.titleGap)({ tol }),
    prompt: (step.loss_gap === undefined ? m.normPrompt : m.gapPrompt)({ tol: String(tol), f }),
    answer: valueAnswer(valueOf(t), { absolute: 0 }),
    answerLatex: String(t),
    solution:
      t > 0 ? [m.measured({ t, before: shown(seen[t - 1]!), after: shown(seen[t]!) }), m.so({ t })] : [`$t = 0$`],
    hints: [m.hint1, m.hint2],
    correct: m.correct({ t }),
    misconceptions: [
      ...(t > 0
        ? [
            {
              id: 'one_short',
              name: m.nameOneShort,
              ...statedValue(valueOf(t - 1)),
              feedback: m.oneShort,
            },
          ]
        : []),
      {
        id: 'one_over',
        name: m.nameOneOver,
        ...statedValue(valueOf(t + 1)),
        feedback: m.oneOver,
      },
    ],
  };
}

export function decreaseBound({ step, workings: w, tolerance, locale }: StepInput<Of<'decrease_bound'>>): Derivation {
  const m = say(STEPS_ITERATIONS, locale);
  if (w.problem.method) throw new DerivationError(ITERATION_TEXT.notPlain);
  const L = largestEigenvalue(hessian(w));
  const alpha = w.learningRate;
  if (L > 0 && alpha.number > 1 / L + 1e-12)
    throw new DerivationError(ITERATION_TEXT.tooLarge(short(alpha), String(Number((1 / L).toPrecision(6)))));
  const t = step.after ?? 0;
  const squares = sumOfSquares(w.gradientAt(w.point(t)));
  const half = combine(alpha, valueOf(2), '/');
  const bound = combine(half, squares, '*');
  return {
    title: m.boundTitle({ t }),
    prompt: m.boundPrompt({ f: w.name, at: at(w, t, locale) }),
    answer: valueAnswer(bound, tolerance),
    answerLatex: short(bound),
    solution: [m.boundWhy({ f: w.name }), `$\\frac{${short(alpha)}}{2} \\cdot ${short(squares)} = ${short(bound)}$`],
    hints: [m.boundHint],
    correct: m.boundCorrect,
    misconceptions: [
      {
        id: 'no_half',
        name: m.nameNoHalf,
        ...statedValue(combine(alpha, squares, '*')),
        feedback: m.noHalf,
      },
      {
        id: 'not_squared',
        name: m.nameNotSquared,
        ...statedValue(combine(half, sqrtValue(squares), '*')),
        feedback: m.notSquared,
      },
    ],
  };
}
