/**
 * Steps of an exercise that descends by an optimiser other than plain
 * gradient descent (or on a schedule): the state after t steps (`state`:
 * v_t, m_t, m̂_t, αₜ…) and the update θₜ₊₁, each with its worked solution,
 * the named mistakes of that optimiser, and carry-forward from the learner's
 * own gradient and state answers.
 */
import { bin, num, sym, type Node } from '../../math/index.js';
import type { Misconception } from '../derived.js';
import {
  adaptive,
  advance,
  correction,
  gradientWeight,
  minus,
  plus,
  scaled,
  squared,
  STATES_OF,
  velocityMove,
  type Optimizer,
  type Snapshot,
  type StateName,
} from '../optimizer.js';
import { OPTIMIZER_TEXT as T, type MistakeId } from '../optimizer-text.js';
import { statedPoint, valueTree } from '../quantity.js';
import type { StepFile } from '../schema.js';
import { combine, valueOf, type Point, type Value } from '../values.js';
import { DerivationError, type Workings } from '../workings.js';
import {
  at,
  findEarlier,
  inputsFor,
  pointAnswer,
  pointName,
  quantityLatex,
  templateOf,
  type Derivation,
  type Earlier,
  type StepInput,
} from './context.js';
import { say, type Locale } from '../../messages/catalogue.js';
import { STEPS_OPTIMIZER } from '../../messages/steps-optimizer.js';

type Of<K extends StepFile['kind']> = Extract<StepFile, { kind: K }>;

const ONE = valueOf(1);
const oneMinus = (x: Value) => combine(ONE, x, '-');
const finite = (p: Point) => p.every((x) => Number.isFinite(x.number));

const words = (locale: Locale) => say(STEPS_OPTIMIZER, locale);

/** The named mistake `id`, giving the answer `p`, in the locale's words (none when `p` is not finite). */
function mistake(locale: Locale, id: MistakeId, p: Point): Misconception[] {
  if (!finite(p)) return [];
  const m = words(locale);
  return [{ id, name: m[`name_${id}`], ...statedPoint(p), feedback: m[id] }];
}

/** The snapshot after t + 1 steps computed from the one after t, with a changed optimiser, rate or state. */
function redo(w: Workings, o: Optimizer, prev: Snapshot, t: number, alpha: Value): Point {
  return advance(o, prev, t + 1, alpha, (p) => w.gradientAt(p)).theta;
}

