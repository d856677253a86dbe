/**
 * Steps about a direction at a point: the directional derivative ∇f·u along a
 * unit vector u, the first-order change ∇f·Δv of a small move (set beside the
 * true change), and the unit steepest-descent direction −∇f/‖∇f‖. A length
 * with a square root is kept as a full double (never rounded), so 3√2 is judged
 * right as well as 4.24; the worked solution shows the exact form.
 */
import { bin, toLatex, type Node } from '../../math/index.js';
import { combine, pointLatex, valueOf, valueShort, type Point, type Value } from '../values.js';
import { statedPoint, statedValue, valueTree } from '../quantity.js';
import type { StepFile } from '../schema.js';
import { DerivationError } from '../workings.js';
import { at, pointAnswer, valueAnswer, type Derivation, type StepInput } from './context.js';
import { sqrtValue, sumOfSquares } from './derivatives.js';

type Of<K extends StepFile['kind']> = Extract<StepFile, { kind: K }>;

/** The English of this module, in one place (to move into the message catalogue). */
export const DIRECTIONAL_TEXT = {
  which: 'directional needs exactly one of `direction` (a direction, normalised) or `move` (a small move Δv).',
  length: (n: number, k: number) => `The direction has ${k} components; this function has ${n} variables.`,
  zero: 'The direction (0, …, 0) has no length; give a nonzero one.',
  flat: 'The gradient is zero here, so there is no steepest-descent direction; ask at another point.',
} as const;

const dot = (a: Point, b: Point): Value => a.reduce((s, x, k) => combine(s, combine(x, b[k]!, '*'), '+'), valueOf(0));
const negate = (v: Value): Value => combine(valueOf(0), v, '-');
const operand = (v: Value): string => (v.number < 0 ? `\\left(${valueShort(v)}\\right)` : valueShort(v));
/** ‖v‖ as shown: 5, or √20 when it is irrational. */
const lengthLatex = (v: Point): string => {
  const length = sqrtValue(sumOfSquares(v));
  return length.exact ? valueShort(length) : `\\sqrt{${valueShort(sumOfSquares(v))}}`;
};

/** v/‖v‖: exact when ‖v‖ is rational, else full doubles, with trees over √(Σv²) to show. */
function unit(v: Point): { values: Point; trees: Node[] | undefined; length: Value } {
  const length = sqrtValue(sumOfSquares(v));
  if (length.exact) return { values: v.map((x) => combine(x, length, '/')), trees: undefined, length };
  const root: Node = { type: 'call', fn: 'sqrt', args: [valueTree(sumOfSquares(v))] };
  return {
    values: v.map((x) => ({ number: x.number / length.number })),
    trees: v.map((x) => bin('/', valueTree(x), root)),
    length,
  };
}

