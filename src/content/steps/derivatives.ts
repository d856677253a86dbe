/**
 * Steps about derivatives: a partial derivative (as an expression or at the
 * point), the gradient, its negative and its norm, with the mistakes each
 * invites: the other variable's derivative, the other variable treated as
 * varying, a dropped chain-rule factor, a power-rule slip, the sign.
 */
import { bin, differentiateByRules, num, substitute, sym, toLatex, type Node } from '../../math/index.js';
import {
  expressionAnswer,
  expressionsAnswer,
  statedExpression,
  statedExpressions,
  statedPoint,
  statedValue,
} from '../quantity.js';
import type { Misconception } from '../derived.js';
import type { StepFile } from '../schema.js';
import { combine, evaluateAt, exactValue, valueOf, type Point, type Value } from '../values.js';
import { latexName, substituted, type Workings } from '../workings.js';
import {
  at,
  findEarlier,
  inputsFor,
  partialLatex,
  pointAnswer,
  quantityLatex,
  short,
  templateOf,
  valueAnswer,
  type Derivation,
  type StepInput,
} from './context.js';

type Of<K extends StepFile['kind']> = Extract<StepFile, { kind: K }>;

/** The expressions a learner's slips give for ∂f/∂wrt, named. */
function partialSlips(w: Workings, wrt: string): { id: string; name: string; node: Node; feedback: string }[] {
  const f = w.problem.f;
  const others = w.variables.filter((v) => v !== wrt);
  const slips = [
    ...others.map((o) => ({
      id: 'other_variable',
      name: 'the other variable',
      node: w.partial(o).node,
      feedback: `That is $${partialLatex(w, o)}$, the derivative with respect to $${latexName(o)}$. Differentiate with respect to $${latexName(wrt)}$ instead.`,
    })),
    {
      id: 'others_varying',
      name: 'other variables treated as varying',
      node: differentiateByRules(f, wrt, { alsoVarying: others }),
      feedback: `In a partial derivative the other variables (${others.map((o) => `$${latexName(o)}$`).join(', ')}) are held fixed: their terms differentiate to 0 and they act as constants in products.`,
    },
    {
      id: 'chain_factor',
      name: 'a dropped chain-rule factor',
      node: differentiateByRules(f, wrt, { dropChain: true }),
      feedback:
        'The chain rule: after differentiating the outer function, multiply by the derivative of what is inside it.',
    },
    {
      id: 'power_rule',
      name: 'a power-rule slip',
      node: differentiateByRules(f, wrt, { forgetExponent: true }),
      feedback: 'The power rule brings the exponent down as a factor: $\\frac{d}{dx}\\,x^n = n x^{n-1}$.',
    },
    {
      id: 'sign',
      name: 'the sign',
      node: { type: 'neg', arg: w.partial(wrt).node } as Node,
      feedback: 'Check the sign of each term: this is the negative of the derivative.',
    },
  ];
  return others.length === 0 ? slips.filter((s) => s.id !== 'others_varying') : slips;
}

function chainLines(w: Workings, wrt: string): string[] {
  const inner = w.problem.inner;
  if (!inner) return [];
  const names = Object.keys(inner.functions).filter(
    (n) => differentiateByRules(inner.functions[n]!, wrt).type !== 'number',
  );
  return names.map((n) => {
    const outerD = differentiateByRules(inner.outer, n);
    const innerD = differentiateByRules(inner.functions[n]!, wrt);
    return `By the chain rule through $${latexName(n)} = ${toLatex(inner.functions[n]!)}$: $\\frac{\\partial ${w.name}}{\\partial ${latexName(n)}} = ${toLatex(outerD)}$ and $\\frac{\\partial ${latexName(n)}}{\\partial ${latexName(wrt)}} = ${toLatex(innerD)}$; multiply them.`;
  });
}

function holdFixed(w: Workings, wrt: string): string {
  const others = w.variables.filter((v) => v !== wrt).map((v) => `$${latexName(v)}$`);
  return others.length === 0
    ? `Differentiate $${w.signature} = ${w.fLatex}$ with respect to $${latexName(wrt)}$.`
    : `Hold ${others.join(', ')} fixed and differentiate $${w.signature} = ${w.fLatex}$ with respect to $${latexName(wrt)}$.`;
}