/** The answers each known mistake gives for θₜ₊₁. */
function updateMistakes(w: Workings, t: number, locale: Locale): Misconception[] {
  const run = w.trajectory();
  const o = w.method.optimizer;
  const prev = run.at(t);
  const next = run.at(t + 1);
  const alpha = run.rate(t);
  const theta = prev.theta;
  const g = next.gradient!;
  const out: Misconception[] = [...mistake(locale, 'sign', plus(theta, minus(theta, next.theta)))];
  switch (o.kind) {
    case 'gd':
      out.push(...mistake(locale, 'forgot_rate', minus(theta, g)));
      break;
    case 'momentum':
    case 'nesterov': {
      const c = gradientWeight(o.convention, o.beta, alpha);
      out.push(...mistake(locale, 'no_velocity', minus(theta, scaled(w.gradientAt(theta), alpha))));
      const wrong = plus(prev.first, scaled(g, combine(o.beta, c, '*')));
      out.push(...mistake(locale, 'beta_on_gradient', minus(theta, velocityMove(o, wrong, alpha))));
      if (o.convention !== 'rate_inside')
        out.push(
          ...mistake(
            locale,
            'convention',
            redo(w, { ...o, convention: o.convention === 'ema' ? 'heavy_ball' : 'ema' }, prev, t, alpha),
          ),
        );
      if (o.kind === 'nesterov')
        out.push(...mistake(locale, 'no_lookahead', redo(w, { ...o, kind: 'momentum' }, prev, t, alpha)));
      break;
    }
    case 'adagrad':
    case 'rmsprop':
      out.push(
        ...mistake(
          locale,
          'no_sqrt',
          minus(theta, scaled(adaptive(g, next.second, o.epsilon, o.epsilonInside, false), alpha)),
        ),
      );
      if (o.kind === 'rmsprop')
        out.push(...mistake(locale, 'rho_swapped', redo(w, { ...o, rho: oneMinus(o.rho) }, prev, t, alpha)));
      else
        out.push(
          ...mistake(
            locale,
            'not_accumulated',
            redo(w, o, { ...prev, second: prev.second.map(() => valueOf(0)) }, t, alpha),
          ),
        );
      break;
    case 'adam': {
      const move = (top: Point, bottom: Point, e = o.epsilon, inside = o.epsilonInside) =>
        minus(theta, scaled(adaptive(top, bottom, e, inside), alpha));
      out.push(
        ...mistake(locale, 'no_bias_correction', move(next.first, next.second)),
        ...mistake(locale, 'epsilon_forgotten', move(next.firstHat!, next.secondHat!, valueOf(0))),
        ...mistake(locale, 'epsilon_placement', move(next.firstHat!, next.secondHat!, o.epsilon, !o.epsilonInside)),
        ...mistake(locale, 'swapped', move(next.secondHat!, next.firstHat!)),
      );
      break;
    }
  }
  out.push(...rateMistakes(w, t, locale, (a) => redo(w, o, prev, t, a)));
  return out;
}

/** A schedule's α taken at the wrong t: the rate of the next step, of the previous one, or α₀. */
function rateMistakes(w: Workings, t: number, locale: Locale, at: (alpha: Value) => Point): Misconception[] {
  const run = w.trajectory();
  if (w.method.schedule.kind === 'constant') return [];
  return [
    ...mistake(locale, 'rate_next', at(run.rate(t + 1))),
    ...(t > 0 ? mistake(locale, 'rate_previous', at(run.rate(t - 1))) : []),
    ...mistake(locale, 'base_rate', at(run.rate(0))),
  ];
}

/** The same template for each coordinate k, as a vector (or a scalar in one variable). */
const perCoordinate = (w: Workings, f: (k: number) => Node): Node => templateOf(w.variables.map((_, k) => f(k)));

const stateStep = (earlier: readonly Earlier[], of: StateName, t: number) =>
  findEarlier(earlier, (s) => s.kind === 'state' && s.of === of && (s.after ?? 0) === t);
const gradientStep = (earlier: readonly Earlier[], t: number) =>
  findEarlier(earlier, (s) => s.kind === 'gradient' && !s.symbolic && (s.after ?? 0) === t);

