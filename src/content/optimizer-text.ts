/**
 * Every English word the optimiser steps say to a learner, in one typed
 * object (to move into the message catalogue as one block): the rule of each
 * optimiser and schedule in LaTeX, the names of its state, and the name and
 * feedback of each named mistake.
 */
import type { Method, MomentumConvention, Optimizer, Schedule, StateName } from './optimizer.js';
import { valueShort, type Value } from './values.js';

const v = (x: Value): string => valueShort(x);

function momentumRule(o: { beta: Value; convention: MomentumConvention }, g: string): string {
  const b = v(o.beta);
  switch (o.convention) {
    case 'heavy_ball':
      return `v_t = ${b}\\, v_{t-1} + ${g}$, $\\theta_t = \\theta_{t-1} - \\alpha v_t`;
    case 'ema':
      return `v_t = ${b}\\, v_{t-1} + (1 - ${b})\\, ${g}$, $\\theta_t = \\theta_{t-1} - \\alpha v_t`;
    case 'rate_inside':
      return `v_t = ${b}\\, v_{t-1} + \\alpha\\, ${g}$, $\\theta_t = \\theta_{t-1} - v_t`;
  }
}

const eps = (inside: boolean, s: string, e: Value) =>
  inside ? `\\sqrt{${s} + ${v(e)}}` : `\\left(\\sqrt{${s}} + ${v(e)}\\right)`;

