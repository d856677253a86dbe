/**
 * The update rules beyond plain gradient descent, as arithmetic on values
 * (exact where it can be): momentum, Nesterov, AdaGrad, RMSProp and Adam, and
 * a schedule for the learning rate. A run keeps every iterate with the state
 * the optimiser carries to it, so steps can ask for the velocity v₁, the
 * moments m₁ and v₁, their bias-corrected values, or θ₁.
 *
 * Conventions (the lesson states which; README "Optimisers"):
 * - t counts steps: the state after t steps (v_t, m_t…) is made by the step from θ_{t−1} to θ_t, whose
 *   gradient is g_t = ∇f(θ_{t−1}) and whose learning rate is α_{t−1} (the schedule's rate at step index t − 1).
 * - momentum heavy_ball: v_t = βv_{t−1} + g_t, θ_t = θ_{t−1} − αv_t; ema: v_t = βv_{t−1} + (1 − β)g_t, θ_t = θ_{t−1} − αv_t;
 *   rate_inside: v_t = βv_{t−1} + αg_t, θ_t = θ_{t−1} − v_t. Nesterov: the same with g_t taken at the look-ahead
 *   θ_{t−1} − β·(the move v_{t−1} makes).
 * - AdaGrad: G_t = G_{t−1} + g_t², θ_t = θ_{t−1} − α g_t/(√G_t + ε). RMSProp: s_t = ρs_{t−1} + (1 − ρ)g_t², the same update.
 * - Adam: m_t = β₁m_{t−1} + (1 − β₁)g_t, v_t = β₂v_{t−1} + (1 − β₂)g_t², m̂_t = m_t/(1 − β₁ᵗ), v̂_t = v_t/(1 − β₂ᵗ),
 *   θ_t = θ_{t−1} − α m̂_t/(√v̂_t + ε) (ε outside the root, as Kingma and Ba; `epsilon: inside` puts it under the root).
 * - schedules: step α_k = α·factor^⌊k/every⌋, exponential α_k = α·factor^k, inverse α_k = α/(1 + decay·k).
 */
import { combine, valueOf, type Point, type Value } from './values.js';
import { sqrtValue } from './steps/derivatives.js';

export const OPTIMIZER_KINDS = ['gd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'] as const;
export type OptimizerKind = (typeof OPTIMIZER_KINDS)[number];
export const MOMENTUM_CONVENTIONS = ['heavy_ball', 'ema', 'rate_inside'] as const;
export type MomentumConvention = (typeof MOMENTUM_CONVENTIONS)[number];

export type Optimizer =
  | { readonly kind: 'gd' }
  | { readonly kind: 'momentum' | 'nesterov'; readonly beta: Value; readonly convention: MomentumConvention }
  | { readonly kind: 'adagrad'; readonly epsilon: Value; readonly epsilonInside: boolean }
  | { readonly kind: 'rmsprop'; readonly rho: Value; readonly epsilon: Value; readonly epsilonInside: boolean }
  | {
      readonly kind: 'adam';
      readonly beta1: Value;
      readonly beta2: Value;
      readonly epsilon: Value;
      readonly epsilonInside: boolean;
    };

export type Schedule =
  | { readonly kind: 'constant' }
  | { readonly kind: 'step'; readonly factor: Value; readonly every: number }
  | { readonly kind: 'exponential'; readonly factor: Value }
  | { readonly kind: 'inverse'; readonly decay: Value };

/** How an exercise descends: the update rule and the learning rate's schedule. */
export interface Method {
  readonly optimizer: Optimizer;
  readonly schedule: Schedule;
}

export const PLAIN: Method = { optimizer: { kind: 'gd' }, schedule: { kind: 'constant' } };
export const isPlain = (m: Method): boolean => m.optimizer.kind === 'gd' && m.schedule.kind === 'constant';

/** The state an optimiser carries, named as steps ask for it (`state` steps' `of`). */
export const STATE_NAMES = ['velocity', 'm', 'v', 'm_hat', 'v_hat', 's', 'G', 'rate'] as const;
export type StateName = (typeof STATE_NAMES)[number];

/** Which state each optimiser has (every one has a rate, α_t). */
export const STATES_OF: { readonly [K in OptimizerKind]: readonly StateName[] } = {
  gd: ['rate'],
  momentum: ['velocity', 'rate'],
  nesterov: ['velocity', 'rate'],
  adagrad: ['G', 'rate'],
  rmsprop: ['s', 'rate'],
  adam: ['m', 'v', 'm_hat', 'v_hat', 'rate'],
};

/** θ_t with what the step that made it used and left behind. */
export interface Snapshot {
  readonly theta: Point;
  /** The optimiser's first state (velocity, m) and second (v, s, G); zero at t = 0. */
  readonly first: Point;
  readonly second: Point;
  /** Adam's bias-corrected moments. */
  readonly firstHat?: Point;
  readonly secondHat?: Point;
  /** The gradient the step used, and where it was taken (the look-ahead for Nesterov). */
  readonly gradient?: Point;
  readonly at?: Point;
}

export type GradientAt = (theta: Point) => Point;

const ZERO = valueOf(0);
const ONE = valueOf(1);
const mul = (a: Value, b: Value) => combine(a, b, '*');
const sub = (a: Value, b: Value) => combine(a, b, '-');
const add = (a: Value, b: Value) => combine(a, b, '+');
const div = (a: Value, b: Value) => combine(a, b, '/');
export const zip = (a: Point, b: Point, f: (x: Value, y: Value) => Value): Point => a.map((x, k) => f(x, b[k]!));
export const scaled = (p: Point, k: Value): Point => p.map((x) => mul(k, x));
export const minus = (a: Point, b: Point): Point => zip(a, b, sub);
export const plus = (a: Point, b: Point): Point => zip(a, b, add);
export const squared = (p: Point): Point => p.map((x) => mul(x, x));
const power = (b: Value, t: number): Value => Array.from({ length: t }, () => b).reduce(mul, ONE);