/** θₜ₊₁ over the learner's own state answers (the velocity, or m̂ and v̂, or s/G with their gradient). */
function updateCarry(w: Workings, t: number, earlier: readonly Earlier[]): Derivation['carry'] {
  const o = w.method.optimizer;
  const run = w.trajectory();
  const theta = run.at(t).theta;
  const alpha = valueTree(run.rate(t));
  const n = w.variables.length;
  const minusAt = (k: number, move: Node) => bin('-', valueTree(theta[k]!), move);
  const symbols = (e: Earlier, prefix: string) => inputsFor(e, n, prefix);
  const over = (top: Node, bottom: Node, epsilon: Value, inside: boolean): Node =>
    bin(
      '/',
      top,
      inside
        ? { type: 'call', fn: 'sqrt', args: [bin('+', bottom, valueTree(epsilon))] }
        : bin('+', { type: 'call', fn: 'sqrt', args: [bottom] }, valueTree(epsilon)),
    );
  if (o.kind === 'momentum' || o.kind === 'nesterov') {
    const v = stateStep(earlier, 'velocity', t + 1);
    if (!v) return undefined;
    const inputs = symbols(v, 'v');
    const move = (k: number) =>
      o.convention === 'rate_inside' ? sym(inputs[k]!.symbol) : bin('*', alpha, sym(inputs[k]!.symbol));
    return { inputs, template: perCoordinate(w, (k) => minusAt(k, move(k))) };
  }
  if (o.kind === 'adam') {
    const m = stateStep(earlier, 'm_hat', t + 1);
    const v = stateStep(earlier, 'v_hat', t + 1);
    if (!m || !v) return undefined;
    const mi = symbols(m, 'm');
    const vi = symbols(v, 'u');
    return {
      inputs: [...mi, ...vi],
      template: perCoordinate(w, (k) =>
        minusAt(k, bin('*', alpha, over(sym(mi[k]!.symbol), sym(vi[k]!.symbol), o.epsilon, o.epsilonInside))),
      ),
    };
  }
  const g = gradientStep(earlier, t);
  const gi = g ? symbols(g, 'g') : [];
  const gAt = (k: number) => (g ? sym(gi[k]!.symbol) : valueTree(run.at(t + 1).gradient![k]!));
  if (o.kind === 'adagrad' || o.kind === 'rmsprop') {
    const s = stateStep(earlier, o.kind === 'adagrad' ? 'G' : 's', t + 1);
    if (!s) return undefined;
    const si = symbols(s, 's');
    return {
      inputs: [...gi, ...si],
      template: perCoordinate(w, (k) =>
        minusAt(k, bin('*', alpha, over(gAt(k), sym(si[k]!.symbol), o.epsilon, o.epsilonInside))),
      ),
    };
  }
  return g ? { inputs: gi, template: perCoordinate(w, (k) => minusAt(k, bin('*', alpha, gAt(k)))) } : undefined;
}

/** The worked lines of the step from θₜ: the gradient, the state, θₜ₊₁. */
function updateSolution(w: Workings, t: number): string[] {
  const run = w.trajectory();
  const o = w.method.optimizer;
  const s = run.at(t + 1);
  const q = quantityLatex;
  const k = t + 1;
  const lines = [
    `$g_{${k}} = \\nabla ${w.name}(${o.kind === 'nesterov' ? q(s.at!) : `\\theta_{${t}}`}) = ${q(s.gradient!)}$`,
  ];
  if (w.method.schedule.kind !== 'constant') lines.push(`$\\alpha_{${t}} = ${q([run.rate(t)])}$`);
  const states: Record<Optimizer['kind'], StateName[]> = {
    gd: [],
    momentum: ['velocity'],
    nesterov: ['velocity'],
    adagrad: ['G'],
    rmsprop: ['s'],
    adam: ['m', 'v', 'm_hat', 'v_hat'],
  };
  for (const name of states[o.kind]) lines.push(`$${T.stateLatex(name, k)} = ${q(run.state(name, k))}$`);
  lines.push(`$${pointName(w, k)} = ${q(s.theta)}$`);
  return lines;
}

/** The update θₜ₊₁ of an exercise with an optimiser or a schedule. */
export function optimizerUpdate({
  step,
  workings: w,
  earlier,
  tolerance,
  locale,
}: StepInput<Of<'update'>>): Derivation {
  const t = step.after ?? 0;
  const o = w.method.optimizer;
  const next = w.point(t + 1);
  const carry = updateCarry(w, t, earlier);
  const m = words(locale);
  return {
    title: `θ_{${t + 1}}`,
    prompt: m.updatePrompt({ step: m[`step_${o.kind}`], at: at(w, t, locale), next: pointName(w, t + 1) }),
    answer: pointAnswer(next, tolerance),
    answerLatex: quantityLatex(next),
    solution: updateSolution(w, t),
    hints: [m.hintUpdate, `$${T.rule(o, w.name)}$`],
    correct: m.correctUpdate({ step: m[`step_${o.kind}`] }),
    misconceptions: updateMistakes(w, t, locale),
    ...(carry ? { carry } : {}),
  };
}

