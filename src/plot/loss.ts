/**
 * The loss-per-iteration chart's model: its view (iterations across, the loss
 * up), how many iterations are worth showing, and its text alternative.
 */
import type { Box } from './arrows.js';
import { formatNumber } from './format.js';
import type { PointStatus } from './learner.js';
import { say, type Locale } from '../messages/catalogue.js';
import { PLOT } from '../messages/plot.js';

export interface LearnerLoss {
  readonly t: number;
  readonly loss: number;
  readonly status: PointStatus;
  readonly step: string;
}

/**
 * The first iteration from which the loss stays within `fraction` of its
 * whole fall of its last value: where the curve has visibly settled.
 */
export function settledAt(losses: readonly number[], fraction = 1e-3): number {
  const last = losses.at(-1);
  const first = losses[0];
  if (last === undefined || first === undefined || !Number.isFinite(last)) return losses.length - 1;
  const tolerance = Math.abs(first - last) * fraction;
  let t = losses.length - 1;
  while (t > 0 && Math.abs(losses[t - 1]! - last) <= tolerance) t--;
  return t;
}

/**
 * How many iterations a chart shows: past where the loss settles by half again
 * (at least 10), and past the learner's last point, never more than there are.
 */
export function shownIterations(losses: readonly number[], learner: readonly LearnerLoss[]): number {
  const settle = settledAt(losses);
  const wanted = Math.max(10, Math.ceil(settle * 1.5), ...learner.map((p) => p.t + 2));
  return Math.min(losses.length, wanted + 1);
}

/** Iterations 0 … n − 1 across; the loss (finite values only) up, with a margin. */
export function lossView(losses: readonly number[], learner: readonly LearnerLoss[]): Box {
  return lossBox([...losses, ...learner.map((p) => p.loss)], Math.max(losses.length - 1, ...learner.map((p) => p.t)));
}

/**
 * Iterations 0 … `iterations` across (at least 1); `values` (finite ones only) up, with a margin of 6% of
 * their spread (or of their size, when they are all one value) above and below.
 */
export function lossBox(values: readonly number[], iterations: number): Box {
  const finite = values.filter(Number.isFinite);
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  if (finite.length === 0) [lo, hi] = [0, 1];
  const height = hi - lo || Math.max(1, Math.abs(hi));
  return { x: [0, Math.max(iterations, 1)], y: [lo - height * 0.06, hi + height * 0.06] };
}

/** The chart's sentence, in the learner's language and numbers: "J falls from 25 to 0.01 over 40 iterations." */
export function describeLosses(losses: readonly number[], name: string, locale?: Locale): string {
  const m = say(PLOT, locale);
  const n = losses.length - 1;
  const shown = (x: number) => formatNumber(x, 4, locale);
  if (n < 1) return m.lossAtStart({ f: name, value: shown(losses[0] ?? NaN) });
  const first = losses[0]!;
  // Descent may step out of the function's domain (x − log x with too large a rate): say so, not "stays at".
  const outside = losses.findIndex((x) => Number.isNaN(x));
  if (outside > 0) return m.lossLeavesDomain({ f: name, first: shown(first), t: outside });
  const last = losses[n]!;
  const way = last < first ? 'falls' : last > first ? 'rises' : 'stays';
  return m.lossOver({ f: name, way, first: shown(first), last: shown(last), n });
}