export function directional({ step, workings: w, tolerance, locale }: StepInput<Of<'directional'>>): Derivation {
  const given = step.direction ?? step.move;
  if (!given || (step.direction && step.move)) throw new DerivationError(DIRECTIONAL_TEXT.which);
  if (given.length !== w.variables.length)
    throw new DerivationError(DIRECTIONAL_TEXT.length(w.variables.length, given.length));
  const t = step.after ?? 0;
  const theta = w.point(t);
  const g = w.gradientAt(theta);
  const d = given.map(valueOf);
  if (d.every((x) => x.number === 0)) throw new DerivationError(DIRECTIONAL_TEXT.zero);
  const gl = pointLatex(g);
  if (step.move) {
    const change = dot(g, d);
    const after = w.lossAt(theta.map((x, k) => combine(x, d[k]!, '+')));
    const trueChange = combine(after, w.lossAt(theta), '-');
    return {
      title: `∇${w.name}·Δv`,
      prompt: `At ${at(w, t, locale)}, the point moves by $\\Delta v = ${pointLatex(d)}$. Estimate the change of $${w.name}$ to first order, $\\Delta ${w.name} \\approx \\nabla ${w.name} \\cdot \\Delta v$.`,
      answer: valueAnswer(change, tolerance),
      answerLatex: valueShort(change),
      solution: [
        `At ${at(w, t, locale)}: $\\nabla ${w.name} = ${gl}$.`,
        `The true change is $${w.name}(\\theta + \\Delta v) - ${w.name}(\\theta) = ${valueShort(trueChange)}$.`,
        `The first-order estimate, close to it for a small move: $\\nabla ${w.name} \\cdot \\Delta v = ${g.map((x, k) => `${valueShort(x)} \\cdot ${operand(d[k]!)}`).join(' + ')} = ${valueShort(change)}$.`,
      ],
      hints: ['Compute the gradient at the point first.', 'Multiply component by component and add: the dot product.'],
      correct: `Right: to first order ${w.name} changes by ${valueShort(change)} (the true change is ${valueShort(trueChange)}).`,
      misconceptions: [
        {
          id: 'sign',
          name: 'the sign',
          ...statedValue(negate(change)),
          feedback: 'The change is $+\\nabla f \\cdot \\Delta v$: moving along the gradient increases $f$.',
        },
      ],
    };
  }
  const u = unit(d);
  const value = dot(g, u.values);
  const raw = dot(g, d);
  // An irrational length: the exact form ∇f·d/‖d‖ is shown.
  const tree: Node | undefined =
    u.trees && bin('/', valueTree(raw), { type: 'call', fn: 'sqrt', args: [valueTree(sumOfSquares(d))] });
  const normalised = !(u.length.exact && u.length.exact.n === u.length.exact.d);
  return {
    title: `D_u${w.name}`,
    prompt: `Compute the directional derivative of $${w.name}$ at ${at(w, t, locale)} in the direction of $${pointLatex(d)}$ (as a unit vector $u$): $D_u ${w.name} = \\nabla ${w.name} \\cdot u$.`,
    answer: valueAnswer(value, tolerance),
    answerLatex: tree ? toLatex(tree) : valueShort(value),
    solution: [
      `At ${at(w, t, locale)}: $\\nabla ${w.name} = ${gl}$.`,
      `The unit vector: $u = ${pointLatex(d)} / ${lengthLatex(d)}$.`,
      `$\\nabla ${w.name} \\cdot u = ${valueShort(raw)} / ${lengthLatex(d)} = ${tree ? `${toLatex(tree)} \\approx ${valueShort(value)}` : valueShort(value)}$.`,
    ],
    hints: [
      'Divide the direction by its length to make it a unit vector.',
      'Then take the dot product with the gradient.',
    ],
    correct: 'Right: that is the slope of the function along this direction.',
    misconceptions: [
      ...(normalised
        ? [
            {
              id: 'not_normalised',
              name: 'u not normalised',
              ...statedValue(raw),
              feedback: 'Divide the direction by its length first: $u$ must be a unit vector.',
            },
          ]
        : []),
      {
        id: 'sign',
        name: 'the sign',
        ...statedValue(negate(value)),
        feedback: 'Check the sign: $D_u f = +\\nabla f \\cdot u$.',
      },
    ],
  };
}

export function unitDirection({ step, workings: w, tolerance, locale }: StepInput<Of<'unit_direction'>>): Derivation {
  const t = step.after ?? 0;
  const g = w.gradientAt(w.point(t));
  if (g.every((x) => x.number === 0)) throw new DerivationError(DIRECTIONAL_TEXT.flat);
  const minusG = g.map(negate);
  const u = unit(minusG);
  const shown = u.trees ? `\\left(${u.trees.map((x) => toLatex(x)).join(', ')}\\right)` : pointLatex(u.values);
  const up = unit(g);
  return {
    title: `−∇${w.name}/‖∇${w.name}‖`,
    prompt: `At ${at(w, t, locale)}, what is the direction of steepest descent as a unit vector, $-\\nabla ${w.name} / \\lVert \\nabla ${w.name} \\rVert$?`,
    answer: pointAnswer(u.values, tolerance),
    answerLatex: shown,
    solution: [
      `At ${at(w, t, locale)}: $\\nabla ${w.name} = ${pointLatex(g)}$, of length $${lengthLatex(g)}$.`,
      `$-\\nabla ${w.name} / \\lVert \\nabla ${w.name} \\rVert = ${shown}$: the unit vector along which $${w.name}$ falls fastest.`,
    ],
    hints: ['Compute the gradient and its length.', 'Negate the gradient and divide each component by the length.'],
    correct: 'Right: a unit vector pointing straight downhill.',
    misconceptions: [
      {
        id: 'sign',
        name: 'uphill',
        ...statedPoint(up.values),
        feedback: 'That is $+\\nabla f/\\lVert\\nabla f\\rVert$, the steepest ascent; descent goes the other way.',
      },
      ...(u.length.exact && u.length.exact.n === u.length.exact.d
        ? []
        : [
            {
              id: 'not_normalised',
              name: 'not normalised',
              ...statedPoint(minusG),
              feedback: 'That is $-\\nabla f$; divide it by its length to get a unit vector.',
            },
          ]),
    ],
  };
}
