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
import { say } from '../../messages/catalogue.js';
import { STEPS_DIRECTIONAL } from '../../messages/steps-directional.js';

type Of<K extends StepFile['kind']> = Extract<StepFile, { kind: K }>;

/** The lesson-file errors of this module, for the teacher (English, like lint's); a learner's words are the catalogue's. */
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
  const m = say(STEPS_DIRECTIONAL, locale);
  const f = w.name;
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
      prompt: m.movePrompt({ f, at: at(w, t, locale), move: pointLatex(d) }),
      answer: valueAnswer(change, tolerance),
      answerLatex: valueShort(change),
      solution: [
        m.gradientAt({ f, at: at(w, t, locale), g: gl }),
        m.trueChange({ f, change: valueShort(trueChange) }),
        m.estimate({
          f,
          working: `${g.map((x, k) => `${valueShort(x)} \\cdot ${operand(d[k]!)}`).join(' + ')} = ${valueShort(change)}`,
        }),
      ],
      hints: [m.moveHint1, m.moveHint2],
      correct: m.moveCorrect({ f, change: valueShort(change), trueChange: valueShort(trueChange) }),
      misconceptions: [
        {
          id: 'sign',
          name: m.nameSign,
          ...statedValue(negate(change)),
          feedback: m.moveSign,
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
    prompt: m.directionalPrompt({ f, at: at(w, t, locale), direction: pointLatex(d) }),
    answer: valueAnswer(value, tolerance),
    answerLatex: tree ? toLatex(tree) : valueShort(value),
    solution: [
      m.gradientAt({ f, at: at(w, t, locale), g: gl }),
      m.unitVector({ direction: pointLatex(d), length: lengthLatex(d) }),
      `$\\nabla ${w.name} \\cdot u = ${valueShort(raw)} / ${lengthLatex(d)} = ${tree ? `${toLatex(tree)} \\approx ${valueShort(value)}` : valueShort(value)}$.`,
    ],
    hints: [m.directionalHint1, m.directionalHint2],
    correct: m.directionalCorrect,
    misconceptions: [
      ...(normalised
        ? [
            {
              id: 'not_normalised',
              name: m.nameNotNormalisedU,
              ...statedValue(raw),
              feedback: m.notNormalisedU,
            },
          ]
        : []),
      {
        id: 'sign',
        name: m.nameSign,
        ...statedValue(negate(value)),
        feedback: m.directionalSign,
      },
    ],
  };
}

export function unitDirection({ step, workings: w, tolerance, locale }: StepInput<Of<'unit_direction'>>): Derivation {
  const m = say(STEPS_DIRECTIONAL, locale);
  const f = w.name;
  const t = step.after ?? 0;
  const g = w.gradientAt(w.point(t));
  if (g.every((x) => x.number === 0)) throw new DerivationError(DIRECTIONAL_TEXT.flat);
  const minusG = g.map(negate);
  const u = unit(minusG);
  const shown = u.trees ? `\\left(${u.trees.map((x) => toLatex(x)).join(', ')}\\right)` : pointLatex(u.values);
  const up = unit(g);
  return {
    title: `−∇${w.name}/‖∇${w.name}‖`,
    prompt: m.unitPrompt({ f, at: at(w, t, locale) }),
    answer: pointAnswer(u.values, tolerance),
    answerLatex: shown,
    solution: [
      m.gradientLength({ f, at: at(w, t, locale), g: pointLatex(g), length: lengthLatex(g) }),
      m.unitIs({ f, unit: shown }),
    ],
    hints: [m.unitHint1, m.unitHint2],
    correct: m.unitCorrect,
    misconceptions: [
      {
        id: 'sign',
        name: m.nameUphill,
        ...statedPoint(up.values),
        feedback: m.uphill,
      },
      ...(u.length.exact && u.length.exact.n === u.length.exact.d
        ? []
        : [
            {
              id: 'not_normalised',
              name: m.nameNotNormalised,
              ...statedPoint(minusG),
              feedback: m.notNormalised,
            },
          ]),
    ],
  };
}
