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
import {
  at,
  findEarlier,
  inputsFor,
  pointAnswer,
  pointName,
  operandLatex,
  quantityLatex,
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
const div = (p: Point, k: Value): Point => p.map((x) => combine(x, k, '/'));

/** The gradient step answered earlier at θₜ, whose value the learner's later steps build on. */
const gradientStep = (earlier: StepInput['earlier'], t: number) =>
  findEarlier(earlier, (s) => s.kind === 'gradient' && !s.symbolic && (s.after ?? 0) === t);

function learningRateLatex(w: Workings): string {
  return short(w.learningRate);
}

export function step({ step, workings: w, earlier, tolerance }: StepInput<Of<'step'>>): Derivation {
  requirePlain(w, 'step');
  const t = step.after ?? 0;
  const g = w.gradientAt(w.point(t));
  const s = scale(g, w.learningRate);
  const source = gradientStep(earlier, t);
  const inputs = source ? inputsFor(source, g.length, 'g') : [];
  return {
    title: `α∇${w.name} at θ${t}`,
    prompt: `With learning rate $\\alpha = ${learningRateLatex(w)}$, compute the step $\\alpha \\nabla ${w.name}$ at ${at(w, t)}.`,
    answer: pointAnswer(s, tolerance),
    answerLatex: quantityLatex(s),
    solution: [`$\\alpha \\nabla ${w.name} = ${learningRateLatex(w)} \\cdot ${operandLatex(g)} = ${quantityLatex(s)}$`],
    hints: ['Multiply every component of the gradient by the learning rate.'],
    correct: 'Right: this is how far the update moves, against the gradient.',
    misconceptions: [
      {
        id: 'forgot_rate',
        name: 'the learning rate forgotten',
        ...statedPoint(g),
        feedback: `That is the gradient itself; scale it by $\\alpha = ${learningRateLatex(w)}$.`,
      },
      {
        id: 'update',
        name: 'the update instead of the step',
        ...statedPoint(sub(w.point(t), s)),
        feedback: 'That is the new point $\\theta - \\alpha\\nabla f$; the step is $\\alpha\\nabla f$ alone.',
      },
    ],
    ...(source
      ? {
          carry: {
            inputs,
            template: templateOf(inputs.map((i) => bin('*', valueTree(w.learningRate), sym(i.symbol)))),
          },
        }
      : {}),
  };
}

export function update(input: StepInput<Of<'update'>>): Derivation {
  if (input.workings.problem.method) return optimizerUpdate(input);
  const { step, workings: w, earlier, tolerance } = input;
  const t = step.after ?? 0;
  const theta = w.point(t);
  const g = w.gradientAt(theta);
  const s = scale(g, w.learningRate);
  const next = w.point(t + 1);
  const source = gradientStep(earlier, t);
  const stepSource = source ? undefined : findEarlier(earlier, (x) => x.kind === 'step' && (x.after ?? 0) === t);
  const inputs = source ? inputsFor(source, g.length, 'g') : stepSource ? inputsFor(stepSource, g.length, 's') : [];
  const template = templateOf(
    inputs.map((input, k) =>
      bin(
        '-',
        valueTree(theta[k]!),
        source ? bin('*', valueTree(w.learningRate), sym(input.symbol)) : sym(input.symbol),
      ),
    ),
  );
  const misconceptions: Misconception[] = [
    {
      id: 'sign',
      name: 'the sign of the update',
      ...statedPoint(add(theta, s)),
      feedback:
        'You stepped uphill: the update subtracts the gradient, $\\theta - \\alpha\\nabla f$, because the gradient points uphill.',
    },
    {
      id: 'forgot_rate',
      name: 'the learning rate forgotten',
      ...statedPoint(sub(theta, g)),
      feedback: `Scale the gradient by the learning rate $\\alpha = ${learningRateLatex(w)}$ before subtracting it.`,
    },
    {
      id: 'step_only',
      name: 'only the step',
      ...statedPoint(s),
      feedback: 'That is the step $\\alpha\\nabla f$; subtract it from the current point to get the new one.',
    },
    {
      id: 'negative_step_only',
      name: 'only the step, negated',
      ...statedPoint(scale(s, valueOf(-1))),
      feedback: 'That is $-\\alpha\\nabla f$, the move; add it to the current point to get the new one.',
    },
    {
      id: 'divided_by_rate',
      name: 'divided by the learning rate',
      ...statedPoint(sub(theta, div(g, w.learningRate))),
      feedback: 'Multiply the gradient by $\\alpha$; do not divide by it.',
    },
  ];
  return {
    title: `θ${t + 1}`,
    prompt: `Take one gradient-descent step from ${at(w, t)} with $\\alpha = ${learningRateLatex(w)}$: what is $${pointName(w, t + 1)}$?`,
    answer: pointAnswer(next, tolerance),
    answerLatex: quantityLatex(next),
    solution: [
      `$${pointName(w, t + 1)} = ${pointName(w, t)} - \\alpha \\nabla ${w.name}(${pointName(w, t)})$`,
      `$= ${quantityLatex(theta)} - ${learningRateLatex(w)} \\cdot ${operandLatex(g)} = ${quantityLatex(theta)} - ${operandLatex(s)} = ${quantityLatex(next)}$`,
    ],
    hints: [
      'The update rule is $\\theta_{t+1} = \\theta_t - \\alpha \\nabla f(\\theta_t)$.',
      'Compute $\\alpha\\nabla f$ first, then subtract it component by component.',
    ],
    correct: 'Right: the gradient points uphill, so the step goes against it.',
    misconceptions,
    ...(inputs.length > 0 ? { carry: { inputs, template } } : {}),
  };
}

export function iterate({ step, workings: w, tolerance }: StepInput<Of<'iterate'>>): Derivation {
  const t = step.after;
  const rows = Array.from({ length: t + 1 }, (_, k) => `$${pointName(w, k)} = ${quantityLatex(w.point(k))}$`);
  return {
    title: `θ${t}`,
    prompt: `Starting from ${at(w, 0)} with $\\alpha = ${learningRateLatex(w)}$, what is $${pointName(w, t)}$ after ${t} step${t > 1 ? 's' : ''}?`,
    answer: pointAnswer(w.point(t), tolerance),
    answerLatex: quantityLatex(w.point(t)),
    solution: [
      w.problem.method
        ? `Apply $${OPTIMIZER_TEXT.rule(w.method.optimizer, w.name)}$ repeatedly:`
        : 'Apply $\\theta_{k+1} = \\theta_k - \\alpha \\nabla f(\\theta_k)$ repeatedly:',
      ...rows,
    ],
    hints: ['Apply the update rule once per step, each time at the new point.'],
    correct: `Right: after ${t} steps descent is at ${quantityLatex(w.point(t))}.`,
    misconceptions: [
      {
        id: 'one_short',
        name: 'one step short',
        ...statedPoint(w.point(t - 1)),
        feedback: `That is $${pointName(w, t - 1)}$: one more step is needed.`,
      },
      {
        id: 'one_over',
        name: 'one step too many',
        ...statedPoint(w.point(t + 1)),
        feedback: `That is $${pointName(w, t + 1)}$: one step too many.`,
      },
    ],
  };
}

export function loss({ step, workings: w, earlier, tolerance }: StepInput<Of<'loss'>>): Derivation {
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
            name: 'the loss at the old point',
            ...statedValue(w.lossAt(w.point(t - 1))),
            feedback: `That is the loss at $${pointName(w, t - 1)}$; evaluate at the new point ${at(w, t)}.`,
          },
        ]
      : [];
  return {
    title: t === 0 ? `${w.name}(θ0)` : `${w.name}(θ${t})`,
    prompt: `What is $${w.name}$ at ${at(w, t)}?`,
    answer: valueAnswer(value, tolerance),
    answerLatex: short(value),
    solution: [`$${w.name}(${pointName(w, t)}) = ${substituted(w.problem.f, w.variables, theta)} = ${short(value)}$`],
    hints: [`Put ${at(w, t)} into $${w.signature} = ${w.fLatex}$.`],
    correct:
      t > 0
        ? `Right: the loss went from ${short(w.lossAt(w.point(t - 1)))} to ${short(value)}.`
        : `Right: this is the loss where descent starts.`,
    misconceptions,
    // A function too long to restate (over 4,000 characters) is not carried forward.
    ...(template && toText(template).length <= 4000 ? { carry: { inputs, template } } : {}),
  };
}

