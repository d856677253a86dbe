/**
 * Steps that use the curvature to find where the gradient vanishes: every
 * critical point (for the functions where the engine can list them all), and
 * one Newton step θ₁ = θ₀ − H⁻¹∇f(θ₀), with its usual mistakes: H for H⁻¹,
 * the gradient forgotten, the sign, the step alone.
 */
import { criticalPoints, polynomialRoots } from '../critical-points.js';
import type { Misconception } from '../derived.js';
import { classify as test, constantHessian, eigenvalues, hessianAt, solve, times } from '../hessian.js';
import { matrixAnswer, statedMatrix, statedPoint } from '../quantity.js';
import { say } from '../../messages/catalogue.js';
import { STEPS_CRITICAL_POINTS } from '../../messages/steps-critical-points.js';
import type { StepFile } from '../schema.js';
import { combine, pointLatex, valueOf, valueShort, type Point } from '../values.js';
import { DerivationError, latexName, type Workings } from '../workings.js';
import { bin, num, sym, type Node } from '../../math/index.js';
import type { CarryForward } from '../derived.js';
import { at, findEarlier, inputsFor, pointAnswer, type Derivation, type Earlier, type StepInput } from './context.js';
import { STEPS_NEWTON } from '../../messages/steps-newton.js';

type Of<K extends StepFile['kind']> = Extract<StepFile, { kind: K }>;

/** The lesson-file errors of this module, for the teacher (English, like lint's); a learner's words are the catalogue's. */
export const NEWTON_TEXT = {
  noStart: 'newton needs a start point θ₀.',
  singular: 'The Hessian at the start is singular, so Newton’s step H⁻¹∇f is not defined there; choose another start.',
  none: 'This function has no critical point: f′ is never zero.',
} as const;

const matrixLatex = (rows: readonly (readonly string[])[]): string =>
  `\\begin{bmatrix}${rows.map((r) => r.join(' & ')).join(' \\\\ ')}\\end{bmatrix}`;
const minus = (a: Point, b: Point): Point => a.map((x, k) => combine(x, b[k]!, '-'));
const plus = (a: Point, b: Point): Point => a.map((x, k) => combine(x, b[k]!, '+'));

export function criticalPointsStep(input: StepInput<Of<'critical_points'>>): Derivation {
  const { step, workings: w, tolerance, locale } = input;
  const m = say(STEPS_NEWTON, locale);
  if (step.interval && w.variables.length !== 1)
    throw new DerivationError('`interval` is for a function of one variable.');
  const points = criticalPoints(w, step.interval);
  if (points.length === 0) throw new DerivationError(NEWTON_TEXT.none);
  if (step.interval) return onInterval(input, points);
  if (points.length > 1 && w.variables.length > 1) return inThePlane(input, points);
  const one = w.variables.length === 1;
  // One variable: the x of each critical point, increasing; several: the one point of a quadratic.
  const answer: Point = one ? points.map((p) => p[0]!) : points[0]!;
  const x = latexName(w.variables[0]!);
  const zero = one ? `${w.name}'(${x}) = ${w.partial(w.variables[0]!).latex} = 0` : `\\nabla ${w.name} = 0`;
  const roots = one ? rootsOfF(w) : undefined;
  const fn = `${w.signature} = ${w.problem.written}`;
  const misconceptions: Misconception[] = [
    ...(roots &&
    roots.length > 0 &&
    statedPoint(roots).text !== statedPoint(answer).text &&
    (roots.length === 1) === (answer.length === 1)
      ? [
          {
            id: 'roots_of_f',
            name: m.nameRootsOfF,
            ...statedPoint(roots),
            feedback: m.rootsOfF({ f: w.name }),
          },
        ]
      : []),
    ...(one && answer.length > 1
      ? [
          {
            id: 'order',
            name: m.nameOrder,
            ...statedPoint([...answer].reverse()),
            feedback: m.order,
          },
        ]
      : []),
  ];
  const listed = answer.map(valueShort).join(', ');
  return {
    title: m.criticalTitle,
    prompt: one
      ? m.criticalPromptOne({ fn, x, f: w.name, several: answer.length > 1 })
      : m.criticalPromptMany({ fn, f: w.name }),
    answer: pointAnswer(answer, tolerance),
    answerLatex: pointLatex(answer),
    solution: one
      ? [
          m.setToZero({ zero }),
          answer.length > 1 ? m.solutions({ points: pointLatex(answer) }) : m.solution({ x, value: listed }),
        ]
      : [
          m.setEachToZero({ equations: w.variables.map((v) => w.partial(v).latex) }),
          m.solveTogether({ point: pointLatex(answer) }),
        ],
    hints: one ? [m.criticalHintOne1, m.criticalHintOne2] : [m.criticalHintMany1, m.criticalHintMany2],
    correct: m.criticalCorrect({ where: one ? `${x} = ${listed}` : pointLatex(answer) }),
    misconceptions,
  };
}

