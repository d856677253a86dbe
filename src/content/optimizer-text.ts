/**
 * What the optimiser steps write, apart from their words: the rule of each optimiser and schedule in LaTeX
 * (the same in every language), the statement that puts a rule in the locale's words, and the lesson-file
 * errors for the teacher (English, like lint's). A learner's words are the catalogue's
 * (src/messages/steps-optimizer.ts).
 */
import type { Method, MomentumConvention, Optimizer, Schedule, StateName } from './optimizer.js';
import { valueShort, type Value } from './values.js';
import { say, type Locale } from '../messages/catalogue.js';
import { STEPS_OPTIMIZER } from '../messages/steps-optimizer.js';

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

/** The named mistakes of the optimiser steps: the catalogue has `name_<id>` and `<id>` for each. */
export type MistakeId =
  | 'sign'
  | 'no_velocity'
  | 'beta_on_gradient'
  | 'no_beta'
  | 'velocity_sign'
  | 'convention'
  | 'no_lookahead'
  | 'no_sqrt'
  | 'not_accumulated'
  | 'not_squared'
  | 'rho_swapped'
  | 'no_one_minus_beta'
  | 'no_bias_correction'
  | 'wrong_power'
  | 'multiplied'
  | 'epsilon_forgotten'
  | 'epsilon_placement'
  | 'swapped'
  | 'forgot_rate'
  | 'rate_next'
  | 'rate_previous'
  | 'base_rate';

/** The method's name in English, for the teacher's errors. */
const methodName = (o: Optimizer): string => say(STEPS_OPTIMIZER, 'en')[`method_${o.kind}`];

export const OPTIMIZER_TEXT = {
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

  /** What the exercise's statement adds: the rule it descends by, in the locale's words. */
  statement(m: Method, f: string, alpha: Value, locale: Locale): string {
    const schedule = OPTIMIZER_TEXT.schedule(m.schedule, alpha);
    const rule =
      m.schedule.kind === 'constant'
        ? OPTIMIZER_TEXT.rule(m.optimizer, f)
        : OPTIMIZER_TEXT.rule(m.optimizer, f).replace(/\\alpha(?![_a-z])/g, '\\alpha_{t-1}');
    const words = say(STEPS_OPTIMIZER, locale);
    return words.statement({ method: words[`method_${m.optimizer.kind}`], rule, ...(schedule ? { schedule } : {}) });
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

  notForOptimizer: (kind: string, o: Optimizer): string =>
    `A ${kind} step is about plain gradient descent; this exercise descends by ${methodName(o)}: ask update, iterate, table or state instead.`,
  noState: (name: StateName, o: Optimizer, has: readonly StateName[]): string =>
    `${methodName(o)} has no state “${name}”; it has ${has.join(', ')}.`,
  stateAtStart: 'The optimiser’s state is zero at the start: ask for it after 1 step or more (after: 1).',
} as const;
