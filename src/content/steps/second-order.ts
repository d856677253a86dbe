/**
 * Steps about curvature: f″ and the Hessian (as expressions or at a point),
 * the Hessian's eigenvalues, and the second-derivative test at a critical
 * point, with the mistakes each invites: f′ for f″, the mixed partials left
 * out, the diagonal read as the eigenvalues, the test's cases confused.
 */
import { bin, freeSymbols, num, sym, toLatex, type Node } from '../../math/index.js';
import type { CarryForward } from '../derived.js';
import { criticalPoints } from '../critical-points.js';
import type { Misconception } from '../derived.js';
import {
  classify as test,
  constantHessian,
  eigenTrees,
  eigenvalues as eigenOf,
  hessianAt,
  hessianTrees,
  secondPartial,
  type Classification,
} from '../hessian.js';
import {
  expressionAnswer,
  expressionsAnswer,
  matrixAnswer,
  statedExpression,
  statedExpressions,
  statedMatrix,
  statedPoint,
  statedValue,
  type Entry,
} from '../quantity.js';
import type { StepFile } from '../schema.js';
import { evaluateAt, pointLatex, valueOf, valueShort, type Point, type Value } from '../values.js';
import { DerivationError, latexName, substituted, type Workings } from '../workings.js';
import {
  findEarlier,
  inputsFor,
  pointAnswer,
  valueAnswer,
  type Derivation,
  type Earlier,
  type StepInput,
} from './context.js';
import { say, type Locale } from '../../messages/catalogue.js';
import { STEPS_SECOND_ORDER } from '../../messages/steps-second-order.js';

type Of<K extends StepFile['kind']> = Extract<StepFile, { kind: K }>;
type AtPoint = { readonly at?: number[]; readonly critical?: number };

/** The lesson-file errors of this module, for the teacher (English, like lint's); a learner's words are the catalogue's. */
export const SECOND_ORDER_TEXT = {
  atLength: (n: number, k: number) =>
    `\`at\` has ${k} coordinate${k === 1 ? '' : 's'}; this function has ${n} variable${n === 1 ? '' : 's'}.`,
  noCritical: (k: number, n: number) => `There is no critical point ${k}: this function has ${n}.`,
  noPoint: 'Say where: give `at` (a point) or `critical` (which critical point), or a start point.',
  oneVariable: 'second_derivative is for a function of one variable; use hessian for several.',
  eigenSize:
    'eigenvalues is worked out for 2 or 3 variables (for one, f″ is its own eigenvalue: use second_derivative).',
  notCritical: (p: string) =>
    `The point ${p} is not a critical point (the gradient is not zero there), so the second-derivative test does not apply.`,
} as const;

const words = (locale: Locale) => say(STEPS_SECOND_ORDER, locale);

/** The point a step is asked at: `at`, the k-th critical point, or the start. */
export function pointOf(
  w: Workings,
  step: AtPoint,
  required: boolean,
  earlier: readonly Earlier[] = [],
): Point | undefined {
  if (step.at) {
    if (step.at.length !== w.variables.length)
      throw new DerivationError(SECOND_ORDER_TEXT.atLength(w.variables.length, step.at.length));
    return step.at.map(valueOf);
  }
  if (step.critical !== undefined) {
    // The k-th of the critical points an earlier step listed: on its interval, when it stated one.
    const listed = findEarlier(earlier, (s) => s.kind === 'critical_points')?.step;
    const points = criticalPoints(w, listed?.kind === 'critical_points' ? listed.interval : undefined);
    const p = points[step.critical - 1];
    if (!p) throw new DerivationError(SECOND_ORDER_TEXT.noCritical(step.critical, points.length));
    return p;
  }
  if (!required) return undefined;
  if (!w.problem.start) throw new DerivationError(SECOND_ORDER_TEXT.noPoint);
  return w.point(0);
}

const named = (w: Workings, p: Point): string =>
  w.variables.length === 1 ? `$${latexName(w.variables[0]!)} = ${pointLatex(p)}$` : `$${pointLatex(p)}$`;