/** The critical points on a stated interval, found numerically (x·cos x + 9 on [−2, 10]). */
function onInterval(
  { step, workings: w, tolerance, locale }: StepInput<Of<'critical_points'>>,
  points: Point[],
): Derivation {
  const m = say(STEPS_CRITICAL_POINTS, locale);
  const x = latexName(w.variables[0]!);
  const answer = points.map((p) => p[0]!);
  const [lo, hi] = step.interval!;
  const interval = `[${lo}, ${hi}]`;
  const list = answer.map((v) => valueShort(v).replace(/^\\approx\s*/, '')).join(',\\ ');
  return {
    title: 'critical points',
    prompt: m.promptInterval({
      signature: w.signature,
      formula: w.problem.written,
      x,
      f: w.name,
      interval,
      many: answer.length > 1,
    }),
    answer: pointAnswer(answer, tolerance),
    answerLatex: pointLatex(answer),
    solution: [
      m.solutionInterval({
        zero: `${w.name}'(${x}) = ${w.partial(w.variables[0]!).latex} = 0`,
        interval,
        list: `${x} \\approx ${list}`,
      }),
      m.listInterval({ list: pointLatex(answer) }),
    ],
    hints: [m.hintInterval1, m.hintInterval2],
    correct: m.correctInterval({ list: `${x} \\approx ${list}` }),
    misconceptions:
      answer.length > 1
        ? [{ id: 'order', name: m.nameOrder, ...statedPoint([...answer].reverse()), feedback: m.order }]
        : [],
  };
}

/** Several critical points of a two-variable polynomial, answered as the rows of a matrix. */
function inThePlane({ workings: w, tolerance, locale }: StepInput<Of<'critical_points'>>, points: Point[]): Derivation {
  const m = say(STEPS_CRITICAL_POINTS, locale);
  const rows = points.map((p) => p.map((value) => ({ value })));
  const shown = points.map((p) => pointLatex(p)).join(',\\ ');
  const matrix = `\\begin{bmatrix}${points.map((p) => p.map(valueShort).join(' & ')).join(' \\\\ ')}\\end{bmatrix}`;
  return {
    title: 'critical points',
    prompt: m.promptPlane({ signature: w.signature, formula: w.problem.written }),
    answer: matrixAnswer(rows, [], tolerance),
    answerLatex: matrix,
    solution: [
      m.solutionPlane1({ equations: w.variables.map((v) => `$${w.partial(v).latex} = 0$`).join(', ') }),
      m.solutionPlane2({ points: shown, matrix }),
    ],
    hints: [m.hintPlane1, m.hintPlane2],
    correct: m.correctPlane({ points: shown }),
    misconceptions: [{ id: 'order', name: m.nameOrder, ...statedMatrix([...rows].reverse()), feedback: m.order }],
  };
}

/** The real zeros of a polynomial f of one variable (a tempting wrong answer), or undefined. */
const rootsOfF = (w: Workings): Point | undefined => polynomialRoots(w.problem.f, w.variables[0]!);

/** The earlier steps a Newton step builds on: the gradient and the Hessian (or f′ and f″) at the start. */
function newtonSources(w: Workings, earlier: readonly Earlier[], theta: Point) {
  const atStart = (p?: readonly number[]) => !p || p.every((x, k) => x === theta[k]!.number);
  const g =
    findEarlier(earlier, (s) => s.kind === 'gradient' && (s.symbolic || (s.after ?? 0) === 0)) ??
    findEarlier(
      earlier,
      (s) => w.variables.length === 1 && (s.kind === 'partial' || (s.kind === 'partial_value' && (s.after ?? 0) === 0)),
    );
  const h = findEarlier(
    earlier,
    (s) =>
      (s.kind === 'hessian' || (s.kind === 'second_derivative' && w.variables.length === 1)) &&
      s.critical === undefined &&
      atStart(s.at),
  );
  return g && h ? { g, h } : undefined;
}

/** The determinant of a 2×2 or 3×3 matrix of trees (rows of n), by cofactors along the first row. */
function det(m: readonly (readonly Node[])[]): Node {
  if (m.length === 1) return m[0]![0]!;
  return m[0]!
    .map((a, j) => bin('*', a, det(m.slice(1).map((r) => r.filter((_, k) => k !== j)))))
    .reduce((sum, term, j) => bin(j % 2 === 0 ? '+' : '-', sum, term));
}

/** H⁻¹g by Cramer's rule, from H's entries row by row and g: dᵢ = det(H with column i replaced by g)/det H. */
function cramer(entries: readonly Node[], g: readonly Node[]): Node[] {
  const n = g.length;
  const H = Array.from({ length: n }, (_, i) => entries.slice(i * n, i * n + n));
  const whole = det(H);
  return g.map((_, i) => bin('/', det(H.map((row, r) => row.map((e, c) => (c === i ? g[r]! : e)))), whole));
}

