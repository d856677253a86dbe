/**
 * A path cut where it leaves a box: the points up to the last one inside, and
 * the crossing of the border after it. A diverging path reaches 10⁸ and more;
 * drawn whole, its pixels would be beyond what a renderer handles exactly,
 * and only the part near the view is ever seen.
 */
import { clipSegment, type Box } from './arrows.js';

export type Pixel = readonly [number, number];

export function cutAtBox(points: readonly Pixel[], box: Box): Pixel[] {
  const inside = ([x, y]: Pixel) => x >= box.x[0] && x <= box.x[1] && y >= box.y[0] && y <= box.y[1];
  const out: Pixel[] = [];
  for (const p of points) {
    if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) break;
    if (inside(p)) {
      out.push(p);
      continue;
    }
    const previous = out.at(-1);
    const cut = previous && clipSegment([previous[0], previous[1], p[0], p[1]], box);
    if (cut) out.push([cut[2], cut[3]]);
    break;
  }
  return out;
}
