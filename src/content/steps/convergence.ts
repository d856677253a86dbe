/**
 * Steps about where descent goes: the limit point and its loss, the regime
 * at a learning rate (found by running descent, not by a rule typed in),
 * and the largest safe learning rate 1/L of an L-smooth quadratic.
 */
import { compile, differentiateByRules, read, substitute, num } from '../../math/index.js';
import { largestEigenvalue, REGIMES, run, stepper, type Regime } from '../descent.js';
import type { StepFile } from '../schema.js';
import { statedPoint, statedValue } from '../quantity.js';
import { valueOf, type Point } from '../values.js';
import { DerivationError, latexName, type Workings } from '../workings.js';
import {
  at,
  pointAnswer,
  pointName,
  quantityLatex,
  short,
  valueAnswer,
  type Derivation,
  type StepInput,
} from './context.js';
import { requirePlain } from './optimizer.js';

type Of<K extends StepFile['kind']> = Extract<StepFile, { kind: K }>;

/** A numeric result shown to 10 significant digits, so −1.9999999999 reads −2. */
const settle = (x: number): number => Number(x.toPrecision(10));

function limitOf(
  w: Workings,
  learningRate = w.learningRate.number,
): { point: Point; regime: Regime; iterations: number } {
  requirePlain(w, 'limit, limit_loss or regime');
  const result = run(
    stepper(w.compiledGradient(), learningRate),
    Float64Array.from(w.point(0), (v) => v.number),
  );
  return {
    point: Array.from(result.end, (x) => valueOf(settle(x))),
    regime: result.regime,
    iterations: result.iterations,
  };
}

function requireConvergence(w: Workings, regime: Regime): void {
  if (regime === 'diverges' || regime === 'flips')
    throw new DerivationError(
      `Gradient descent does not converge here (it ${regime === 'flips' ? 'flips between two points' : 'diverges'}); lower the learning rate.`,
    );
}

export function limit({ workings: w, tolerance }: StepInput<Of<'limit'>>): Derivation {
  const { point, regime, iterations } = limitOf(w);
  requireConvergence(w, regime);
  const zero =
    w.variables.length === 1 ? `${w.name}'(${latexName(w.variables[0]!)}^*) = 0` : `\\nabla ${w.name}(\\theta^*) = 0`;
  const star = w.variables.length === 1 ? `${latexName(w.variables[0]!)}^*` : '\\theta^*';
  return {
    title: 'the limit',
    prompt: `Where does gradient descent from ${at(w, 0)} with $\\alpha = ${short(w.learningRate)}$ end up?`,
    answer: pointAnswer(point, tolerance),
    answerLatex: quantityLatex(point),
    solution: [
      `Descent stops moving where the gradient vanishes: $${zero}$.`,
      `Running it from ${at(w, 0)}, the iterates settle (after ${iterations} steps) at $${star} = ${quantityLatex(point)}$.`,
    ],
    hints: [
      'Descent stops where the gradient is zero.',
      'Set the derivative to zero and solve; near several solutions, follow the iterates downhill.',
    ],
    correct: `Right: descent converges to ${quantityLatex(point)}, where the gradient is zero.`,
    misconceptions: [
      {
        id: 'start',
        name: 'the start point',
        ...statedPoint(w.point(0)),
        feedback: 'That is where descent starts, not where it ends.',
      },
    ],
  };
}

export function limitLoss({ workings: w, tolerance }: StepInput<Of<'limit_loss'>>): Derivation {
  const { point, regime } = limitOf(w);
  requireConvergence(w, regime);
  const value = valueOf(settle(w.lossAt(point).number));
  return {
    title: 'the loss at the limit',
    prompt: `What is $${w.name}$ at the point gradient descent converges to?`,
    answer: valueAnswer(value, tolerance),
    answerLatex: short(value),
    solution: [`Descent converges to $${quantityLatex(point)}$, where $${w.name} = ${short(value)}$.`],
    hints: ['Find where descent converges first, then evaluate the function there.'],
    correct: `Right: the lowest value descent reaches from here is ${short(value)}.`,
    misconceptions: [
      {
        id: 'start',
        name: 'the loss at the start',
        ...statedValue(w.lossAt(w.point(0))),
        feedback: 'That is the loss at the start point.',
      },
    ],
  };
}