export function partial({ step, workings: w, locale }: StepInput<Of<'partial'>>): Derivation {
  const d = w.partial(step.wrt);
  return {
    title: `∂${w.name}/∂${step.wrt}`,
    prompt: `Find $${partialLatex(w, step.wrt)}$ for $${w.signature} = ${w.problem.written}$.`,
    answer: expressionAnswer(d.node, w.variables),
    answerLatex: d.latex,
    solution: [holdFixed(w, step.wrt), ...chainLines(w, step.wrt), `$${partialLatex(w, step.wrt)} = ${d.latex}$`],
    hints: [
      `Treat every variable except $${latexName(step.wrt)}$ as a constant.`,
      'Differentiate term by term; a term without the variable differentiates to 0.',
    ],
    correct: `Right: $${partialLatex(w, step.wrt)} = ${d.latex}$ is how ${w.name} changes as $${latexName(step.wrt)}$ alone moves.`,
    misconceptions: partialSlips(w, step.wrt).map((s) => ({
      id: s.id,
      name: s.name,
      ...statedExpression(s.node),
      feedback: s.feedback,
    })),
  };
}

export function partialValue({
  step,
  workings: w,
  earlier,
  tolerance,
  locale,
}: StepInput<Of<'partial_value'>>): Derivation {
  const t = step.after ?? 0;
  const theta = w.point(t);
  const d = w.partial(step.wrt);
  const value = evaluateAt(d.node, w.variables, theta);
  const symbolic = findEarlier(earlier, (s) => s.kind === 'partial' && s.wrt === step.wrt);
  return {
    title: `∂${w.name}/∂${step.wrt} at θ${t}`,
    prompt: `Evaluate $${partialLatex(w, step.wrt)}$ at ${at(w, t, locale)}.`,
    answer: valueAnswer(value, tolerance),
    answerLatex: short(value),
    solution: [
      holdFixed(w, step.wrt),
      `$${partialLatex(w, step.wrt)} = ${d.latex}$`,
      `At ${at(w, t, locale)}: $${substituted(d.node, w.variables, theta)} = ${short(value)}$`,
    ],
    hints: [`First find $${partialLatex(w, step.wrt)}$ as an expression, then put in the point.`],
    correct: `Right: at this point $${w.name}$ changes at rate $${short(value)}$ per unit of $${latexName(step.wrt)}$.`,
    misconceptions: partialSlips(w, step.wrt).map((s) => ({
      id: s.id,
      name: s.name,
      ...statedExpression(substitute(s.node, pointNodes(w, theta))),
      feedback: s.feedback,
    })),
    ...(symbolic
      ? { carry: { inputs: [{ symbol: 'q', step: symbolic.id }], template: sym('q'), bind: bindOf(w, theta) } }
      : {}),
  };
}

const pointNodes = (w: Workings, theta: Point): Record<string, Node> =>
  Object.fromEntries(w.variables.map((v, k) => [v, num(theta[k]!.number)]));
const bindOf = (w: Workings, theta: Point): Record<string, number> =>
  Object.fromEntries(w.variables.map((v, k) => [v, theta[k]!.number]));

const negate = (p: Point): Point => p.map((x) => combine(valueOf(0), x, '-'));
const vectorLatex = (parts: readonly string[]) =>
  parts.length === 1 ? parts[0]! : `\\left(${parts.join(', ')}\\right)`;

/** Carry-forward for a value at θₜ built from the learner's partial steps, if they answered all of them. */
function fromPartials(w: Workings, earlier: StepInput['earlier'], t: number) {
  const symbolic = w.variables.map((v) => findEarlier(earlier, (s) => s.kind === 'partial' && s.wrt === v));
  const atPoint = w.variables.map((v) =>
    findEarlier(earlier, (s) => s.kind === 'partial_value' && s.wrt === v && (s.after ?? 0) === t),
  );
  const source = atPoint.every(Boolean) ? atPoint : symbolic.every(Boolean) ? symbolic : undefined;
  if (!source) return undefined;
  const inputs = source.map((e, k) => ({ symbol: `q${k + 1}`, step: e!.id }));
  return {
    inputs,
    template: templateOf(inputs.map((i) => sym(i.symbol))),
    ...(source === symbolic ? { bind: bindOf(w, w.point(t)) } : {}),
  };
}