/**
 * Error carried forward: θ₀ − H⁻¹g from the learner's own gradient g and Hessian H (one or two variables;
 * for two, H⁻¹ = [[d, −b], [−c, a]]/(ad − bc)). Symbolic answers are evaluated at θ₀.
 */
function newtonCarry(w: Workings, earlier: readonly Earlier[], theta: Point): CarryForward | undefined {
  const n = w.variables.length;
  const sources = n <= 3 ? newtonSources(w, earlier, theta) : undefined;
  if (!sources) return undefined;
  const g = inputsFor(sources.g, n, 'g');
  // A Hessian is a matrix answer: its entries are components (a 1×1 one too); f″ is a number or an expression.
  const h =
    sources.h.step.kind === 'hessian'
      ? Array.from({ length: n * n }, (_, k) => ({ symbol: `h${k + 1}`, step: sources.h.id, component: k + 1 }))
      : [{ symbol: 'h1', step: sources.h.id }];
  const [G, H] = [g.map((i) => sym(i.symbol)), h.map((i) => sym(i.symbol))];
  const t = theta.map((x) => num(x.number));
  const template: Node =
    n === 1
      ? bin('-', t[0]!, bin('/', G[0]!, H[0]!))
      : { type: 'vector', items: cramer(H, G).map((d, i) => bin('-', t[i]!, d)) };
  return {
    inputs: [...g, ...h],
    template,
    bind: Object.fromEntries(w.variables.map((v, k) => [v, theta[k]!.number])),
  };
}

export function newton({ workings: w, tolerance, earlier, locale }: StepInput<Of<'newton'>>): Derivation {
  const m = say(STEPS_NEWTON, locale);
  if (!w.problem.start) throw new DerivationError(NEWTON_TEXT.noStart);
  const theta = w.point(0);
  const g = w.gradientAt(theta);
  const H = hessianAt(w, theta);
  const step = solve(H, g);
  if (!step) throw new DerivationError(NEWTON_TEXT.singular);
  const next = minus(theta, step);
  const carry = newtonCarry(w, earlier, theta);
  const one = w.variables.length === 1;
  const Hl = one ? valueShort(H[0]![0]!) : matrixLatex(H.map((r) => r.map(valueShort)));
  const gl = pointLatex(g);
  const slips: Misconception[] = [
    {
      id: 'hessian_not_inverse',
      name: m.nameHessianNotInverse,
      ...statedPoint(minus(theta, times(H, g))),
      feedback: one ? m.hessianNotInverseOne : m.hessianNotInverse,
    },
    {
      id: 'sign',
      name: m.nameSign,
      ...statedPoint(plus(theta, step)),
      feedback: m.sign,
    },
    {
      id: 'step_only',
      name: m.nameStepOnly,
      ...statedPoint(step.map((s) => combine(valueOf(0), s, '-'))),
      feedback: m.stepOnly,
    },
    ...(one
      ? [
          {
            id: 'forgot_gradient',
            name: m.nameForgotGradient,
            ...statedPoint([combine(theta[0]!, combine(valueOf(1), H[0]![0]!, '/'), '-')]),
            feedback: m.forgotGradient,
          },
        ]
      : []),
    {
      id: 'gradient_step',
      name: m.nameGradientStep,
      ...statedPoint(minus(theta, g)),
      feedback: m.gradientStep,
    },
  ];
  return {
    title: m.newtonTitle,
    prompt: m.newtonPrompt({ fn: `${w.signature} = ${w.problem.written}`, at: at(w, 0, locale), f: w.name }),
    answer: pointAnswer(next, tolerance),
    answerLatex: pointLatex(next),
    solution: [
      (one ? m.atStartOne : m.atStartMany)({ at: at(w, 0, locale), f: w.name, g: gl, h: Hl }),
      one
        ? m.stepOne({
            f: w.name,
            step: pointLatex(step),
            x: latexName(w.variables[0]!),
            theta: pointLatex(theta),
            next: pointLatex(next),
          })
        : m.stepMany({ f: w.name, step: pointLatex(step), next: pointLatex(next) }),
      `${
        constantHessian(w)
          ? m.quadratic
          : (test(eigenvalues(H)) === 'minimum' ? m.towardsMinimum : m.notDownhill)({
              f: w.name,
              from: valueShort(w.lossAt(theta)),
              to: valueShort(w.lossAt(next)),
            })
      } ${m.soNext({ name: one ? `${latexName(w.variables[0]!)}_1` : '\\theta_1', next: pointLatex(next) })}`,
    ],
    hints: [one ? m.newtonHintOne1 : m.newtonHintMany1, one ? m.newtonHintOne2 : m.newtonHintMany2],
    correct: m.newtonCorrect({ next: pointLatex(next) }),
    ...(carry ? { carry } : {}),
    misconceptions: slips.filter(
      (m, k) => slips.findIndex((o) => o.text === m.text) === k && m.text !== pointAnswer(next, tolerance).text,
    ),
  };
}
