/**
 * A one-variable function drawn: the curve sampled across the view, broken
 * where f is undefined, and the tangent line at a point with its slope f′(x),
 * clipped to the view.
 */
import { clipSegment, type Box, type Segment } from './arrows.js';
import type { Landscape } from './landscape.js';
import type { Interval } from './scale.js';

export interface Tangent {
  readonly x: number;
  readonly y: number;
  readonly slope: number;
  /** The line y = f(x) + f′(x)(t − x) across the view, clipped to it. */
  readonly segment: Segment | undefined;
}

export function tangentAt(landscape: Landscape, x: number, box: Box): Tangent | undefined {
  const point = Float64Array.of(x);
  const y = landscape.f(point);
  const slope = landscape.gradient?.[0]?.(point);
  if (slope === undefined || !Number.isFinite(y) || !Number.isFinite(slope)) return undefined;
  const line = (t: number) => y + slope * (t - x);
  return { x, y, slope, segment: clipSegment([box.x[0], line(box.x[0]), box.x[1], line(box.x[1])], box) };
}

/** f at `samples` + 1 evenly spaced x across the interval, as runs of defined points (x, y, x, y, …). */
export function curve(landscape: Landscape, x: Interval, samples: number): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  const point = new Float64Array(1);
  for (let k = 0; k <= samples; k++) {
    point[0] = x[0] + ((x[1] - x[0]) * k) / samples;
    const y = landscape.f(point);
    if (Number.isFinite(y)) run.push(point[0], y);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
