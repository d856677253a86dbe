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

type Of<K extends StepFile['kind']> = Extract<StepFile, { kind: K }>;

/** The most steps counted before giving up. */
const MAX_STEPS = 100_000;

export const ITERATION_TEXT = {
  normPrompt: (tol: string, f: string) =>
    `How many steps does descent take until $\\lVert \\nabla ${f}(\\theta_t) \\rVert < ${tol}$ for the first time? (Give the smallest such $t$.)`,
  gapPrompt: (tol: string, f: string) =>
    `How many steps does descent take until $|${f}(\\theta_t) - ${f}^*| < ${tol}$ for the first time, where $${f}^*$ is the value it converges to? (Give the smallest such $t$.)`,
  solution: (t: number, before: string, after: string) => [
    `Running descent and measuring after each step: after ${t - 1} steps the measure is $${before}$, after ${t} it is $${after}$.`,
    `So $t = ${t}$.`,
  ],
  hints: [
    'On a quadratic bowl every step multiplies the distance to the minimum by the same factor $|1 - \\alpha\\lambda|$ per direction.',
    'Find the smallest $t$ with (start measure) × factorᵗ below the tolerance: take logarithms.',
  ],
  oneShort: ['one step short', 'After that many steps the measure is not yet under the tolerance.'],
  oneOver: ['one step too many', 'The measure is already under the tolerance one step earlier.'],
  never: (n: number) => `Descent does not get under this tolerance within ${n} steps; raise the tolerance or the rate.`,
  notPlain: 'decrease_bound is about plain gradient descent with α ≤ 1/L.',
  tooLarge: (alpha: string, bound: string) =>
    `The guarantee holds for α ≤ 1/L = ${bound}; this exercise's α = ${alpha} is larger.`,
  boundPrompt: (f: string, where: string) =>
    `With $\\alpha \\le 1/L$, one step from ${where} is guaranteed to lower $${f}$ by at least how much? (The bound $\\frac{\\alpha}{2}\\lVert\\nabla ${f}\\rVert^2$.)`,
  boundSolution: (f: string, a: string, sq: string, v: string) => [
    `For an $L$-smooth $${f}$ and $\\alpha \\le 1/L$: $${f}(\\theta - \\alpha\\nabla ${f}) \\le ${f}(\\theta) - \\frac{\\alpha}{2}\\lVert\\nabla ${f}\\rVert^2$.`,
    `$\\frac{${a}}{2} \\cdot ${sq} = ${v}$`,
  ],
  boundHints: ['The sufficient-decrease bound is $\\frac{\\alpha}{2}\\lVert\\nabla f\\rVert^2$.'],
  noHalf: [
    'the ½ forgotten',
    'That is the first-order prediction $\\alpha\\lVert\\nabla f\\rVert^2$; the guarantee is half of it.',
  ],
  notSquared: ['the norm not squared', 'The bound has the squared norm $\\lVert\\nabla f\\rVert^2$.'],
} as const;

/** θₜ as numbers for t = 0, 1, …: the float stepper for plain descent, the optimiser's run otherwise. */
function* iterates(w: Workings): Generator<Float64Array> {
  if (!w.problem.method) {
    const next = stepper(w.compiledGradient(), w.learningRate.number);
    let theta: Float64Array = Float64Array.from(w.point(0), (v) => v.number);
    for (;;) {
      yield theta;
      theta = next(theta);
    }
  }
  const trajectory = w.trajectory();
  for (let t = 0; ; t++) yield Float64Array.from(trajectory.at(t).theta, (v) => v.number);
}

export function iterationsTo({ step, workings: w }: StepInput<Of<'iterations_to'>>): Derivation {
  const f = w.name;
  const gradient = w.compiledGradient();
  const fn = (theta: Float64Array) => w.lossAt(Array.from(theta, (x) => valueOf(x))).number;
  const limit =
    step.loss_gap === undefined
      ? 0
      : fn(
          run(
            stepper(gradient, w.learningRate.number),
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
    title: `t for ${step.loss_gap === undefined ? '‖∇f‖' : '|f − f*|'} < ${tol}`,
    prompt: (step.loss_gap === undefined ? ITERATION_TEXT.normPrompt : ITERATION_TEXT.gapPrompt)(String(tol), f),
    answer: valueAnswer(valueOf(t), { absolute: 0 }),
    answerLatex: String(t),
    solution: t > 0 ? ITERATION_TEXT.solution(t, shown(seen[t - 1]!), shown(seen[t]!)) : [`$t = 0$`],
    hints: [...ITERATION_TEXT.hints],
    correct: `Right: ${t} steps.`,
    misconceptions: [
      ...(t > 0
        ? [
            {
              id: 'one_short',
              name: ITERATION_TEXT.oneShort[0],
              ...statedValue(valueOf(t - 1)),
              feedback: ITERATION_TEXT.oneShort[1],
            },
          ]
        : []),
      {
        id: 'one_over',
        name: ITERATION_TEXT.oneOver[0],
        ...statedValue(valueOf(t + 1)),
        feedback: ITERATION_TEXT.oneOver[1],
      },
    ],
  };
}

export function decreaseBound({ step, workings: w, tolerance, locale }: StepInput<Of<'decrease_bound'>>): Derivation {
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
    title: `guaranteed decrease at θ${t}`,
    prompt: ITERATION_TEXT.boundPrompt(w.name, at(w, t, locale)),
    answer: valueAnswer(bound, tolerance),
    answerLatex: short(bound),
    solution: ITERATION_TEXT.boundSolution(w.name, short(alpha), short(squares), short(bound)),
    hints: [...ITERATION_TEXT.boundHints],
    correct: 'Right: every step with α ≤ 1/L lowers the loss by at least this much.',
    misconceptions: [
      {
        id: 'no_half',
        name: ITERATION_TEXT.noHalf[0],
        ...statedValue(combine(alpha, squares, '*')),
        feedback: ITERATION_TEXT.noHalf[1],
      },
      {
        id: 'not_squared',
        name: ITERATION_TEXT.notSquared[0],
        ...statedValue(combine(half, sqrtValue(squares), '*')),
        feedback: ITERATION_TEXT.notSquared[1],
      },
    ],
  };
}