const secondLatex = (w: Workings, a: string, b: string): string =>
  a === b
    ? `\\frac{\\partial^2 ${w.name}}{\\partial ${latexName(a)}^2}`
    : `\\frac{\\partial^2 ${w.name}}{\\partial ${latexName(a)}\\,\\partial ${latexName(b)}}`;

const matrixLatex = (rows: readonly (readonly string[])[]): string =>
  `\\begin{bmatrix}${rows.map((r) => r.join(' & ')).join(' \\\\ ')}\\end{bmatrix}`;

/** A tree as a matrix entry: a number when it has no variables left. */
const entryOf = (tree: Node, w: Workings): Entry =>
  freeSymbols(tree).some((s) => w.variables.includes(s)) ? { tree } : { value: evaluateAt(tree, [], []) };

export function secondDerivative({
  step,
  workings: w,
  tolerance,
  locale,
  earlier,
}: StepInput<Of<'second_derivative'>>): Derivation {
  const m = words(locale);
  if (w.variables.length !== 1) throw new DerivationError(SECOND_ORDER_TEXT.oneVariable);
  const x = w.variables[0]!;
  const d1 = w.partial(x);
  const d2 = secondPartial(w, x, x);
  const f2 = `${w.name}''(${latexName(x)})`;
  const p = pointOf(w, step, false, earlier);
  const fn = `${w.signature} = ${w.problem.written}`;
  const lines = [m.first({ f: w.name, x: latexName(x), d1: d1.latex }), m.again({ f2, d2: d2.latex })];
  if (!p) {
    return {
      title: `${w.name}″`,
      prompt: m.secondPrompt({ fn, f2 }),
      answer: expressionAnswer(d2.node, w.variables),
      answerLatex: d2.latex,
      solution: lines,
      hints: [m.secondHint],
      correct: m.secondCorrect({ f2, d2: d2.latex }),
      misconceptions: [
        {
          id: 'first_derivative',
          name: m.nameFirstDerivative,
          ...statedExpression(d1.node),
          feedback: m.firstDerivative,
        },
      ],
    };
  }
  const value = evaluateAt(d2.node, w.variables, p);
  return {
    title: m.secondAtTitle({ f: w.name, x, value: valueShort(p[0]!) }),
    prompt: m.secondAtPrompt({ fn, f2, where: named(w, p) }),
    answer: valueAnswer(value, tolerance),
    answerLatex: valueShort(value),
    solution: [
      ...lines,
      m.atPoint({ where: named(w, p), working: `${substituted(d2.node, w.variables, p)} = ${valueShort(value)}` }),
    ],
    hints: [m.secondAtHint],
    correct: m.secondAtCorrect({ value: valueShort(value) }),
    misconceptions: [
      {
        id: 'first_derivative',
        name: m.nameFirstDerivative,
        ...statedValue(evaluateAt(d1.node, w.variables, p)),
        feedback: m.firstDerivativeAt,
      },
    ],
  };
}

export function valueAt({ step, workings: w, tolerance, locale, earlier }: StepInput<Of<'value_at'>>): Derivation {
  const m = words(locale);
  const p = pointOf(w, step, true, earlier)!;
  const value = w.lossAt(p);
  return {
    title: m.valueTitle({ f: w.name, point: pointLatex(p) }),
    prompt: m.valuePrompt({ fn: `${w.signature} = ${w.problem.written}`, where: named(w, p) }),
    answer: valueAnswer(value, tolerance),
    answerLatex: valueShort(value),
    solution: [
      `$${w.name}(${pointLatex(p).replace(/^\\left\(|\\right\)$/g, '')}) = ${substituted(w.problem.f, w.variables, p)} = ${valueShort(value)}$`,
    ],
    hints: [m.valueHint],
    correct: m.valueCorrect({ f: w.name, value: valueShort(value) }),
    misconceptions: [],
  };
}

/** The matrix with its mixed partials left out (zero). */
const diagonalOnly = (rows: readonly (readonly Entry[])[]): Entry[][] =>
  rows.map((r, i) => r.map((e, j) => (i === j ? e : { value: valueOf(0) })));

