/**
 * Steps about one move of gradient descent: the step α∇f, the update
 * θ − α∇f, the iterate after t steps, the loss at a point, and the predicted
 * decrease −α‖∇f‖². Their mistakes: the sign, a forgotten α, only the step.
 */
import { bin, num, substitute, sym, toText } from '../../math/index.js';
import { statedPoint, statedValue, valueTree } from '../quantity.js';
import type { Misconception } from '../derived.js';
import type { StepFile } from '../schema.js';
import { combine, valueOf, type Point, type Value } from '../values.js';
import { substituted, type Workings } from '../workings.js';
import { sumOfSquares, sqrtValue } from './derivatives.js';
import { say, type Locale } from '../../messages/catalogue.js';
import { STEPS_UPDATE } from '../../messages/steps-update.js';
import { STEPS_COMMON } from '../../messages/steps-common.js';
import {
  at,
  findEarlier,
  inputsFor,
  pointAnswer,
  pointName,
  operandLatex,
  quantityLatex,
  rateLatex,
  rateTimes,
  short,
  templateOf,
  valueAnswer,
  type Derivation,
  type StepInput,
} from './context.js';
import { optimizerUpdate, requirePlain } from './optimizer.js';
import { OPTIMIZER_TEXT } from '../optimizer-text.js';

type Of<K extends StepFile['kind']> = Extract<StepFile, { kind: K }>;

const scale = (p: Point, k: Value): Point => p.map((x) => combine(k, x, '*'));
const add = (a: Point, b: Point): Point => a.map((x, i) => combine(x, b[i]!, '+'));
const sub = (a: Point, b: Point): Point => a.map((x, i) => combine(x, b[i]!, '-'));
/** α ⊙ g: each component by its own rate (the one α repeated, for a single rate). */
const times = (rates: Point, g: Point): Point => g.map((x, i) => combine(rates[i]!, x, '*'));
const over = (g: Point, rates: Point): Point => g.map((x, i) => combine(x, rates[i]!, '/'));

/**
 * α ⊙ ∇f written out for a solution, as the stages an equation chains: "0.1 · (6, 8)" with one rate; with one per
 * coordinate, "(0.1, 0.5) ⊙ (3.6, −6)" then each product "(0.1 · 3.6, 0.5 · (−6))".
 */
function productStages(w: Workings, g: Point): string[] {
  if (!w.perCoordinate) return [`${rateLatex(w)} \\cdot ${operandLatex(g)}`];
  const each = g.map((x, i) => `${short(w.rates[i]!)} \\cdot ${operandLatex([x])}`);
  return [`${rateLatex(w)} \\odot ${operandLatex(g)}`, `\\left(${each.join(', ')}\\right)`];
}

/** The slips only a rate per coordinate allows: the rates swapped, and one of them used for every coordinate. */
function perCoordinateMistakes(w: Workings, g: Point, from: (s: Point) => Point, locale: Locale): Misconception[] {
  if (!w.perCoordinate) return [];
  const m = say(STEPS_UPDATE, locale);
  const rate = rateLatex(w);
  return [
    {
      id: 'rates_swapped',
      name: m.nameRatesSwapped,
      ...statedPoint(from(times([...w.rates].reverse(), g))),
      feedback: m.ratesSwapped({ rate }),
    },
    ...w.rates.map((one, k) => ({
      id: `one_rate_${k + 1}`,
      name: m.nameOneRate,
      ...statedPoint(from(scale(g, one))),
      feedback: m.oneRate({ rate, one: short(one) }),
    })),
  ];
}

/** The gradient step answered earlier at θₜ, whose value the learner's later steps build on. */
const gradientStep = (earlier: StepInput['earlier'], t: number) =>
  findEarlier(earlier, (s) => s.kind === 'gradient' && !s.symbolic && (s.after ?? 0) === t);

export function step({ step, workings: w, earlier, tolerance, locale }: StepInput<Of<'step'>>): Derivation {
  requirePlain(w, 'step');
  const m = say(STEPS_UPDATE, locale);
  const f = w.name;
  const rate = rateLatex(w);
  const t = step.after ?? 0;
  const g = w.gradientAt(w.point(t));
  const s = times(w.rates, g);
  const source = gradientStep(earlier, t);
  const inputs = source ? inputsFor(source, g.length, 'g') : [];
  return {
    title: say(STEPS_COMMON, locale).titleAt({ what: w.perCoordinate ? `α ⊙ ∇${f}` : `α∇${f}`, t }),
    prompt: m.stepPrompt({ f, rate, at: at(w, t, locale), times: rateTimes(w) }),
    answer: pointAnswer(s, tolerance),
    answerLatex: quantityLatex(s),
    solution: [
      `$\\alpha ${rateTimes(w)}\\nabla ${w.name} = ${[...productStages(w, g), quantityLatex(s)].join(' = ')}$`,
    ],
    hints: w.perCoordinate ? [m.elementwiseHint] : [m.stepHint],
    correct: m.stepCorrect,
    misconceptions: [
      {
        id: 'forgot_rate',
        name: m.nameForgotRate,
        ...statedPoint(g),
        feedback: m.stepForgotRate({ rate }),
      },
      {
        id: 'update',
        name: m.nameUpdateForStep,
        ...statedPoint(sub(w.point(t), s)),
        feedback: m.stepUpdate({ f }),
      },
      {
        id: 'divided_by_rate',
        name: m.nameDivided,
        ...statedPoint(over(g, w.rates)),
        feedback: m.divided,
      },
      ...(g.length > 1
        ? [
            {
              id: 'swapped',
              name: m.nameSwapped,
              ...statedPoint(times(w.rates, [...g].reverse())),
              feedback: m.stepSwapped,
            },
          ]
        : []),
      ...perCoordinateMistakes(w, g, (x) => x, locale),
    ],
    ...(source
      ? {
          carry: {
            inputs,
            template: templateOf(inputs.map((i, k) => bin('*', valueTree(w.rates[k]!), sym(i.symbol)))),
          },
        }
      : {}),
  };
}