export const OPTIMIZER_TEXT = {
  name: {
    gd: 'gradient descent',
    momentum: 'momentum',
    nesterov: 'Nesterov momentum',
    adagrad: 'AdaGrad',
    rmsprop: 'RMSProp',
    adam: 'Adam',
  } satisfies Record<Optimizer['kind'], string>,

  /** The update rule in LaTeX, t counting steps (state after t steps; zero at t = 0). */
  rule(o: Optimizer, f: string): string {
    const g = `\\nabla ${f}(\\theta_{t-1})`;
    switch (o.kind) {
      case 'gd':
        return `\\theta_t = \\theta_{t-1} - \\alpha ${g}`;
      case 'momentum':
        return `${momentumRule(o, `g_t`)}$, $g_t = ${g}$, $v_0 = 0`;
      case 'nesterov': {
        const look = o.convention === 'rate_inside' ? `${v(o.beta)}\\, v_{t-1}` : `\\alpha ${v(o.beta)}\\, v_{t-1}`;
        return `${momentumRule(o, 'g_t')}$, $g_t = \\nabla ${f}(\\theta_{t-1} - ${look})$, $v_0 = 0`;
      }
      case 'adagrad':
        return `G_t = G_{t-1} + g_t^2$, $\\theta_t = \\theta_{t-1} - \\alpha \\frac{g_t}{${eps(o.epsilonInside, 'G_t', o.epsilon)}}$, $g_t = ${g}$, $G_0 = 0`;
      case 'rmsprop':
        return `s_t = ${v(o.rho)}\\, s_{t-1} + (1 - ${v(o.rho)})\\, g_t^2$, $\\theta_t = \\theta_{t-1} - \\alpha \\frac{g_t}{${eps(o.epsilonInside, 's_t', o.epsilon)}}$, $g_t = ${g}$, $s_0 = 0`;
      case 'adam':
        return `m_t = ${v(o.beta1)}\\, m_{t-1} + (1 - ${v(o.beta1)})\\, g_t$, $v_t = ${v(o.beta2)}\\, v_{t-1} + (1 - ${v(o.beta2)})\\, g_t^2$, $\\hat{m}_t = \\frac{m_t}{1 - ${v(o.beta1)}^t}$, $\\hat{v}_t = \\frac{v_t}{1 - ${v(o.beta2)}^t}$, $\\theta_t = \\theta_{t-1} - \\alpha \\frac{\\hat{m}_t}{${eps(o.epsilonInside, '\\hat{v}_t', o.epsilon)}}$, $g_t = ${g}$, $m_0 = v_0 = 0`;
    }
  },

  /** The schedule in LaTeX: α_k is the rate of the step from θ_k. */
  schedule(s: Schedule, alpha: Value): string | undefined {
    const a = v(alpha);
    switch (s.kind) {
      case 'constant':
        return undefined;
      case 'step':
        return `\\alpha_k = ${a} \\cdot ${v(s.factor)}^{\\lfloor k/${s.every} \\rfloor}`;
      case 'exponential':
        return `\\alpha_k = ${a} \\cdot ${v(s.factor)}^{k}`;
      case 'inverse':
        return `\\alpha_k = \\frac{${a}}{1 + ${v(s.decay)}\\, k}`;
    }
  },

  /** What the exercise's statement adds: the rule it descends by. */
  statement(m: Method, f: string, alpha: Value): string {
    const schedule = OPTIMIZER_TEXT.schedule(m.schedule, alpha);
    const rule =
      m.schedule.kind === 'constant'
        ? OPTIMIZER_TEXT.rule(m.optimizer, f)
        : OPTIMIZER_TEXT.rule(m.optimizer, f).replace(/\\alpha(?![_a-z])/g, '\\alpha_{t-1}');
    return ` It descends by ${OPTIMIZER_TEXT.name[m.optimizer.kind]}: $${rule}$${schedule ? `, with the learning rate $${schedule}$ for the step from $\\theta_k$` : ''}.`;
  },

  /** A state after t steps, in LaTeX (the rate: α_t, the rate of the step from θ_t). */
  stateLatex(name: StateName, t: number): string {
    const sub = `_{${t}}`;
    return {
      velocity: `v${sub}`,
      m: `m${sub}`,
      v: `v${sub}`,
      m_hat: `\\hat{m}${sub}`,
      v_hat: `\\hat{v}${sub}`,
      s: `s${sub}`,
      G: `G${sub}`,
      rate: `\\alpha${sub}`,
    }[name];
  },

  stateNoun: {
    velocity: 'velocity',
    m: 'first moment',
    v: 'second moment',
    m_hat: 'bias-corrected first moment',
    v_hat: 'bias-corrected second moment',
    s: 'running average of squared gradients',
    G: 'sum of squared gradients',
    rate: 'learning rate',
  } satisfies Record<StateName, string>,

  statePrompt: (name: StateName, t: number, latex: string): string =>
    name === 'rate'
      ? `What is $${latex}$, the learning rate of the step from $\\theta_{${t}}$?`
      : `What is $${latex}$, the ${OPTIMIZER_TEXT.stateNoun[name]} after ${t} step${t === 1 ? '' : 's'}?`,

  updatePrompt: (o: Optimizer, at: string, next: string): string =>
    `Take one ${OPTIMIZER_TEXT.name[o.kind]} step from ${at}: what is $${next}$?`,

  hints: {
    state:
      'Write the rule for this quantity from the statement, then put in the previous state (zero at the start) and the gradient.',
    update: 'Work out the optimiser’s state for this step first (the statement gives its rule), then move against it.',
    rate: 'Put the step’s index into the schedule: the step from $\\theta_k$ uses $\\alpha_k$.',
  },

  tableNext: (t: number, next: string, o: Optimizer): string =>
    `Row ${t}: the next iterate $${next}$, one ${OPTIMIZER_TEXT.name[o.kind]} step on.`,

  correctState: 'Right: that is the state the next update uses.',
  correctUpdate: (o: Optimizer): string => `Right: that is one ${OPTIMIZER_TEXT.name[o.kind]} step.`,

  /** The named mistakes: a short name and what to say. */
  mistake: {
    sign: [
      'the sign of the update',
      'You moved uphill: the update subtracts, $\\theta_t = \\theta_{t-1} - (\\text{the move})$.',
    ],
    no_velocity: [
      'plain gradient descent (no velocity)',
      'That is a plain gradient step $\\theta - \\alpha\\nabla f$: momentum moves along the velocity $v_t$, which remembers earlier gradients.',
    ],
    beta_on_gradient: [
      'β on the gradient instead of the velocity',
      'β scales the previous velocity $v_{t-1}$, not the new gradient.',
    ],
    no_beta: ['β forgotten', 'The previous velocity is scaled by β before the gradient is added.'],
    velocity_sign: [
      'the sign of the gradient in the velocity',
      'The velocity adds the gradient; the update subtracts the velocity.',
    ],
    convention: [
      'the other momentum convention',
      'That follows another convention of momentum; use the rule the statement gives (with or without the factor 1 − β).',
    ],
    no_lookahead: [
      'the gradient at θ instead of the look-ahead point',
      'Nesterov takes the gradient at the look-ahead point $\\theta_{t-1} - \\beta\\,(\\text{the previous move})$, not at $\\theta_{t-1}$.',
    ],
    no_sqrt: ['the square root forgotten', 'Divide by the square root of the running average of squared gradients.'],
    not_accumulated: ['the running sum not kept', 'Add this step’s squared gradient to the earlier ones.'],
    not_squared: [
      'the gradient not squared',
      'This state averages the squared gradient, $g_t^2$, coordinate by coordinate.',
    ],
    rho_swapped: [
      'the weights swapped',
      'The old state keeps the weight (ρ or β) and the new term gets 1 − ρ (or 1 − β).',
    ],
    no_one_minus_beta: ['1 − β forgotten', 'The new gradient enters with the weight 1 − β.'],
    no_bias_correction: [
      'no bias correction',
      'Adam divides the moments by $1 - \\beta^t$ first: without it, the first steps are far too small.',
    ],
    wrong_power: [
      'the bias correction at the wrong power',
      'The correction is $1 - \\beta^t$, with t the number of steps so far.',
    ],
    multiplied: ['multiplied by the bias correction', 'Divide by $1 - \\beta^t$; do not multiply.'],
    epsilon_forgotten: ['ε forgotten', 'The denominator has ε in it, so it is never zero.'],
    epsilon_placement: [
      'ε on the wrong side of the root',
      'Check where the statement puts ε: outside the square root or under it.',
    ],
    swapped: ['m and v swapped', 'The first moment m goes on top; the square root of the second moment v goes below.'],
    forgot_rate: ['the learning rate forgotten', 'Scale the move by the learning rate.'],
    rate_next: [
      'α at the wrong t (one later)',
      'The step from $\\theta_k$ uses $\\alpha_k$: that is the rate of the next step.',
    ],
    rate_previous: [
      'α at the wrong t (one earlier)',
      'The step from $\\theta_k$ uses $\\alpha_k$: that is the rate of the previous step.',
    ],
    base_rate: ['the initial α', 'The schedule has lowered the rate by now: use $\\alpha_k$, not $\\alpha_0$.'],
  },

  notForOptimizer: (kind: string, o: Optimizer): string =>
    `A ${kind} step is about plain gradient descent; this exercise descends by ${OPTIMIZER_TEXT.name[o.kind]}: ask update, iterate, table or state instead.`,
  noState: (name: StateName, o: Optimizer, has: readonly StateName[]): string =>
    `${OPTIMIZER_TEXT.name[o.kind]} has no state “${name}”; it has ${has.join(', ')}.`,
  stateAtStart: 'The optimiser’s state is zero at the start: ask for it after 1 step or more (after: 1).',
} as const;

export type MistakeId = keyof typeof OPTIMIZER_TEXT.mistake;