export function hessian({ step, workings: w, tolerance, locale, earlier }: StepInput<Of<'hessian'>>): Derivation {
  const m = words(locale);
  const fn = `${w.signature} = ${w.problem.written}`;
  const p = pointOf(w, step, false, earlier);
  const trees = hessianTrees(w);
  const symbolic: Entry[][] = trees.map((r) => r.map((t) => entryOf(t, w)));
  const rows: Entry[][] = p ? hessianAt(w, p).map((r) => r.map((value) => ({ value }))) : symbolic;
  const shown = (e: Entry) => ('value' in e ? valueShort(e.value) : toLatex(e.tree));
  const definition = `$H = ${matrixLatex(w.variables.map((a) => w.variables.map((b) => secondLatex(w, a, b))))} = ${matrixLatex(trees.map((r) => r.map((t) => toLatex(t))))}$`;
  const offDiagonal = trees.some((r, i) => r.some((t, j) => i !== j && !(t.type === 'number' && t.value === 0)));
  const misconceptions: Misconception[] = offDiagonal
    ? [
        {
          id: 'no_mixed',
          name: m.nameNoMixed,
          ...statedMatrix(diagonalOnly(rows)),
          feedback: m.noMixed({ mixed: secondLatex(w, w.variables[0]!, w.variables[1]!) }),
        },
      ]
    : [];
  return {
    title: p ? m.hessianTitleAt({ point: pointLatex(p) }) : 'H',
    prompt: p ? m.hessianPromptAt({ fn, where: named(w, p) }) : m.hessianPrompt({ fn }),
    answer: matrixAnswer(rows, p ? [] : w.variables, tolerance),
    answerLatex: matrixLatex(rows.map((r) => r.map(shown))),
    solution: [
      m.hessianDefinition,
      definition,
      ...(p ? [m.hessianAt({ where: named(w, p), matrix: matrixLatex(rows.map((r) => r.map(shown))) })] : []),
    ],
    hints: [m.hessianHint1, m.hessianHint2],
    correct: m.hessianCorrect,
    misconceptions,
  };
}

/** The Hessian at a step's point; a quadratic's anywhere. */
function hessianFor(w: Workings, step: AtPoint, earlier: readonly Earlier[]): { H: Value[][]; p: Point | undefined } {
  const p = pointOf(w, step, !constantHessian(w), earlier);
  return { H: hessianAt(w, p ?? w.variables.map(() => valueOf(0))), p };
}

/**
 * Error carried forward from the learner's 2×2 Hessian at the same point [[a, b], [c, d]]:
 * (a + d)/2 ∓ √(((a − d)/2)² + bc).
 */
function eigenCarry(
  w: Workings,
  earlier: readonly Earlier[],
  step: AtPoint,
  p: Point | undefined,
): CarryForward | undefined {
  if (w.variables.length !== 2) return undefined;
  const source = findEarlier(
    earlier,
    (s) =>
      s.kind === 'hessian' &&
      ((s.at === undefined && s.critical === undefined) ||
        (s.critical === step.critical && s.at?.join() === step.at?.join())),
  );
  if (!source) return undefined;
  const inputs = inputsFor(source, 4, 'h');
  const [a, b, c, d] = inputs.map((i) => sym(i.symbol)) as [Node, Node, Node, Node];
  const half = (x: Node) => bin('/', x, num(2));
  const r: Node = {
    type: 'call',
    fn: 'sqrt',
    args: [bin('+', bin('^', half(bin('-', a, d)), num(2)), bin('*', b, c))],
  };
  const mid = half(bin('+', a, d));
  return {
    inputs,
    template: { type: 'vector', items: [bin('-', mid, r), bin('+', mid, r)] },
    bind: Object.fromEntries(w.variables.map((v, k) => [v, p?.[k]?.number ?? 0])),
  };
}

