/**
 * The arrows on a contour map, in data coordinates: the gradient at the
 * current point (uphill) and the step descent takes (−α∇f, downhill), each
 * clipped to the view so a long gradient still shows its direction. The
 * arrowhead is drawn in pixels, so it keeps its size at any zoom.
 */
import { gradientAt, type Landscape } from './landscape.js';
import type { Interval } from './scale.js';

export interface Box {
  readonly x: Interval;
  readonly y: Interval;
}

export type Segment = readonly [x0: number, y0: number, x1: number, y1: number];

/**
 * The part of the segment inside the box (Liang–Barsky), or undefined when
 * none of it is. The direction is kept: it still starts nearest (x0, y0).
 */
export function clipSegment(segment: Segment, box: Box): Segment | undefined {
  const [x0, y0, x1, y1] = segment;
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x0 - box.x[0]],
    [dx, box.x[1] - x0],
    [-dy, y0 - box.y[0]],
    [dy, box.y[1] - y0],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return undefined;
      continue;
    }
    const r = q / p;
    if (p < 0) {
      if (r > t1) return undefined;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return undefined;
      if (r < t1) t1 = r;
    }
  }
  return [x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy];
}

export interface Arrow {
  /** The whole vector, from the point. */
  readonly vector: readonly [number, number];
  /** The part drawn: the arrow clipped to the view. */
  readonly segment: Segment;
  /** Whether the tip lies outside the view (then the head is drawn at the border). */
  readonly clipped: boolean;
}

/** The arrow from `from` along `vector`, clipped to the box; undefined when it has no length or lies outside. */
export function arrow(from: readonly [number, number], vector: readonly [number, number], box: Box): Arrow | undefined {
  if (!(Math.hypot(vector[0], vector[1]) > 0)) return undefined;
  const whole: Segment = [from[0], from[1], from[0] + vector[0], from[1] + vector[1]];
  const segment = clipSegment(whole, box);
  if (!segment) return undefined;
  return { vector, segment, clipped: segment[2] !== whole[2] || segment[3] !== whole[3] };
}

/** The gradient ∇f at the point: the way uphill. */
export function gradientArrow(landscape: Landscape, point: ArrayLike<number>, box: Box): Arrow | undefined {
  const g = gradientAt(landscape, point);
  return g && arrow([point[0]!, point[1]!], [g[0]!, g[1]!], box);
}

/** The step −α∇f descent takes from the point: the way downhill, to the next iterate. */
export function stepArrow(
  landscape: Landscape,
  point: ArrayLike<number>,
  learningRate: number,
  box: Box,
): Arrow | undefined {
  const g = gradientAt(landscape, point);
  return g && arrow([point[0]!, point[1]!], [-learningRate * g[0]!, -learningRate * g[1]!], box);
}

/**
 * An arrowhead at (x1, y1) pointing away from (x0, y0), in pixels: the tip
 * and the two back corners, `length` behind the tip and `width` apart.
 */
export function arrowHead(
  segment: Segment,
  length: number,
  width: number,
): readonly [number, number, number, number, number, number] {
  const [x0, y0, x1, y1] = segment;
  const d = Math.hypot(x1 - x0, y1 - y0) || 1;
  const ux = (x1 - x0) / d;
  const uy = (y1 - y0) / d;
  const bx = x1 - ux * length;
  const by = y1 - uy * length;
  const h = width / 2;
  return [x1, y1, bx - uy * h, by + ux * h, bx + uy * h, by - ux * h];
}