/**
 * The answers the usual slips in θ − α∇f give, whatever the dimension: the sign, α forgotten, only the step
 * (or its negative), ∇f divided by α, and the gradient's components swapped (∂f/∂y paired with x).
 * Shared by the update step and a table's next-iterate cells.
 */
export function updateMistakes(w: Workings, theta: Point, g: Point, locale: Locale): Misconception[] {
  const m = say(STEPS_UPDATE, locale);
  const f = w.name;
  const rate = rateLatex(w);
  const s = times(w.rates, g);
  return [
    {
      id: 'sign',
      name: m.nameSign,
      ...statedPoint(add(theta, s)),
      feedback: m.sign({ f }),
    },
    {
      id: 'forgot_rate',
      name: m.nameForgotRate,
      ...statedPoint(sub(theta, g)),
      feedback: m.forgotRate({ rate }),
    },
    {
      id: 'step_only',
      name: m.nameStepOnly,
      ...statedPoint(s),
      feedback: m.stepOnly({ f }),
    },
    {
      id: 'negative_step_only',
      name: m.nameNegativeStepOnly,
      ...statedPoint(scale(s, valueOf(-1))),
      feedback: m.negativeStepOnly({ f }),
    },
    {
      id: 'divided_by_rate',
      name: m.nameDivided,
      ...statedPoint(sub(theta, over(g, w.rates))),
      feedback: m.divided,
    },
    ...(g.length > 1
      ? [
          {
            id: 'swapped',
            name: m.nameSwapped,
            ...statedPoint(sub(theta, times(w.rates, [...g].reverse()))),
            feedback: m.swapped,
          },
        ]
      : []),
    ...perCoordinateMistakes(w, g, (x) => sub(theta, x), locale),
  ];
}

export function update(input: StepInput<Of<'update'>>): Derivation {
  if (input.workings.problem.method) return optimizerUpdate(input);
  const { step, workings: w, earlier, tolerance, locale } = input;
  const m = say(STEPS_UPDATE, locale);
  const t = step.after ?? 0;
  const theta = w.point(t);
  const g = w.gradientAt(theta);
  const s = times(w.rates, g);
  const next = w.point(t + 1);
  const source = gradientStep(earlier, t);
  const stepSource = source ? undefined : findEarlier(earlier, (x) => x.kind === 'step' && (x.after ?? 0) === t);
  const inputs = source ? inputsFor(source, g.length, 'g') : stepSource ? inputsFor(stepSource, g.length, 's') : [];
  const template = templateOf(
    inputs.map((input, k) =>
      bin('-', valueTree(theta[k]!), source ? bin('*', valueTree(w.rates[k]!), sym(input.symbol)) : sym(input.symbol)),
    ),
  );
  const misconceptions = updateMistakes(w, theta, g, locale);
  return {
    title: `θ_{${t + 1}}`,
    prompt: m.updatePrompt({ at: at(w, t, locale), rate: rateLatex(w), next: pointName(w, t + 1) }),
    answer: pointAnswer(next, tolerance),
    answerLatex: quantityLatex(next),
    solution: [
      `$${pointName(w, t + 1)} = ${pointName(w, t)} - \\alpha ${rateTimes(w)}\\nabla ${w.name}(${pointName(w, t)})$`,
      `$= ${[...productStages(w, g), operandLatex(s)].map((x) => `${quantityLatex(theta)} - ${x}`).join(' = ')} = ${quantityLatex(next)}$`,
    ],
    hints: [m.updateHint1({ f: w.name }), w.perCoordinate ? m.elementwiseHint : m.updateHint2({ f: w.name })],
    correct: m.updateCorrect,
    misconceptions,
    ...(inputs.length > 0 ? { carry: { inputs, template } } : {}),
  };
}

