/**
 * Which of the pixels get a dot: the first few, each at least `gap` pixels
 * from the last dot, so that iterates piling up at a minimum do not blot it.
 */
export function dotted(points: readonly (readonly [number, number])[], most: number, gap = 7): number[] {
  const chosen: number[] = [];
  let last = points[0];
  for (let k = 1; k < points.length && chosen.length < most; k++) {
    const p = points[k]!;
    if (last && Math.hypot(p[0] - last[0], p[1] - last[1]) < gap) continue;
    chosen.push(k);
    last = p;
  }
  return chosen;
}