/** The answers each known mistake gives for a state after t steps. */
function stateMistakes(w: Workings, name: StateName, t: number, locale: Locale): Misconception[] {
  const run = w.trajectory();
  const o = w.method.optimizer;
  const prev = run.at(t - 1);
  const now = run.at(t);
  const g = now.gradient!;
  const mix = (old: Point, a: Value, fresh: Point, b: Value) => plus(scaled(old, a), scaled(fresh, b));
  switch (name) {
    case 'velocity': {
      if (o.kind !== 'momentum' && o.kind !== 'nesterov') return [];
      const c = gradientWeight(o.convention, o.beta, run.rate(t - 1));
      return [
        ...mistake(
          locale,
          'beta_on_gradient',
          o.convention === 'ema'
            ? mix(prev.first, oneMinus(o.beta), g, o.beta)
            : mix(prev.first, ONE, g, combine(o.beta, c, '*')),
        ),
        ...mistake(locale, 'no_beta', mix(prev.first, ONE, g, c)),
        ...mistake(locale, 'velocity_sign', minus(scaled(prev.first, o.beta), scaled(g, c))),
        ...(o.convention === 'rate_inside'
          ? []
          : mistake(locale, 'convention', mix(prev.first, o.beta, g, o.convention === 'ema' ? ONE : oneMinus(o.beta)))),
      ];
    }
    case 'm':
    case 'v':
    case 's': {
      const beta = o.kind === 'adam' ? (name === 'm' ? o.beta1 : o.beta2) : o.kind === 'rmsprop' ? o.rho : ONE;
      const old = name === 'm' ? prev.first : prev.second;
      const fresh = name === 'm' ? g : squared(g);
      return [
        ...mistake(locale, 'rho_swapped', mix(old, oneMinus(beta), fresh, beta)),
        ...(name === 'm'
          ? mistake(locale, 'no_one_minus_beta', mix(old, beta, fresh, ONE))
          : mistake(locale, 'not_squared', mix(old, beta, g, oneMinus(beta)))),
      ];
    }
    case 'G':
      return [
        ...mistake(locale, 'not_squared', plus(prev.second, g)),
        ...mistake(locale, 'not_accumulated', squared(g)),
      ];
    case 'm_hat':
    case 'v_hat': {
      if (o.kind !== 'adam') return [];
      const beta = name === 'm_hat' ? o.beta1 : o.beta2;
      const raw = name === 'm_hat' ? now.first : now.second;
      return [
        ...mistake(locale, 'no_bias_correction', raw),
        ...mistake(locale, 'wrong_power', scaled(raw, combine(ONE, oneMinus(beta), '/'))),
        ...mistake(locale, 'multiplied', scaled(raw, correction(beta, t))),
      ];
    }
    case 'rate':
      return rateMistakes(w, t, locale, (a) => [a]);
  }
}