export function decrease({ step, workings: w, earlier, tolerance }: StepInput<Of<'decrease'>>): Derivation {
  requirePlain(w, 'decrease');
  const t = step.after ?? 0;
  const g = w.gradientAt(w.point(t));
  const squares = sumOfSquares(g);
  const change = combine(valueOf(0), combine(w.learningRate, squares, '*'), '-');
  const source = findEarlier(earlier, (s) => s.kind === 'norm' && (s.after ?? 0) === t);
  return {
    title: `ΔJ at θ${t}`,
    prompt: `To first order, by how much does $${w.name}$ change in one step from ${at(w, t)} with $\\alpha = ${learningRateLatex(w)}$? (Give the change $\\Delta ${w.name}$, negative for a decrease.)`,
    answer: valueAnswer(change, tolerance),
    answerLatex: short(change),
    solution: [
      `To first order, $\\Delta ${w.name} \\approx \\nabla ${w.name} \\cdot \\Delta\\theta = \\nabla ${w.name} \\cdot (-\\alpha \\nabla ${w.name}) = -\\alpha \\lVert \\nabla ${w.name} \\rVert^2$.`,
      `$= -${learningRateLatex(w)} \\cdot ${short(squares)} = ${short(change)}$`,
    ],
    hints: [
      'The change of a function along a small move $\\Delta\\theta$ is about $\\nabla f \\cdot \\Delta\\theta$.',
      'Here $\\Delta\\theta = -\\alpha\\nabla f$.',
    ],
    correct: 'Right: a small enough step always lowers the loss, by about α times the squared gradient length.',
    misconceptions: [
      {
        id: 'sign',
        name: 'the sign',
        ...statedValue(combine(w.learningRate, squares, '*')),
        feedback: 'A descent step lowers the loss: the change is negative.',
      },
      {
        id: 'not_squared',
        name: 'the norm not squared',
        ...statedValue(combine(valueOf(0), combine(w.learningRate, sqrtValue(squares), '*'), '-')),
        feedback: 'The gradient enters twice, once in the slope and once in the step: the norm is squared.',
      },
      {
        id: 'forgot_rate',
        name: 'the learning rate forgotten',
        ...statedValue(combine(valueOf(0), squares, '-')),
        feedback: `The step is scaled by $\\alpha = ${learningRateLatex(w)}$.`,
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
