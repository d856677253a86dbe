/**
 * The learning-rate explorer's model: for a learning rate α and a start, the engine's
 * path, the loss per iteration, and the regime as the engine's own `run`
 * names it. The slider's reach is found by running descent too (the largest α
 * that does not diverge), never from a threshold typed in for one function.
 */
import { REGIMES, run, stepper, type Regime } from '../content/descent.js';
import { lossSeries, pathOf, type Landscape } from './landscape.js';
import { tickStep } from './scale.js';
import { mirrorView, type Box } from './view.js';

export interface Descent {
  readonly learningRate: number;
  readonly start: Float64Array;
  readonly path: readonly Float64Array[];
  readonly losses: number[];
}

export interface RegimeReport {
  readonly regime: Regime;
  /** The regime in words, from the engine's REGIMES. */
  readonly label: string;
  /** Steps the engine ran before naming the regime. */
  readonly iterations: number;
}

export type Exploration = Descent & RegimeReport;

export const regimeLabel = (regime: Regime): string => REGIMES.find((r) => r.id === regime)?.label ?? regime;

/** Descent at α from the start: the path (at most `max` iterates) and the loss along it. Cheap: redrawn per frame. */
export function descend(landscape: Landscape, learningRate: number, start: ArrayLike<number>, max = 1000): Descent {
  const theta = Float64Array.from(start);
  const path = pathOf(landscape, learningRate, theta, max);
  return { learningRate, start: theta, path, losses: lossSeries(landscape, path) };
}

/**
 * The regime the engine's `run` names at α. It may run descent for up to
 * 20,000 steps (a slow rate), so a slider asks for it once it comes to rest.
 */
export function regimeAt(
  landscape: Landscape,
  learningRate: number,
  start: ArrayLike<number>,
): RegimeReport | undefined {
  if (!landscape.gradient) return undefined;
  const outcome = run(stepper(landscape.gradient, learningRate), Float64Array.from(start));
  return { regime: outcome.regime, label: regimeLabel(outcome.regime), iterations: outcome.iterations };
}

/** Descent at α from the start: path (at most `max` iterates), losses and the engine's regime. */
export function explore(
  landscape: Landscape,
  learningRate: number,
  start: ArrayLike<number>,
  max = 1000,
): Exploration | undefined {
  const report = regimeAt(landscape, learningRate, start);
  return report && { ...descend(landscape, learningRate, start, max), ...report };
}

const diverges = (landscape: Landscape, learningRate: number, start: Float64Array): boolean =>
  run(stepper(landscape.gradient!, learningRate), start).regime === 'diverges';

/**
 * The largest learning rate at which descent from `start` does not diverge,
 * to 3 significant digits, by doubling then bisecting on the regime the engine's run names;
 * undefined when it diverges at every rate tried or at none.
 */
export function stableRate(landscape: Landscape, start: ArrayLike<number>): number | undefined {
  if (!landscape.gradient) return undefined;
  const theta = Float64Array.from(start);
  let lo = 2 ** -20;
  if (diverges(landscape, lo, theta)) return undefined;
  let hi = 1 / 64;
  while (!diverges(landscape, hi, theta)) {
    lo = hi;
    hi *= 2;
    if (hi > 2 ** 20) return undefined;
  }
  while (hi - lo > 1e-3 * hi) {
    const mid = (lo + hi) / 2;
    if (diverges(landscape, mid, theta)) hi = mid;
    else lo = mid;
  }
  return Number(lo.toPrecision(3));
}

export interface RateControl {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Where the slider starts: the exercise's rate, else a fifth of the stable limit. */
  readonly initial: number;
  /** A rate well inside the stable range (a fifth of its limit), for framing where descent settles. */
  readonly safe: number;
}

/** The slider's range: up to a quarter past the stable limit, so divergence is one drag away. */
export function rateControl(landscape: Landscape, start: ArrayLike<number>, learningRate?: number): RateControl {
  const limit = stableRate(landscape, start) ?? 1;
  const step = tickStep(0, limit * 1.25, 250);
  const decimals = (v: number) => Number(v.toFixed(Math.max(0, -Math.floor(Math.log10(step)) + 1)));
  const max = decimals(Math.ceil((limit * 1.25) / step) * step);
  const initial = learningRate ?? decimals(Math.max(step, Math.round(limit / 5 / step) * step));
  return { min: step, max: Math.max(max, initial), step, initial, safe: limit / 5 };
}

/**
 * The explorer's view: centred where descent settles at a safe rate (a fifth
 * of the stable limit) and reaching as far past it as the start is before it.
 */
export function explorerView(landscape: Landscape, start: ArrayLike<number>, safeRate: number): Box {
  const theta = Float64Array.from(start);
  const settled = landscape.gradient ? run(stepper(landscape.gradient, safeRate), theta) : undefined;
  const end = settled && settled.regime !== 'diverges' ? settled.end : theta;
  return mirrorView(theta, end);
}
