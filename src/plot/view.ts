/**
 * What part of the plane a plot shows. Two variables: a square in data units
 * (so the gradient is drawn at right angles to the contours) around the start,
 * where descent ends, and the learner's points. One variable: the x-range of
 * the same points with room on each side, and the y-range the curve takes there.
 */
import type { Box } from './arrows.js';
import type { Landscape } from './landscape.js';
import type { Interval } from './scale.js';
import { curve } from './tangent.js';

export type { Box };

function extent(values: readonly number[]): Interval | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : undefined;
}

/** The smallest square around the points, grown by `pad` of its side on each side. */
export function squareView(points: readonly ArrayLike<number>[], pad = 0.1): Box {
  const x = extent(points.map((p) => p[0]!)) ?? [0, 0];
  const y = extent(points.map((p) => p[1]!)) ?? [0, 0];
  const cx = (x[0] + x[1]) / 2;
  const cy = (y[0] + y[1]) / 2;
  let side = Math.max(x[1] - x[0], y[1] - y[0]);
  if (side === 0) side = Math.max(2, Math.abs(cx), Math.abs(cy));
  const half = (side / 2) * (1 + 2 * pad);
  return { x: [cx - half, cx + half], y: [cy - half, cy + half] };
}

/** The x-range around the points, `pad` of its width added each side (at least ±1 around a single point). */
export function lineRange(xs: readonly number[], pad = 0.35): Interval {
  const [lo, hi] = extent(xs) ?? [0, 0];
  const width = hi - lo || Math.max(2, Math.abs(lo));
  const grow = hi - lo === 0 ? width / 2 : width * pad;
  return [lo - grow, hi + grow];
}

/** The view of a one-variable function over `x`: the range of f there, with a margin. */
export function curveView(landscape: Landscape, x: Interval, pad = 0.08): Box {
  const ys = curve(landscape, x, 200).flatMap((run) => run.filter((_, k) => k % 2 === 1));
  const [lo, hi] = extent(ys) ?? [-1, 1];
  const height = hi - lo || Math.max(2, Math.abs(lo));
  const grow = hi - lo === 0 ? height / 2 : height * pad;
  return { x, y: [lo - grow, hi + grow] };
}

/**
 * The iterates worth framing: all of a path that settles, since it stays
 * between its start and its end; of one that runs off, the start and the
 * first steps, which show the way it goes.
 */
export function framedPath(path: readonly Float64Array[], settles: boolean, firstSteps = 3): Float64Array[] {
  return settles ? [...path] : path.slice(0, firstSteps + 1);
}

/**
 * A view centred where descent ends that reaches as far on the other side as
 * the start is on this one: wide enough to see an overshoot, the same for
 * every learning rate (so a slider does not rescale it).
 */
export function mirrorView(start: ArrayLike<number>, end: ArrayLike<number>, pad = 0.15): Box {
  const reach = Math.max(...Array.from(start, (s, k) => Math.abs(s - end[k]!))) || 1;
  const half = reach * (1 + pad);
  const around = (c: number): Interval => [c - half, c + half];
  return start.length === 1 ? { x: around(end[0]!), y: [0, 0] } : { x: around(end[0]!), y: around(end[1]!) };
}
