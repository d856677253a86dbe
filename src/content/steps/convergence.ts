/**
 * Steps about where descent goes: the limit point and its loss, the regime
 * at a learning rate (found by running descent, not by a rule typed in),
 * and the largest safe learning rate 1/L of an L-smooth quadratic.
 */
import { compile, differentiateByRules, read, substitute, num } from '../../math/index.js';
import { largestEigenvalue, REGIMES, run, stepper, type Regime } from '../descent.js';
import type { StepFile } from '../schema.js';
import { statedPoint, statedValue } from '../quantity.js';
import { combine, valueOf, type Point } from '../values.js';
import { eigenvalues, hessianAt } from '../hessian.js';
import { maxRateOn } from './lipschitz.js';
import { DerivationError, latexName, type Workings } from '../workings.js';
import {
  at,
  pointAnswer,
  pointName,
  quantityLatex,
  rateLatex,
  short,
  valueAnswer,
  type Derivation,
  type StepInput,
} from './context.js';
import { requirePlain } from './optimizer.js';
import { say, type Locale } from '../../messages/catalogue.js';
import { STEPS_CONVERGENCE } from '../../messages/steps-convergence.js';

const words = (locale: Locale) => say(STEPS_CONVERGENCE, locale);

type Of<K extends StepFile['kind']> = Extract<StepFile, { kind: K }>;

/** A numeric result shown to 10 significant digits, so −1.9999999999 reads −2. */
const settle = (x: number): number => Number(x.toPrecision(10));

function limitOf(
  w: Workings,
  learningRate: number | readonly number[] = w.rateNumbers,
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

export function limit({ workings: w, tolerance, locale }: StepInput<Of<'limit'>>): Derivation {
  const { point, regime, iterations } = limitOf(w);
  requireConvergence(w, regime);
  const zero =
    w.variables.length === 1 ? `${w.name}'(${latexName(w.variables[0]!)}^*) = 0` : `\\nabla ${w.name}(\\theta^*) = 0`;
  const star = w.variables.length === 1 ? `${latexName(w.variables[0]!)}^*` : '\\theta^*';
  const m = words(locale);
  return {
    title: m.limitTitle,
    prompt: m.limitPrompt({ at: at(w, 0, locale), rate: rateLatex(w) }),
    answer: pointAnswer(point, tolerance),
    answerLatex: quantityLatex(point),
    solution: [
      m.limitWhy({ zero }),
      m.limitRun({ at: at(w, 0, locale), n: iterations, star, point: quantityLatex(point) }),
    ],
    hints: [m.limitHint1, m.limitHint2],
    correct: m.limitCorrect({ point: quantityLatex(point) }),
    misconceptions: [
      {
        id: 'start',
        name: m.nameStart,
        ...statedPoint(w.point(0)),
        feedback: m.start,
      },
    ],
  };
}

export function limitLoss({ workings: w, tolerance, locale }: StepInput<Of<'limit_loss'>>): Derivation {
  const { point, regime } = limitOf(w);
  requireConvergence(w, regime);
  const value = valueOf(settle(w.lossAt(point).number));
  const m = words(locale);
  return {
    title: m.limitLossTitle,
    prompt: m.limitLossPrompt({ f: w.name }),
    answer: valueAnswer(value, tolerance),
    answerLatex: short(value),
    solution: [m.limitLossSolution({ point: quantityLatex(point), f: w.name, value: short(value) })],
    hints: [m.limitLossHint],
    correct: m.limitLossCorrect({ value: short(value) }),
    misconceptions: [
      {
        id: 'start',
        name: m.nameStartLoss,
        ...statedValue(w.lossAt(w.point(0))),
        feedback: m.startLoss,
      },
    ],
  };
}

export function regime({ step, workings: w, locale }: StepInput<Of<'regime'>>): Derivation {
  const learningRate = step.learning_rate === undefined ? w.learningRate.number : learningRateOf(step.learning_rate, w);
  const result = limitOf(w, learningRate);
  const path: Point[] = [w.point(0)];
  const next = stepper(w.compiledGradient(), learningRate);
  for (let k = 0; k < 4; k++)
    path.push(Array.from(next(Float64Array.from(path[k]!, (v) => v.number)), (x) => valueOf(settle(x))));
  const m = words(locale);
  const options = REGIMES.map((r) => ({ id: r.id, label: m[`regime_${r.id}`] }));
  const label = options.find((r) => r.id === result.regime)!.label;
  return {
    title: `α = ${learningRate}`,
    prompt: m.regimePrompt({ rate: String(learningRate), at: at(w, 0, locale) }),
    answer: { type: 'choice', expected: { type: 'option', id: result.regime }, text: result.regime, options },
    answerLatex: `\\text{${label}}`,
    solution: [
      m.firstIterates({ iterates: path.map((p, k) => `$${pointName(w, k)} = ${quantityLatex(p)}$`) }),
      m.runningOn({ label, ...(settles(result.regime) ? { settles: result.iterations } : {}) }),
    ],
    hints: [m.regimeHint1, m.regimeHint2],
    correct: m.regimeCorrect({ rate: String(learningRate), label }),
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

export function maxRate(input: StepInput<Of<'max_rate'>>): Derivation {
  const { step, workings: w, tolerance, locale } = input;
  if (step.interval || step.box) return maxRateOn(input);
  requirePlain(w, 'max_rate');
  const H = hessian(w);
  // L exactly where the arithmetic allows (3 + √2 to the last bit), so that a learner's exact 1/(3 + √2) is
  // the answer itself rather than a number 10 digits away from it.
  const lambda = eigenvalues(hessianAt(w, w.point(0)));
  const exactL = lambda[lambda.length - 1]!;
  const L = settle(exactL.number);
  if (!(L > 0))
    throw new DerivationError('max_rate needs a function whose curvature is positive (an L-smooth, convex quadratic).');
  const smallest = settle(-largestEigenvalue(H.map((r) => r.map((x) => -x))));
  const rate = combine(valueOf(1), exactL, '/');
  const learningRate = valueOf(settle(rate.number));
  const m = words(locale);
  const matrix = `\\begin{pmatrix}${H.map((r) => r.map((x) => settle(x)).join(' & ')).join(' \\\\ ')}\\end{pmatrix}`;
  return {
    title: m.maxRateTitle,
    prompt: m.maxRatePrompt({ signature: w.signature, formula: w.fLatex, f: w.name }),
    answer: valueAnswer(rate, tolerance),
    answerLatex: short(learningRate),
    solution: [
      m.hessian({ matrix, L: String(L) }),
      m.maxRateSolution({ f: w.name, L: String(L), rate: short(learningRate) }),
    ],
    hints: [m.maxRateHint1, m.maxRateHint2],
    correct: m.maxRateCorrect,
    misconceptions: [
      {
        id: 'L',
        name: m.nameL,
        ...statedValue(exactL),
        feedback: m.L,
      },
      {
        id: 'two_over_L',
        name: m.nameTwoOverL,
        ...statedValue(combine(valueOf(2), exactL, '/')),
        feedback: m.twoOverL,
      },
      ...(smallest > 0 && smallest !== L
        ? [
            {
              id: 'smallest',
              name: m.nameSmallest,
              ...statedValue(valueOf(settle(1 / smallest))),
              feedback: m.smallest,
            },
          ]
        : []),
    ],
  };
}
