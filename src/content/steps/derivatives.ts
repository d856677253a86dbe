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
import { say, type Locale } from '../../messages/catalogue.js';
import { STEPS_DERIVATIVES } from '../../messages/steps-derivatives.js';
import { STEPS_COMMON } from '../../messages/steps-common.js';

const words = (locale: Locale) => say(STEPS_DERIVATIVES, locale);

type Of<K extends StepFile['kind']> = Extract<StepFile, { kind: K }>;

/** The expressions a learner's slips give for ∂f/∂wrt, named. */
function partialSlips(
  w: Workings,
  wrt: string,
  locale: Locale,
): { id: string; name: string; node: Node; feedback: string }[] {
  const m = words(locale);
  const f = w.problem.f;
  const others = w.variables.filter((v) => v !== wrt);
  const slips = [
    ...others.map((o) => ({
      id: 'other_variable',
      name: m.nameOtherVariable,
      node: w.partial(o).node,
      feedback: m.otherVariable({ partial: partialLatex(w, o), other: latexName(o), wrt: latexName(wrt) }),
    })),
    {
      id: 'others_varying',
      name: m.nameOthersVarying,
      node: differentiateByRules(f, wrt, { alsoVarying: others }),
      feedback: m.othersVarying({ others: others.map(latexName) }),
    },
    {
      id: 'chain_factor',
      name: m.nameChain,
      node: differentiateByRules(f, wrt, { dropChain: true }),
      feedback: m.chain,
    },
    {
      id: 'power_rule',
      name: m.namePower,
      node: differentiateByRules(f, wrt, { forgetExponent: true }),
      feedback: m.power,
    },
    {
      id: 'sign',
      name: m.nameSign,
      node: { type: 'neg', arg: w.partial(wrt).node } as Node,
      feedback: m.sign,
    },
  ];
  return others.length === 0 ? slips.filter((s) => s.id !== 'others_varying') : slips;
}

function chainLines(w: Workings, wrt: string, locale: Locale): string[] {
  const inner = w.problem.inner;
  if (!inner) return [];
  const names = Object.keys(inner.functions).filter(
    (n) => differentiateByRules(inner.functions[n]!, wrt).type !== 'number',
  );
  return names.map((n) => {
    const outerD = differentiateByRules(inner.outer, n);
    const innerD = differentiateByRules(inner.functions[n]!, wrt);
    return words(locale).chainLine({
      inner: latexName(n),
      innerLatex: toLatex(inner.functions[n]!),
      f: w.name,
      outer: toLatex(outerD),
      wrt: latexName(wrt),
      innerD: toLatex(innerD),
    });
  });
}

function holdFixed(w: Workings, wrt: string, locale: Locale): string {
  const others = w.variables.filter((v) => v !== wrt).map(latexName);
  const what = { signature: w.signature, formula: w.fLatex, wrt: latexName(wrt) };
  return others.length === 0 ? words(locale).differentiate(what) : words(locale).holdFixed({ ...what, others });
}