export function gradient({ step, workings: w, earlier, tolerance, locale }: StepInput<Of<'gradient'>>): Derivation {
  const partials = w.gradient();
  const components = w.variables.map((v) => partialLatex(w, v));
  const definition = `$\\nabla ${w.name} = ${vectorLatex(components)} = ${vectorLatex(partials.map((d) => d.latex))}$`;
  if (step.symbolic) {
    const misconceptions: Misconception[] = [
      {
        id: 'sign',
        name: 'the sign',
        ...statedExpressions(partials.map((d): Node => ({ type: 'neg', arg: d.node }))),
        feedback: 'This is $-\\nabla ' + w.name + '$; the gradient itself points uphill.',
      },
      ...(w.variables.length > 1
        ? [
            {
              id: 'swapped',
              name: 'components swapped',
              ...statedExpressions([...partials].reverse().map((d) => d.node)),
              feedback:
                'The components are in the wrong order: the first is the derivative with respect to the first variable.',
            },
          ]
        : []),
      ...matrixSlips(w),
    ];
    return {
      title: `∇${w.name}`,
      prompt: `Find the gradient $\\nabla ${w.name}$ of $${w.signature} = ${w.problem.written}$, as a vector of expressions.`,
      answer: expressionsAnswer(
        partials.map((d) => d.node),
        w.variables,
        tolerance,
      ),
      answerLatex: vectorLatex(partials.map((d) => d.latex)),
      solution: [...matrixRule(w), 'The gradient collects the partial derivatives, one per variable:', definition],
      hints: ['The gradient is the vector of partial derivatives, in the order of the variables.'],
      correct: 'Right: the gradient collects the partial derivatives, and points in the direction of steepest ascent.',
      misconceptions,
    };
  }
  const t = step.after ?? 0;
  const theta = w.point(t);
  const g = w.gradientAt(theta);
  const carry = fromPartials(w, earlier, t);
  return {
    title: `∇${w.name} at θ${t}`,
    prompt: `Compute the gradient $\\nabla ${w.name}$ at ${at(w, t, locale)}.`,
    answer: pointAnswer(g, tolerance),
    answerLatex: quantityLatex(g),
    solution: [
      definition,
      `At ${at(w, t, locale)}: $\\nabla ${w.name} = ${vectorLatex(partials.map((d) => substituted(d.node, w.variables, theta)))} = ${quantityLatex(g)}$`,
    ],
    hints: [
      'Find each partial derivative, then put in the point.',
      `The gradient has ${w.variables.length} component${w.variables.length > 1 ? 's' : ''}, one per variable.`,
    ],
    correct: 'Right: the gradient points uphill, in the direction of steepest ascent, so descent will step against it.',
    misconceptions: [
      {
        id: 'sign',
        name: 'the sign',
        ...statedPoint(negate(g)),
        feedback: `This is $-\\nabla ${w.name}$, the direction of descent; the gradient itself points uphill.`,
      },
      ...(w.variables.length > 1
        ? [
            {
              id: 'swapped',
              name: 'components swapped',
              ...statedPoint([...g].reverse()),
              feedback: 'The components are swapped: the first is the derivative with respect to the first variable.',
            },
          ]
        : []),
      ...(t > 0
        ? [
            {
              id: 'old_point',
              name: 'the old point',
              ...statedPoint(w.gradientAt(w.point(t - 1))),
              feedback: `That is the gradient at the previous point; evaluate at ${at(w, t, locale)}.`,
            },
          ]
        : []),
    ],
    ...(carry ? { carry } : {}),
  };
}

/** For a matrix exercise, the rule the gradient follows. */
function matrixRule(w: Workings): string[] {
  const m = w.problem.matrix;
  if (!m) return [];
  const rule =
    m.form === 'quadratic'
      ? '\\nabla_x (x^{\\top} A x) = (A + A^{\\top})\\,x'
      : m.form === 'linear'
        ? `\\nabla_x (Ax)_{${m.row}} = (A^{\\top})_{:,${m.row}}`
        : '\\nabla_x \\lVert x \\rVert^2 = 2x';
  return [`The rule: $${rule}$, with $A = ${matrixLatex(m.A)}$.`];
}

const matrixLatex = (A: readonly (readonly number[])[]) =>
  `\\begin{pmatrix}${A.map((r) => r.join(' & ')).join(' \\\\ ')}\\end{pmatrix}`;

/** The classic matrix-calculus slips: assuming A symmetric (2Ax), forgetting Aᵀ (Ax), only Aᵀx. */
function matrixSlips(w: Workings): Misconception[] {
  const m = w.problem.matrix;
  if (m?.form !== 'quadratic') return [];
  const x = w.variables.map(sym);
  // Each row times x, as the sum a₁·x₁ + a₂·x₂ + … a learner would write.
  const times = (M: readonly (readonly number[])[]) =>
    statedExpressions(
      M.map((row) => row.map((a, j) => bin('*', num(a), x[j]!)).reduce((s, term) => bin('+', s, term))),
    );
  const At = m.A[0]!.map((_, j) => m.A.map((row) => row[j]!));
  const scaled = (M: readonly (readonly number[])[], k: number) => M.map((row) => row.map((a) => a * k));
  return [
    {
      id: 'symmetric',
      name: 'A taken as symmetric',
      ...times(scaled(m.A, 2)),
      feedback: '$2Ax$ holds only when $A$ is symmetric; in general the gradient is $(A + A^{\\top})x$.',
    },
    {
      id: 'half',
      name: 'only Ax',
      ...times(m.A),
      feedback: '$x$ appears twice in $x^{\\top}Ax$: both contribute, giving $(A + A^{\\top})x$.',
    },
    {
      id: 'transpose_only',
      name: 'only Aᵀx',
      ...times(At),
      feedback: '$x$ appears twice in $x^{\\top}Ax$: both contribute, giving $(A + A^{\\top})x$.',
    },
  ];
}