export function iterate({ step, workings: w, tolerance, locale }: StepInput<Of<'iterate'>>): Derivation {
  const m = say(STEPS_UPDATE, locale);
  const t = step.after;
  const rows = Array.from({ length: t + 1 }, (_, k) => `$${pointName(w, k)} = ${quantityLatex(w.point(k))}$`);
  return {
    title: `θ_{${t}}`,
    prompt: m.iteratePrompt({ at: at(w, 0, locale), rate: rateLatex(w), name: pointName(w, t), t }),
    answer: pointAnswer(w.point(t), tolerance),
    answerLatex: quantityLatex(w.point(t)),
    solution: [
      w.problem.method
        ? m.iterateOptimizerRule({ rule: OPTIMIZER_TEXT.rule(w.method.optimizer, w.name) })
        : m.iterateRule({ f: w.name }),
      ...rows,
    ],
    hints: [m.iterateHint],
    correct: m.iterateCorrect({ t, point: quantityLatex(w.point(t)) }),
    misconceptions: [
      {
        id: 'one_short',
        name: m.nameOneShort,
        ...statedPoint(w.point(t - 1)),
        feedback: m.oneShort({ name: pointName(w, t - 1) }),
      },
      {
        id: 'one_over',
        name: m.nameOneOver,
        ...statedPoint(w.point(t + 1)),
        feedback: m.oneOver({ name: pointName(w, t + 1) }),
      },
    ],
  };
}

export function loss({ step, workings: w, earlier, tolerance, locale }: StepInput<Of<'loss'>>): Derivation {
  const m = say(STEPS_UPDATE, locale);
  const t = step.after ?? 0;
  const theta = w.point(t);
  const value = w.lossAt(theta);
  // The learner's own θₜ, from their update (or iterate) answer, carries forward into the loss.
  const source =
    t > 0
      ? findEarlier(
          earlier,
          (s) => (s.kind === 'update' && (s.after ?? 0) === t - 1) || (s.kind === 'iterate' && s.after === t),
        )
      : undefined;
  const inputs = source ? inputsFor(source, w.variables.length, 'p') : [];
  const template =
    source && substitute(w.problem.f, Object.fromEntries(w.variables.map((v, k) => [v, sym(inputs[k]!.symbol)])));
  const misconceptions: Misconception[] =
    t > 0
      ? [
          {
            id: 'old_point',
            name: m.nameOldPoint,
            ...statedValue(w.lossAt(w.point(t - 1))),
            feedback: m.oldPoint({ name: pointName(w, t - 1), at: at(w, t, locale) }),
          },
        ]
      : [];
  return {
    title: `${w.name}(θ_{${t}})`,
    prompt: m.lossPrompt({ f: w.name, at: at(w, t, locale) }),
    answer: valueAnswer(value, tolerance),
    answerLatex: short(value),
    solution: [`$${w.name}(${pointName(w, t)}) = ${substituted(w.problem.f, w.variables, theta)} = ${short(value)}$`],
    hints: [m.lossHint({ at: at(w, t, locale), signature: w.signature, formula: w.fLatex })],
    correct:
      t > 0 ? m.lossCorrectAfter({ from: short(w.lossAt(w.point(t - 1))), to: short(value) }) : m.lossCorrectStart,
    misconceptions,
    // A function too long to restate (over 4,000 characters) is not carried forward.
    ...(template && toText(template).length <= 4000 ? { carry: { inputs, template } } : {}),
  };
}

export function decrease({ step, workings: w, earlier, tolerance, locale }: StepInput<Of<'decrease'>>): Derivation {
  requirePlain(w, 'decrease');
  const m = say(STEPS_UPDATE, locale);
  const f = w.name;
  const rate = rateLatex(w);
  const t = step.after ?? 0;
  const g = w.gradientAt(w.point(t));
  const squares = sumOfSquares(g);
  const change = combine(valueOf(0), combine(w.learningRate, squares, '*'), '-');
  const source = findEarlier(earlier, (s) => s.kind === 'norm' && (s.after ?? 0) === t);
  return {
    title: say(STEPS_COMMON, locale).titleAt({ what: `Δ${f}`, t }),
    prompt: m.decreasePrompt({ f, rate, at: at(w, t, locale) }),
    answer: valueAnswer(change, tolerance),
    answerLatex: short(change),
    solution: [m.decreaseWhy({ f }), `$= -${rate} \\cdot ${short(squares)} = ${short(change)}$`],
    hints: [m.decreaseHint1({ f }), m.decreaseHint2({ f })],
    correct: m.decreaseCorrect,
    misconceptions: [
      {
        id: 'sign',
        name: m.nameSignOnly,
        ...statedValue(combine(w.learningRate, squares, '*')),
        feedback: m.decreaseSign,
      },
      {
        id: 'not_squared',
        name: m.nameNotSquared,
        ...statedValue(combine(valueOf(0), combine(w.learningRate, sqrtValue(squares), '*'), '-')),
        feedback: m.decreaseNotSquared,
      },
      {
        id: 'forgot_rate',
        name: m.nameForgotRate,
        ...statedValue(combine(valueOf(0), squares, '-')),
        feedback: m.decreaseForgotRate({ rate }),
      },
    ],
    ...(source
      ? {
          carry: {
            inputs: [{ symbol: 'n', step: source.id }],
            template: { type: 'neg', arg: bin('*', valueTree(w.learningRate), bin('^', sym('n'), num(2))) },
          },
        }
      : {}),
  };
}