export function partial({ step, workings: w, locale }: StepInput<Of<'partial'>>): Derivation {
  const m = words(locale);
  const d = w.partial(step.wrt);
  return {
    title: `∂${w.name}/∂${step.wrt}`,
    prompt: m.partialPrompt({ partial: partialLatex(w, step.wrt), signature: w.signature, formula: w.problem.written }),
    answer: expressionAnswer(d.node, w.variables),
    answerLatex: d.latex,
    solution: [
      holdFixed(w, step.wrt, locale),
      ...chainLines(w, step.wrt, locale),
      `$${partialLatex(w, step.wrt)} = ${d.latex}$`,
    ],
    hints: [m.partialHint1({ wrt: latexName(step.wrt) }), m.partialHint2],
    correct: m.partialCorrect({
      partial: partialLatex(w, step.wrt),
      latex: d.latex,
      f: w.name,
      wrt: latexName(step.wrt),
    }),
    misconceptions: partialSlips(w, step.wrt, locale).map((s) => ({
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
    title: say(STEPS_COMMON, locale).titleAt({ what: `∂${w.name}/∂${step.wrt}`, t }),
    prompt: words(locale).partialValuePrompt({ partial: partialLatex(w, step.wrt), at: at(w, t, locale) }),
    answer: valueAnswer(value, tolerance),
    answerLatex: short(value),
    solution: [
      holdFixed(w, step.wrt, locale),
      `$${partialLatex(w, step.wrt)} = ${d.latex}$`,
      words(locale).atPoint({
        at: at(w, t, locale),
        working: `${substituted(d.node, w.variables, theta)} = ${short(value)}`,
      }),
    ],
    hints: [words(locale).partialValueHint({ partial: partialLatex(w, step.wrt) })],
    correct: words(locale).partialValueCorrect({ f: w.name, value: short(value), wrt: latexName(step.wrt) }),
    misconceptions: partialSlips(w, step.wrt, locale).map((s) => ({
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
  const m = words(locale);
  const partials = w.gradient();
  const components = w.variables.map((v) => partialLatex(w, v));
  const definition = `$\\nabla ${w.name} = ${vectorLatex(components)} = ${vectorLatex(partials.map((d) => d.latex))}$`;
  if (step.symbolic) {
    const misconceptions: Misconception[] = [
      {
        id: 'sign',
        name: m.nameSign,
        ...statedExpressions(partials.map((d): Node => ({ type: 'neg', arg: d.node }))),
        feedback: m.gradientSymbolicSign({ f: w.name }),
      },
      ...(w.variables.length > 1
        ? [
            {
              id: 'swapped',
              name: m.nameSwapped,
              ...statedExpressions([...partials].reverse().map((d) => d.node)),
              feedback: m.swappedSymbolic,
            },
          ]
        : []),
      ...matrixSlips(w, locale),
    ];
    return {
      title: `∇${w.name}`,
      prompt: m.gradientSymbolicPrompt({ f: w.name, signature: w.signature, formula: w.problem.written }),
      answer: expressionsAnswer(
        partials.map((d) => d.node),
        w.variables,
        tolerance,
      ),
      answerLatex: vectorLatex(partials.map((d) => d.latex)),
      solution: [...matrixRule(w, locale), m.collects, definition],
      hints: [m.gradientSymbolicHint],
      correct: m.gradientSymbolicCorrect,
      misconceptions,
    };
  }
  const t = step.after ?? 0;
  const theta = w.point(t);
  const g = w.gradientAt(theta);
  const carry = fromPartials(w, earlier, t);
  return {
    title: say(STEPS_COMMON, locale).titleAt({ what: `∇${w.name}`, t }),
    prompt: m.gradientPrompt({ f: w.name, at: at(w, t, locale) }),
    answer: pointAnswer(g, tolerance),
    answerLatex: quantityLatex(g),
    solution: [
      definition,
      m.atPoint({
        at: at(w, t, locale),
        working: `\\nabla ${w.name} = ${vectorLatex(partials.map((d) => substituted(d.node, w.variables, theta)))} = ${quantityLatex(g)}`,
      }),
    ],
    hints: [m.gradientHint1, m.gradientHint2({ n: w.variables.length })],
    correct: m.gradientCorrect,
    misconceptions: [
      {
        id: 'sign',
        name: m.nameSign,
        ...statedPoint(negate(g)),
        feedback: m.gradientSign({ f: w.name }),
      },
      ...(w.variables.length > 1
        ? [
            {
              id: 'swapped',
              name: m.nameSwapped,
              ...statedPoint([...g].reverse()),
              feedback: m.swapped,
            },
          ]
        : []),
      ...(t > 0
        ? [
            {
              id: 'old_point',
              name: m.nameOldPoint,
              ...statedPoint(w.gradientAt(w.point(t - 1))),
              feedback: m.oldPoint({ at: at(w, t, locale) }),
            },
          ]
        : []),
    ],
    ...(carry ? { carry } : {}),
  };
}

/** For a matrix exercise, the rule the gradient follows. */
function matrixRule(w: Workings, locale: Locale): string[] {
  const m = w.problem.matrix;
  if (!m) return [];
  const rule =
    m.form === 'quadratic'
      ? '\\nabla_x (x^{\\top} A x) = (A + A^{\\top})\\,x'
      : m.form === 'linear'
        ? `\\nabla_x (Ax)_{${m.row}} = (A^{\\top})_{:,${m.row}}`
        : '\\nabla_x \\lVert x \\rVert^2 = 2x';
  return [words(locale).matrixRule({ rule, A: matrixLatex(m.A) })];
}

const matrixLatex = (A: readonly (readonly number[])[]) =>
  `\\begin{pmatrix}${A.map((r) => r.join(' & ')).join(' \\\\ ')}\\end{pmatrix}`;

/** The classic matrix-calculus slips: assuming A symmetric (2Ax), forgetting Aᵀ (Ax), only Aᵀx. */
function matrixSlips(w: Workings, locale: Locale): Misconception[] {
  const say = words(locale);
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
      name: say.nameSymmetric,
      ...times(scaled(m.A, 2)),
      feedback: say.symmetric,
    },
    {
      id: 'half',
      name: say.nameHalf,
      ...times(m.A),
      feedback: say.twice,
    },
    {
      id: 'transpose_only',
      name: say.nameTransposeOnly,
      ...times(At),
      feedback: say.twice,
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
    title: say(STEPS_COMMON, locale).titleAt({ what: `−∇${w.name}`, t }),
    prompt: words(locale).negativePrompt({ f: w.name, at: at(w, t, locale) }),
    answer: pointAnswer(ng, tolerance),
    answerLatex: quantityLatex(ng),
    solution: [
      words(locale).negativeSolution({ f: w.name, g: quantityLatex(g), at: at(w, t, locale), ng: quantityLatex(ng) }),
    ],
    hints: [words(locale).negativeHint],
    correct: words(locale).negativeCorrect,
    misconceptions: [
      {
        id: 'sign',
        name: words(locale).nameSign,
        ...statedPoint(g),
        feedback: words(locale).negativeSign,
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
  const m = words(locale);
  const t = step.after ?? 0;
  const g = w.gradientAt(w.point(t));
  const squares = sumOfSquares(g);
  const n = sqrtValue(squares);
  const sum = g.reduce((s, x) => combine(s, x, '+'), valueOf(0));
  const l1 = g.reduce((s, x) => combine(s, x.number < 0 ? combine(valueOf(0), x, '-') : x, '+'), valueOf(0));
  const source = findEarlier(earlier, (s) => s.kind === 'gradient' && !s.symbolic && (s.after ?? 0) === t);
  const inputs = source ? inputsFor(source, g.length, 'g') : [];
  return {
    title: say(STEPS_COMMON, locale).titleAt({ what: `‖∇${w.name}‖`, t }),
    prompt: m.normPrompt({ f: w.name, at: at(w, t, locale) }),
    answer: valueAnswer(n, tolerance),
    answerLatex: short(n),
    solution: [
      m.gradientThere({ f: w.name, g: quantityLatex(g), at: at(w, t, locale) }),
      `$\\lVert \\nabla ${w.name} \\rVert = \\sqrt{${g.map((x) => (x.number < 0 ? `(${short(x)})^2` : `${short(x)}^2`)).join(' + ')}} = \\sqrt{${short(squares)}} = ${short(n)}$`,
    ],
    hints: [m.normHint],
    correct: m.normCorrect({ n: short(n), f: w.name }),
    misconceptions: [
      {
        id: 'squared',
        name: m.nameSquared,
        ...statedValue(squares),
        feedback: m.squared,
      },
      {
        id: 'sum',
        name: m.nameSum,
        ...statedValue(sum),
        feedback: m.sum,
      },
      {
        id: 'l1',
        name: m.nameL1,
        ...statedValue(l1),
        feedback: m.l1,
      },
    ],
    ...(source ? { carry: { inputs, template: lengthOf(inputs.map((i) => sym(i.symbol))) } } : {}),
  };
}
