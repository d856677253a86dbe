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

type Of<K extends StepFile['kind']> = Extract<StepFile, { kind: K }>;
type AtPoint = { readonly at?: number[]; readonly critical?: number };

/** The English of this module, in one place (to move into the message catalogue). */
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
  labels: {
    minimum: 'a local minimum',
    maximum: 'a local maximum',
    saddle: 'a saddle point',
    undecided: 'undecided by the test',
  } satisfies Record<Classification, string>,
} as const;

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
  earlier,
}: StepInput<Of<'second_derivative'>>): Derivation {
  if (w.variables.length !== 1) throw new DerivationError(SECOND_ORDER_TEXT.oneVariable);
  const x = w.variables[0]!;
  const d1 = w.partial(x);
  const d2 = secondPartial(w, x, x);
  const f2 = `${w.name}''(${latexName(x)})`;
  const p = pointOf(w, step, false, earlier);
  const lines = [`First $${w.name}'(${latexName(x)}) = ${d1.latex}$.`, `Differentiate again: $${f2} = ${d2.latex}$.`];
  if (!p) {
    return {
      title: `${w.name}″`,
      prompt: `Find the second derivative $${f2}$ of $${w.signature} = ${w.problem.written}$.`,
      answer: expressionAnswer(d2.node, w.variables),
      answerLatex: d2.latex,
      solution: lines,
      hints: ["Differentiate once to get $f'$, then differentiate $f'$."],
      correct: `Right: $${f2} = ${d2.latex}$.`,
      misconceptions: [
        {
          id: 'first_derivative',
          name: 'the first derivative',
          ...statedExpression(d1.node),
          feedback: "That is $f'$; differentiate it once more.",
        },
      ],
    };
  }
  const value = evaluateAt(d2.node, w.variables, p);
  return {
    title: `${w.name}″ at ${x} = ${valueShort(p[0]!)}`,
    prompt: `Evaluate the second derivative $${f2}$ of $${w.signature} = ${w.problem.written}$ at ${named(w, p)}.`,
    answer: valueAnswer(value, tolerance),
    answerLatex: valueShort(value),
    solution: [...lines, `At ${named(w, p)}: $${substituted(d2.node, w.variables, p)} = ${valueShort(value)}$.`],
    hints: ['Find $f″$ as an expression first, then put in the point.'],
    correct: `Right: the curvature there is ${valueShort(value)}.`,
    misconceptions: [
      {
        id: 'first_derivative',
        name: 'the first derivative',
        ...statedValue(evaluateAt(d1.node, w.variables, p)),
        feedback: "That is $f'$ at the point; differentiate once more before putting the point in.",
      },
    ],
  };
}

export function valueAt({ step, workings: w, tolerance, earlier }: StepInput<Of<'value_at'>>): Derivation {
  const p = pointOf(w, step, true, earlier)!;
  const value = w.lossAt(p);
  return {
    title: `${w.name} at ${pointLatex(p)}`,
    prompt: `What is $${w.signature} = ${w.problem.written}$ at ${named(w, p)}?`,
    answer: valueAnswer(value, tolerance),
    answerLatex: valueShort(value),
    solution: [
      `$${w.name}(${pointLatex(p).replace(/^\\left\(|\\right\)$/g, '')}) = ${substituted(w.problem.f, w.variables, p)} = ${valueShort(value)}$`,
    ],
    hints: ['Put the point into the function.'],
    correct: `Right: ${w.name} is ${valueShort(value)} there.`,
    misconceptions: [],
  };
}

/** The matrix with its mixed partials left out (zero). */
const diagonalOnly = (rows: readonly (readonly Entry[])[]): Entry[][] =>
  rows.map((r, i) => r.map((e, j) => (i === j ? e : { value: valueOf(0) })));