export function regime({ step, workings: w }: StepInput<Of<'regime'>>): Derivation {
  const learningRate = step.learning_rate === undefined ? w.learningRate.number : learningRateOf(step.learning_rate, w);
  const result = limitOf(w, learningRate);
  const path: Point[] = [w.point(0)];
  const next = stepper(w.compiledGradient(), learningRate);
  for (let k = 0; k < 4; k++)
    path.push(Array.from(next(Float64Array.from(path[k]!, (v) => v.number)), (x) => valueOf(settle(x))));
  const label = REGIMES.find((r) => r.id === result.regime)!.label;
  return {
    title: `α = ${learningRate}`,
    prompt: `With learning rate $\\alpha = ${learningRate}$ from ${at(w, 0)}, what does gradient descent do?`,
    answer: { type: 'choice', expected: { type: 'option', id: result.regime }, text: result.regime, options: REGIMES },
    answerLatex: `\\text{${label}}`,
    solution: [
      `The first iterates: ${path.map((p, k) => `$${pointName(w, k)} = ${quantityLatex(p)}$`).join(', ')}, …`,
      `Running on, descent ${label}${settles(result.regime) ? ` (it settles after ${result.iterations} step${result.iterations === 1 ? '' : 's'})` : ''}.`,
    ],
    hints: [
      'Compute the first few iterates and watch the distance to the minimum.',
      'Does each step shrink the distance? Does the sign of the move alternate?',
    ],
    correct: `Right: at α = ${learningRate} descent ${label}.`,
    misconceptions: [],
  };
}

const settles = (r: Regime): boolean => r === 'slow' || r === 'converges' || r === 'oscillates';

function learningRateOf(value: number | string, w: Workings): number {
  if (typeof value === 'number') return value;
  const parsed = read(value, { variables: Object.keys(w.problem.parameters) });
  if (!parsed.ok) throw new DerivationError(`learning_rate: ${parsed.error.message}`);
  const params = Object.fromEntries(Object.entries(w.problem.parameters).map(([k, v]) => [k, num(v)]));
  return compile(substitute(parsed.node, params), [])(new Float64Array(0));
}

/** The Hessian at the start, numerically (exact for a quadratic, whose Hessian is constant). */
export function hessian(w: Workings): number[][] {
  const theta = Float64Array.from(w.point(0), (v) => v.number);
  return w.variables.map((a) =>
    w.variables.map((b) => compile(differentiateByRules(differentiateByRules(w.problem.f, a), b), w.variables)(theta)),
  );
}

export function maxRate({ workings: w, tolerance }: StepInput<Of<'max_rate'>>): Derivation {
  requirePlain(w, 'max_rate');
  const H = hessian(w);
  const L = settle(largestEigenvalue(H));
  if (!(L > 0))
    throw new DerivationError('max_rate needs a function whose curvature is positive (an L-smooth, convex quadratic).');
  const smallest = settle(-largestEigenvalue(H.map((r) => r.map((x) => -x))));
  const learningRate = valueOf(settle(1 / L));
  const matrix = `\\begin{pmatrix}${H.map((r) => r.map((x) => settle(x)).join(' & ')).join(' \\\\ ')}\\end{pmatrix}`;
  return {
    title: 'the largest safe α',
    prompt: `$${w.signature} = ${w.fLatex}$ is $L$-smooth. What is the largest learning rate for which every step is guaranteed the sufficient decrease $${w.name}(\\theta - \\alpha\\nabla ${w.name}) \\le ${w.name}(\\theta) - \\frac{\\alpha}{2}\\lVert\\nabla ${w.name}\\rVert^2$?`,
    answer: valueAnswer(learningRate, tolerance),
    answerLatex: short(learningRate),
    solution: [
      `The Hessian is $H = ${matrix}$; $L$ is its largest eigenvalue, $L = ${L}$.`,
      `With $\\alpha \\le 1/L$, $${w.name}(\\theta - \\alpha\\nabla ${w.name}) \\le ${w.name}(\\theta) - \\frac{\\alpha}{2}\\lVert\\nabla ${w.name}\\rVert^2$: every step descends. So $\\alpha = 1/${L} = ${short(learningRate)}$.`,
    ],
    hints: [
      '$L$ is the largest curvature: the largest eigenvalue of the Hessian.',
      'The guaranteed-descent rate is $1/L$.',
    ],
    correct: 'Right: up to 1/L every step is guaranteed to lower the loss.',
    misconceptions: [
      {
        id: 'L',
        name: 'L itself',
        ...statedValue(valueOf(L)),
        feedback: 'That is $L$, the curvature; the learning rate is its reciprocal, $1/L$.',
      },
      {
        id: 'two_over_L',
        name: '2/L',
        ...statedValue(valueOf(settle(2 / L))),
        feedback:
          'Below $2/L$ descent still converges on a quadratic, but only $\\alpha \\le 1/L$ guarantees the sufficient decrease.',
      },
      ...(smallest > 0 && smallest !== L
        ? [
            {
              id: 'smallest',
              name: 'the smallest curvature',
              ...statedValue(valueOf(settle(1 / smallest))),
              feedback: '$L$ is the largest eigenvalue of the Hessian, not the smallest.',
            },
          ]
        : []),
    ],
  };
}
