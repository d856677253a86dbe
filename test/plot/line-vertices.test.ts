/**
 * A line drawn from a path keeps only the vertices it needs: the first, the last, and enough between them that
 * every vertex left out lies within 0.3 px of the segment joining the kept vertices around it, so the line drawn
 * is the same to well under a pixel.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineVertices } from '../../components/plot/marks.js';

type P = readonly [number, number];

describe('lineVertices', () => {
  it('leaves out vertices within 0.3 px of the line through their neighbours, keeping corners and both ends', () => {
    const points: P[] = [
      [0, 0],
      [1, 0.1],
      [2, 0.2],
      [3, 0],
      [3.1, 2],
      [3.2, 4],
      [2, 4.5],
    ];
    // (1, 0.1) and (2, 0.2) lie within 0.2 px of the segment from (0, 0) to (3, 0); (3.1, 2) on the one to (3.2, 4).
    expect(lineVertices(points)).toEqual([
      [0, 0],
      [3, 0],
      [3.2, 4],
      [2, 4.5],
    ]);
    expect(lineVertices([[1, 1]])).toEqual([[1, 1]]);
  });

  it('keeps a loss curve of 1,000 iterates drawn 600 px wide in a few dozen vertices', () => {
    const points: P[] = Array.from({ length: 1001 }, (_, t) => [t * 0.6, 200 - 180 * Math.exp(-t / 150)] as const);
    const kept = lineVertices(points);
    expect(kept.length).toBeLessThan(60);
    expect(kept[0]).toBe(points[0]);
    expect(kept.at(-1)).toBe(points.at(-1));
  });

  it('keeps an order-preserving subset in which every vertex left out is within 0.3 px of the line drawn', () => {
    const point = fc.tuple(
      fc.double({ min: -50, max: 50, noNaN: true }),
      fc.double({ min: -50, max: 50, noNaN: true }),
    );
    const steps = fc.array(
      fc.tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true })),
      {
        minLength: 1,
        maxLength: 300,
      },
    );
    fc.assert(
      fc.property(point, steps, (start, moves) => {
        const points: P[] = [start];
        for (const [dx, dy] of moves) points.push([points.at(-1)![0] + dx, points.at(-1)![1] + dy]);
        const kept = lineVertices(points);
        expect(kept[0]).toBe(points[0]);
        expect(kept.at(-1)).toBe(points.at(-1));
        const at = points.map((p) => kept.indexOf(p));
        let j = 0;
        for (let k = 0; k < points.length; k++) {
          if (at[k]! >= 0) {
            expect(at[k]).toBe(j);
            j++;
            continue;
          }
          // Left out: within 0.3 px of the segment from the kept vertex before it to the one after.
          const [a, b] = [kept[j - 1]!, kept[j]!];
          const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
          const length2 = dx * dx + dy * dy;
          const p = points[k]!;
          const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
          expect(Math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1])).toBeLessThanOrEqual(0.3 + 1e-9);
        }
        expect(j).toBe(kept.length);
      }),
    );
  });
});