export function hessian({ step, workings: w, tolerance, earlier }: StepInput<Of<'hessian'>>): Derivation {
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
          name: 'the mixed partials left out',
          ...statedMatrix(diagonalOnly(rows)),
          feedback: `The off-diagonal entries are the mixed partials, such as $${secondLatex(w, w.variables[0]!, w.variables[1]!)}$: differentiate by one variable, then by the other. They are not zero here.`,
        },
      ]
    : [];
  return {
    title: p ? `H at ${pointLatex(p)}` : 'H',
    prompt: p
      ? `Compute the Hessian of $${w.signature} = ${w.problem.written}$ at ${named(w, p)}, as a matrix like [[a, b], [c, d]].`
      : `Find the Hessian of $${w.signature} = ${w.problem.written}$, the matrix of second partial derivatives, written like [[a, b], [c, d]] or [a b; c d].`,
    answer: matrixAnswer(rows, p ? [] : w.variables, tolerance),
    answerLatex: matrixLatex(rows.map((r) => r.map(shown))),
    solution: [
      'Row $i$, column $j$ of the Hessian is the derivative of the $i$-th partial with respect to the $j$-th variable:',
      definition,
      ...(p ? [`At ${named(w, p)}: $H = ${matrixLatex(rows.map((r) => r.map(shown)))}$.`] : []),
    ],
    hints: [
      'First find the gradient, one partial derivative per variable.',
      'Then differentiate each partial by each variable: row $i$ is the gradient of the $i$-th partial.',
    ],
    correct: 'Right: the Hessian collects the second partials; it is symmetric, since the mixed partials agree.',
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

export function eigenvalues({ step, workings: w, tolerance, earlier }: StepInput<Of<'eigenvalues'>>): Derivation {
  if (w.variables.length < 2 || w.variables.length > 3) throw new DerivationError(SECOND_ORDER_TEXT.eigenSize);
  const { H, p } = hessianFor(w, step, earlier);
  const lambda = eigenOf(H);
  // Irrational eigenvalues (3 ∓ √2) are expected exactly, so that 3 - √2 is right and 1.59 is within the tolerance.
  const exact = eigenTrees(H);
  const shown = exact ? exact.map((t) => toLatex(t)) : lambda.map(valueShort);
  const where = p ? ` at ${named(w, p)}` : '';
  const Hl = matrixLatex(H.map((r) => r.map(valueShort)));
  const diagonal = H.map((r, k) => r[k]!).sort((a, b) => a.number - b.number);
  const isDiagonal = H.every((r, i) => r.every((v, j) => i === j || v.number === 0));
  const carry = eigenCarry(w, earlier, step, p);
  const answerLatex = exact ? `\\left(${exact.map((t) => toLatex(t)).join(', ')}\\right)` : pointLatex(lambda);
  return {
    title: `eigenvalues of H${p ? ` at ${pointLatex(p)}` : ''}`,
    prompt: `What are the eigenvalues of the Hessian of $${w.signature} = ${w.problem.written}$${where}? List them from smallest to largest, like (1, 3).`,
    answer: exact ? expressionsAnswer(exact, [], tolerance) : pointAnswer(lambda, tolerance),
    answerLatex,
    solution: [
      `The Hessian${where} is $H = ${Hl}$.`,
      w.variables.length === 2
        ? `Its eigenvalues solve $\\det(H - \\lambda I) = 0$, that is $\\lambda^2 - (\\mathrm{tr}\\,H)\\lambda + \\det\\,H = 0$: $\\lambda = ${shown.join('$ and $')}$.`
        : `Its eigenvalues solve $\\det(H - \\lambda I) = 0$: $\\lambda = ${shown.join('$, $')}$.`,
      `They are the curvatures along the Hessian's axes; the largest, $L = ${valueShort(lambda[lambda.length - 1]!)}$, limits the learning rate ($\\alpha \\le 1/L$), and their ratio is how elongated the valley is (the zig-zag of descent).`,
      `From smallest to largest: $${answerLatex}$.`,
    ],
    hints: [
      'For a 2×2 matrix, the eigenvalues solve $\\lambda^2 - (\\mathrm{tr}\\,H)\\lambda + \\det\\,H = 0$.',
      'A diagonal matrix has its diagonal entries as eigenvalues.',
    ],
    correct: `Right: the eigenvalues are ${shown.map((l) => `$${l}$`).join(' and ')}.`,
    ...(carry ? { carry } : {}),
    misconceptions: [
      ...(isDiagonal
        ? []
        : [
            {
              id: 'diagonal',
              name: 'the diagonal entries',
              ...statedPoint(diagonal),
              feedback:
                'The diagonal entries are the eigenvalues only when the off-diagonal entries are zero; solve $\\det(H - \\lambda I) = 0$.',
            },
          ]),
      ...(lambda[0]!.number !== lambda[lambda.length - 1]!.number
        ? [
            {
              id: 'order',
              name: 'largest first',
              ...(exact ? statedExpressions([...exact].reverse()) : statedPoint([...lambda].reverse())),
              feedback: 'These are the eigenvalues, but list them from smallest to largest.',
            },
          ]
        : []),
    ],
  };
}

const OPTIONS = (Object.keys(SECOND_ORDER_TEXT.labels) as Classification[]).map((id) => ({
  id,
  label: SECOND_ORDER_TEXT.labels[id],
}));

export function classify({ step, workings: w, earlier }: StepInput<Of<'classify'>>): Derivation {
  const p = pointOf(w, step, true, earlier)!;
  const g = w.gradientAt(p);
  if (g.some((c) => Math.abs(c.number) > 1e-9)) throw new DerivationError(SECOND_ORDER_TEXT.notCritical(pointLatex(p)));
  const H = hessianAt(w, p);
  const lambda = eigenOf(H);
  const verdict = test(lambda);
  const label = SECOND_ORDER_TEXT.labels[verdict];
  const one = w.variables.length === 1;
  const evidence = one
    ? `$${w.name}''(${latexName(w.variables[0]!)}) = ${valueShort(H[0]![0]!)}$ there`
    : `the Hessian there is $${matrixLatex(H.map((r) => r.map(valueShort)))}$, with eigenvalues $${lambda.map(valueShort).join(', ')}$`;
  const reason: Record<Classification, string> = {
    minimum: one
      ? 'positive: the graph curves up, so this is a local minimum.'
      : 'all positive: the function curves up in every direction, a local minimum.',
    maximum: one
      ? 'negative: the graph curves down, so this is a local maximum.'
      : 'all negative: it curves down in every direction, a local maximum.',
    saddle: 'of both signs: up in one direction and down in another, a saddle point.',
    undecided: one
      ? 'zero: the test cannot decide; look at higher derivatives or at the values nearby.'
      : 'zero in some direction and of one sign otherwise: the test cannot decide.',
  };
  return {
    title: `classify $${pointLatex(p)}$`,
    prompt: `${named(w, p)} is a critical point of $${w.signature} = ${w.problem.written}$. By the second-derivative test, what is it?`,
    answer: { type: 'choice', expected: { type: 'option', id: verdict }, text: verdict, options: OPTIONS },
    answerLatex: `\\text{${label}}`,
    solution: [
      `At ${named(w, p)} the gradient is zero, and ${evidence}: ${one ? 'that is' : 'they are'} ${reason[verdict]}`,
    ],
    hints: one
      ? ["Compute $f''$ at the point: positive means a minimum, negative a maximum, zero means the test cannot decide."]
      : [
          'Compute the Hessian at the point and its eigenvalues.',
          'All positive: minimum. All negative: maximum. Both signs: saddle. A zero (and no opposite signs): undecided.',
        ],
    correct: `Right: it is ${label}.`,
    misconceptions: [],
  };
}