/** The state's value over the learner's own answers: the gradient for a new state, the raw moment for m̂ and v̂. */
function stateCarry(w: Workings, name: StateName, t: number, earlier: readonly Earlier[]): Derivation['carry'] {
  const o = w.method.optimizer;
  const run = w.trajectory();
  const prev = run.at(t - 1);
  const n = w.variables.length;
  if ((name === 'm_hat' || name === 'v_hat') && o.kind === 'adam') {
    const raw = stateStep(earlier, name === 'm_hat' ? 'm' : 'v', t);
    if (!raw) return undefined;
    const inputs = inputsFor(raw, n, 'r');
    const c = valueTree(correction(name === 'm_hat' ? o.beta1 : o.beta2, t));
    return { inputs, template: perCoordinate(w, (k) => bin('/', sym(inputs[k]!.symbol), c)) };
  }
  // Nesterov's gradient is taken at the look-ahead point, which no gradient step asks for.
  const g = name === 'rate' || o.kind === 'nesterov' ? undefined : gradientStep(earlier, t - 1);
  if (!g) return undefined;
  const inputs = inputsFor(g, n, 'g');
  const gk = (k: number) => sym(inputs[k]!.symbol);
  const sq = (k: number) => bin('^', gk(k), num(2));
  const blend = (old: Point, a: Value, fresh: (k: number) => Node, b: Value) =>
    perCoordinate(w, (k) => bin('+', bin('*', valueTree(a), valueTree(old[k]!)), bin('*', valueTree(b), fresh(k))));
  switch (o.kind) {
    case 'momentum':
      return { inputs, template: blend(prev.first, o.beta, gk, gradientWeight(o.convention, o.beta, run.rate(t - 1))) };
    case 'adam':
      return name === 'm'
        ? { inputs, template: blend(prev.first, o.beta1, gk, oneMinus(o.beta1)) }
        : { inputs, template: blend(prev.second, o.beta2, sq, oneMinus(o.beta2)) };
    case 'rmsprop':
      return { inputs, template: blend(prev.second, o.rho, sq, oneMinus(o.rho)) };
    case 'adagrad':
      return { inputs, template: blend(prev.second, ONE, sq, ONE) };
    default:
      return undefined;
  }
}

export function state({ step, workings: w, earlier, tolerance, locale }: StepInput<Of<'state'>>): Derivation {
  const m = words(locale);
  const o = w.method.optimizer;
  const name = step.of;
  const t = step.after ?? (name === 'rate' ? 0 : 1);
  const has = STATES_OF[o.kind];
  if (!has.includes(name)) throw new DerivationError(T.noState(name, o, has));
  if (name !== 'rate' && t === 0) throw new DerivationError(T.stateAtStart);
  const value = w.trajectory().state(name, t);
  const latex = T.stateLatex(name, t);
  const carry = stateCarry(w, name, t, earlier);
  // The update's working up to the line that states this quantity: a worked solution ends with its answer.
  const working = name === 'rate' ? [] : updateSolution(w, t - 1);
  const own = working.findIndex((line) => line.startsWith(`$${latex} = `));
  const lines = own >= 0 ? working.slice(0, own + 1) : working.slice(0, -1);
  return {
    title: `$${latex}$`,
    noun: m[`noun_${name}`],
    t,
    prompt: name === 'rate' ? m.ratePrompt({ latex, t }) : m.statePrompt({ latex, noun: m[`noun_${name}`], t }),
    answer: pointAnswer(value, tolerance),
    answerLatex: quantityLatex(value),
    solution:
      name === 'rate'
        ? [
            `$${T.schedule(w.method.schedule, w.learningRate) ?? `\\alpha_k = ${quantityLatex([w.learningRate])}`}$`,
            `$${latex} = ${quantityLatex(value)}$`,
          ]
        : lines,
    hints: [name === 'rate' ? m.hintRate : m.hintState, `$${T.rule(o, w.name)}$`],
    correct: m.correctState,
    misconceptions: stateMistakes(w, name, t, locale),
    ...(carry ? { carry } : {}),
  };
}

/** Refuses a step that only plain gradient descent answers, in an exercise with an optimiser. */
export function requirePlain(w: Workings, kind: string): void {
  if (w.problem.method) throw new DerivationError(T.notForOptimizer(kind, w.method.optimizer));
}

/** A table's next-iterate cell under an optimiser: its question, worked lines and named mistakes. */
export function optimizerNextCell(
  w: Workings,
  t: number,
  locale: Locale,
): Pick<Derivation, 'prompt' | 'solution' | 'misconceptions'> {
  const m = words(locale);
  return {
    prompt: m.tableNext({ t, next: pointName(w, t + 1), step: m[`step_${w.method.optimizer.kind}`] }),
    solution: updateSolution(w, t),
    misconceptions: updateMistakes(w, t, locale),
  };
}