export function eigenvalues({
  step,
  workings: w,
  tolerance,
  earlier,
  locale,
}: StepInput<Of<'eigenvalues'>>): Derivation {
  const m = words(locale);
  if (w.variables.length < 2 || w.variables.length > 3) throw new DerivationError(SECOND_ORDER_TEXT.eigenSize);
  const { H, p } = hessianFor(w, step, earlier);
  const lambda = eigenOf(H);
  // Irrational eigenvalues (3 ∓ √2) are expected exactly, so that 3 - √2 is right and 1.59 is within the tolerance.
  const exact = eigenTrees(H);
  const shown = exact ? exact.map((t) => toLatex(t)) : lambda.map(valueShort);
  const where = p ? { where: named(w, p) } : {};
  const Hl = matrixLatex(H.map((r) => r.map(valueShort)));
  const diagonal = H.map((r, k) => r[k]!).sort((a, b) => a.number - b.number);
  const isDiagonal = H.every((r, i) => r.every((v, j) => i === j || v.number === 0));
  const carry = eigenCarry(w, earlier, step, p);
  const answerLatex = exact ? `\\left(${exact.map((t) => toLatex(t)).join(', ')}\\right)` : pointLatex(lambda);
  return {
    title: m.eigenTitle(p ? { point: pointLatex(p) } : {}),
    prompt: m.eigenPrompt({ fn: `${w.signature} = ${w.problem.written}`, ...where }),
    answer: exact ? expressionsAnswer(exact, [], tolerance) : pointAnswer(lambda, tolerance),
    answerLatex,
    solution: [
      m.eigenHessian({ ...where, matrix: Hl }),
      w.variables.length === 2 ? m.eigenSolve2({ lambdas: shown }) : m.eigenSolve({ lambdas: shown }),
      m.eigenMeaning({ largest: valueShort(lambda[lambda.length - 1]!) }),
      m.eigenOrdered({ answer: answerLatex }),
    ],
    hints: [m.eigenHint1, m.eigenHint2],
    correct: m.eigenCorrect({ lambdas: shown }),
    ...(carry ? { carry } : {}),
    misconceptions: [
      ...(isDiagonal
        ? []
        : [
            {
              id: 'diagonal',
              name: m.nameDiagonal,
              ...statedPoint(diagonal),
              feedback: m.diagonal,
            },
          ]),
      ...(lambda[0]!.number !== lambda[lambda.length - 1]!.number
        ? [
            {
              id: 'order',
              name: m.nameLargestFirst,
              ...(exact ? statedExpressions([...exact].reverse()) : statedPoint([...lambda].reverse())),
              feedback: m.largestFirst,
            },
          ]
        : []),
    ],
  };
}

const CLASSES: readonly Classification[] = ['minimum', 'maximum', 'saddle', 'undecided'];

export function classify({ step, workings: w, locale, earlier }: StepInput<Of<'classify'>>): Derivation {
  const m = words(locale);
  const options = CLASSES.map((id) => ({ id, label: m[`label_${id}`] }));
  const p = pointOf(w, step, true, earlier)!;
  const g = w.gradientAt(p);
  if (g.some((c) => Math.abs(c.number) > 1e-9)) throw new DerivationError(SECOND_ORDER_TEXT.notCritical(pointLatex(p)));
  const H = hessianAt(w, p);
  const lambda = eigenOf(H);
  const verdict = test(lambda);
  const label = m[`label_${verdict}`];
  const one = w.variables.length === 1;
  const evidence = one
    ? m.evidenceOne({ f: w.name, x: latexName(w.variables[0]!), value: valueShort(H[0]![0]!) })
    : m.evidenceMany({
        matrix: matrixLatex(H.map((r) => r.map(valueShort))),
        lambdas: lambda.map(valueShort).join(', '),
      });
  return {
    title: m.classifyTitle({ point: pointLatex(p) }),
    prompt: m.classifyPrompt({ where: named(w, p), fn: `${w.signature} = ${w.problem.written}` }),
    answer: { type: 'choice', expected: { type: 'option', id: verdict }, text: verdict, options },
    answerLatex: `\\text{${label}}`,
    solution: [
      m.classifySolution({
        where: named(w, p),
        evidence,
        one,
        reason: m[one ? (`reasonOne_${verdict}` as const) : (`reasonMany_${verdict}` as const)],
      }),
    ],
    hints: one ? [m.classifyHintOne] : [m.classifyHint1, m.classifyHint2],
    correct: m.classifyCorrect({ label }),
    misconceptions: [],
  };
}