export function negativeGradient({
  step,
  workings: w,
  earlier,
  tolerance,
  locale,
}: StepInput<Of<'negative_gradient'>>): Derivation {
  const t = step.after ?? 0;
  const g = w.gradientAt(w.point(t));
  const ng = negate(g);
  const source = findEarlier(earlier, (s) => s.kind === 'gradient' && !s.symbolic && (s.after ?? 0) === t);
  const inputs = source ? inputsFor(source, g.length, 'g') : [];
  return {
    title: `−∇${w.name} at θ${t}`,
    prompt: `Give the direction of steepest descent, $-\\nabla ${w.name}$, at ${at(w, t, locale)}.`,
    answer: pointAnswer(ng, tolerance),
    answerLatex: quantityLatex(ng),
    solution: [
      `$\\nabla ${w.name} = ${quantityLatex(g)}$ at ${at(w, t, locale)}, so $-\\nabla ${w.name} = ${quantityLatex(ng)}$.`,
    ],
    hints: ['Compute the gradient, then flip the sign of every component.'],
    correct: 'Right: the negative gradient points downhill, the way descent steps.',
    misconceptions: [
      {
        id: 'sign',
        name: 'the sign',
        ...statedPoint(g),
        feedback: 'That is the gradient itself, which points uphill; descent goes the opposite way.',
      },
    ],
    ...(source
      ? { carry: { inputs, template: templateOf(inputs.map((i): Node => ({ type: 'neg', arg: sym(i.symbol) }))) } }
      : {}),
  };
}

/** √(q₁² + q₂² + …) over the learner's components. */
const lengthOf = (components: readonly Node[]): Node => ({
  type: 'call',
  fn: 'sqrt',
  args: [components.map((c) => bin('^', c, num(2))).reduce((s, square) => bin('+', s, square))],
});

/** √v, exactly when v is the square of a rational. */
export function sqrtValue(v: Value): Value {
  const e = v.exact;
  if (e && e.n >= 0n) {
    const root = (n: bigint) => {
      const r = BigInt(Math.round(Math.sqrt(Number(n))));
      return r * r === n ? r : undefined;
    };
    const n = root(e.n);
    const d = root(e.d);
    if (n !== undefined && d !== undefined) return exactValue({ n, d });
  }
  return { number: Math.sqrt(v.number) };
}

export const sumOfSquares = (g: Point): Value => g.reduce((s, x) => combine(s, combine(x, x, '*'), '+'), valueOf(0));

export function norm({ step, workings: w, earlier, tolerance, locale }: StepInput<Of<'norm'>>): Derivation {
  const t = step.after ?? 0;
  const g = w.gradientAt(w.point(t));
  const squares = sumOfSquares(g);
  const n = sqrtValue(squares);
  const sum = g.reduce((s, x) => combine(s, x, '+'), valueOf(0));
  const l1 = g.reduce((s, x) => combine(s, x.number < 0 ? combine(valueOf(0), x, '-') : x, '+'), valueOf(0));
  const source = findEarlier(earlier, (s) => s.kind === 'gradient' && !s.symbolic && (s.after ?? 0) === t);
  const inputs = source ? inputsFor(source, g.length, 'g') : [];
  return {
    title: `‖∇${w.name}‖ at θ${t}`,
    prompt: `Compute the length of the gradient, $\\lVert \\nabla ${w.name} \\rVert$, at ${at(w, t, locale)}.`,
    answer: valueAnswer(n, tolerance),
    answerLatex: short(n),
    solution: [
      `$\\nabla ${w.name} = ${quantityLatex(g)}$ at ${at(w, t, locale)}.`,
      `$\\lVert \\nabla ${w.name} \\rVert = \\sqrt{${g.map((x) => (x.number < 0 ? `(${short(x)})^2` : `${short(x)}^2`)).join(' + ')}} = \\sqrt{${short(squares)}} = ${short(n)}$`,
    ],
    hints: ['The length of a vector is the square root of the sum of its squared components.'],
    correct: `Right: the gradient's length, $${short(n)}$, is how steep $${w.name}$ is here.`,
    misconceptions: [
      {
        id: 'squared',
        name: 'the squared norm',
        ...statedValue(squares),
        feedback: 'That is the squared length; take the square root.',
      },
      {
        id: 'sum',
        name: 'the sum of the components',
        ...statedValue(sum),
        feedback: 'Adding the components does not give the length: square them, add, and take the square root.',
      },
      {
        id: 'l1',
        name: 'the sum of absolute values',
        ...statedValue(l1),
        feedback: 'That is the 1-norm; the length is the Euclidean norm, $\\sqrt{\\sum g_i^2}$.',
      },
    ],
    ...(source ? { carry: { inputs, template: lengthOf(inputs.map((i) => sym(i.symbol))) } } : {}),
  };
}