/** α_k, the rate of the step from θ_k. */
function rateAt(schedule: Schedule, alpha: Value, k: number): Value {
  switch (schedule.kind) {
    case 'constant':
      return alpha;
    case 'step':
      return mul(alpha, power(schedule.factor, Math.floor(k / schedule.every)));
    case 'exponential':
      return mul(alpha, power(schedule.factor, k));
    case 'inverse':
      return div(alpha, add(ONE, mul(schedule.decay, valueOf(k))));
  }
}

/** g/(√s + ε), or g/√(s + ε) with ε inside the root, per coordinate. */
export function adaptive(g: Point, s: Point, epsilon: Value, inside: boolean, root = true): Point {
  const r = (x: Value) => (root ? sqrtValue(x) : x);
  // A tiny ε makes an exact quotient a fraction of ten-digit terms (1740000003/600000001): keep the decimal.
  const shown = (x: Value): Value => (epsilon.number === 0 ? x : { number: x.number });
  return zip(g, s, (gk, sk) => shown(div(gk, inside ? r(add(sk, epsilon)) : add(r(sk), epsilon))));
}

/** The move a velocity makes: αv, or v itself when α is inside it. */
export const velocityMove = (o: Optimizer, v: Point, alpha: Value): Point =>
  o.kind === 'momentum' || o.kind === 'nesterov'
    ? o.convention === 'rate_inside'
      ? v
      : scaled(v, alpha)
    : scaled(v, alpha);

/** What the gradient is scaled by before it joins the velocity: 1, 1 − β or α, by convention. */
export const gradientWeight = (convention: MomentumConvention, beta: Value, alpha: Value): Value =>
  convention === 'heavy_ball' ? ONE : convention === 'ema' ? sub(ONE, beta) : alpha;

/** One step from `prev` (θ_{t−1} and its state) to θ_t, with rate α = α_{t−1}. */
export function advance(o: Optimizer, prev: Snapshot, t: number, alpha: Value, gradientAt: GradientAt): Snapshot {
  const theta = prev.theta;
  switch (o.kind) {
    case 'gd': {
      const g = gradientAt(theta);
      return { theta: minus(theta, scaled(g, alpha)), first: prev.first, second: prev.second, gradient: g, at: theta };
    }
    case 'momentum':
    case 'nesterov': {
      const at = o.kind === 'nesterov' ? minus(theta, scaled(velocityMove(o, prev.first, alpha), o.beta)) : theta;
      const g = gradientAt(at);
      const v = plus(scaled(prev.first, o.beta), scaled(g, gradientWeight(o.convention, o.beta, alpha)));
      return { theta: minus(theta, velocityMove(o, v, alpha)), first: v, second: prev.second, gradient: g, at };
    }
    case 'adagrad':
    case 'rmsprop': {
      const g = gradientAt(theta);
      const s =
        o.kind === 'adagrad'
          ? plus(prev.second, squared(g))
          : plus(scaled(prev.second, o.rho), scaled(squared(g), sub(ONE, o.rho)));
      const move = scaled(adaptive(g, s, o.epsilon, o.epsilonInside), alpha);
      return { theta: minus(theta, move), first: prev.first, second: s, gradient: g, at: theta };
    }
    case 'adam': {
      const g = gradientAt(theta);
      const m = plus(scaled(prev.first, o.beta1), scaled(g, sub(ONE, o.beta1)));
      const v = plus(scaled(prev.second, o.beta2), scaled(squared(g), sub(ONE, o.beta2)));
      const mHat = scaled(m, div(ONE, sub(ONE, power(o.beta1, t))));
      const vHat = scaled(v, div(ONE, sub(ONE, power(o.beta2, t))));
      const move = scaled(adaptive(mHat, vHat, o.epsilon, o.epsilonInside), alpha);
      return {
        theta: minus(theta, move),
        first: m,
        second: v,
        firstHat: mHat,
        secondHat: vHat,
        gradient: g,
        at: theta,
      };
    }
  }
}

/** The bias correction 1 − βᵗ. */
export const correction = (beta: Value, t: number): Value => sub(ONE, power(beta, t));

/** A run of the method from a start, each snapshot computed once, on demand. */
export class Trajectory {
  private readonly snapshots: Snapshot[];

  constructor(
    readonly method: Method,
    start: Point,
    readonly alpha: Value,
    private readonly gradientAt: GradientAt,
  ) {
    const zero = start.map(() => ZERO);
    this.snapshots = [{ theta: start, first: zero, second: zero }];
  }

  rate(k: number): Value {
    return rateAt(this.method.schedule, this.alpha, k);
  }

  at(t: number): Snapshot {
    while (this.snapshots.length <= t) {
      const k = this.snapshots.length;
      this.snapshots.push(advance(this.method.optimizer, this.snapshots[k - 1]!, k, this.rate(k - 1), this.gradientAt));
    }
    return this.snapshots[t]!;
  }

  /** A state after t steps, by name (the rate is α_t, the rate of the step from θ_t). */
  state(name: StateName, t: number): Point {
    if (name === 'rate') return [this.rate(t)];
    const s = this.at(t);
    switch (name) {
      case 'velocity':
      case 'm':
        return s.first;
      case 'v':
      case 's':
      case 'G':
        return s.second;
      case 'm_hat':
        return s.firstHat ?? s.first;
      case 'v_hat':
        return s.secondHat ?? s.second;
    }
  }
}
