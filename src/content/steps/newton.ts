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

type Of<K extends StepFile['kind']> = Extract<StepFile, { kind: K }>;

/** The English of this module, in one place (to move into the message catalogue). */
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
  const { step, workings: w, tolerance } = input;
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
  const misconceptions: Misconception[] = [
    ...(roots &&
    roots.length > 0 &&
    statedPoint(roots).text !== statedPoint(answer).text &&
    (roots.length === 1) === (answer.length === 1)
      ? [
          {
            id: 'roots_of_f',
            name: 'where f is zero',
            ...statedPoint(roots),
            feedback: `Those are the zeros of $${w.name}$; critical points are where the derivative $${w.name}'$ is zero.`,
          },
        ]
      : []),
    ...(one && answer.length > 1
      ? [
          {
            id: 'order',
            name: 'decreasing order',
            ...statedPoint([...answer].reverse()),
            feedback: 'These are the critical points; list them from smallest to largest.',
          },
        ]
      : []),
  ];
  const listed = answer.map(valueShort).join(', ');
  return {
    title: 'critical points',
    prompt: one
      ? `Find every critical point of $${w.signature} = ${w.problem.written}$: the $${x}$ where $${w.name}'(${x}) = 0$.${answer.length > 1 ? ` List them from smallest to largest, like (−1, 2).` : ''}`
      : `Find the critical point of $${w.signature} = ${w.problem.written}$, where $\\nabla ${w.name} = 0$.`,
    answer: pointAnswer(answer, tolerance),
    answerLatex: pointLatex(answer),
    solution: one
      ? [
          `Set the derivative to zero: $${zero}$.`,
          answer.length > 1
            ? `Its real solutions, from smallest to largest: $${pointLatex(answer)}$.`
            : `Its real solution: $${x} = ${listed}$.`,
        ]
      : [
          `Set each partial derivative to zero: ${w.variables.map((v) => `$${w.partial(v).latex} = 0$`).join(', ')}.`,
          `Solving these linear equations together: $${pointLatex(answer)}$.`,
        ],
    hints: one
      ? ['Differentiate, set the derivative to zero, and factor.', 'Keep every real solution.']
      : ['Set every partial derivative to zero.', 'For a quadratic these are linear equations: solve them together.'],
    correct: `Right: the gradient vanishes at ${one ? `$${x} = ${listed}$` : `$${pointLatex(answer)}$`}.`,
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
      name: 'H instead of H⁻¹',
      ...statedPoint(minus(theta, times(H, g))),
      feedback: one
        ? "Newton's step divides the derivative by $f''$; this multiplies by it."
        : "Newton's step multiplies the gradient by the inverse Hessian $H^{-1}$ (solve $H d = \\nabla f$), not by $H$.",
    },
    {
      id: 'sign',
      name: 'the sign',
      ...statedPoint(plus(theta, step)),
      feedback: 'The step is subtracted: $\\theta_1 = \\theta_0 - H^{-1}\\nabla f$.',
    },
    {
      id: 'step_only',
      name: 'the step alone',
      ...statedPoint(step.map((s) => combine(valueOf(0), s, '-'))),
      feedback: 'That is the move $-H^{-1}\\nabla f$; add it to the start point.',
    },
    ...(one
      ? [
          {
            id: 'forgot_gradient',
            name: 'the gradient forgotten',
            ...statedPoint([combine(theta[0]!, combine(valueOf(1), H[0]![0]!, '/'), '-')]),
            feedback: "Newton's step is $f'/f''$: you left out the derivative $f'$.",
          },
        ]
      : []),
    {
      id: 'gradient_step',
      name: 'a gradient step',
      ...statedPoint(minus(theta, g)),
      feedback: 'That is a gradient step with $\\alpha = 1$; Newton’s step scales the gradient by $H^{-1}$.',
    },
  ];
  return {
    title: 'Newton step',
    prompt: `Take one Newton step on $${w.signature} = ${w.problem.written}$ from ${at(w, 0, locale)}: $\\theta_1 = \\theta_0 - H^{-1}\\nabla ${w.name}(\\theta_0)$.`,
    answer: pointAnswer(next, tolerance),
    answerLatex: pointLatex(next),
    solution: [
      one
        ? `At ${at(w, 0, locale)}: $${w.name}' = ${gl}$ and $${w.name}'' = ${Hl}$.`
        : `At ${at(w, 0, locale)}: $\\nabla ${w.name} = ${gl}$ and $H = ${Hl}$.`,
      one
        ? `The step is $${w.name}'/${w.name}'' = ${pointLatex(step)}$, so $${latexName(w.variables[0]!)}_1 = ${pointLatex(theta)} - ${pointLatex(step)} = ${pointLatex(next)}$.`
        : `Solve $H d = \\nabla ${w.name}$: $d = ${pointLatex(step)}$, so $\\theta_1 = \\theta_0 - d = ${pointLatex(next)}$.`,
      `${
        constantHessian(w)
          ? 'On a quadratic, one Newton step lands on the critical point: the quadratic model is the function itself.'
          : test(eigenvalues(H)) === 'minimum'
            ? `The curvature is positive here, so the step heads for a minimum of the local quadratic model: $${w.name}$ goes from $${valueShort(w.lossAt(theta))}$ to $${valueShort(w.lossAt(next))}$.`
            : `The curvature is not positive here, so Newton's step heads for a maximum or a saddle of the local quadratic model, not downhill: $${w.name}$ goes from $${valueShort(w.lossAt(theta))}$ to $${valueShort(w.lossAt(next))}$.`
      } So $${one ? `${latexName(w.variables[0]!)}_1` : '\\theta_1'} = ${pointLatex(next)}$.`,
    ],
    hints: [
      one ? "Compute $f'$ and $f''$ at the start." : 'Compute the gradient and the Hessian at the start.',
      one
        ? "Subtract $f'/f''$ from the start."
        : 'Solve $H d = \\nabla f$ for the step $d$, then subtract it from the start.',
    ],
    correct: `Right: Newton's step lands at $${pointLatex(next)}$.`,
    ...(carry ? { carry } : {}),
    misconceptions: slips.filter(
      (m, k) => slips.findIndex((o) => o.text === m.text) === k && m.text !== pointAnswer(next, tolerance).text,
    ),
  };
}
