/**
 * A line drawn from a path keeps only the vertices it needs: the first, the last, and each one at least 0.3 px
 * (in x or y) from the last kept. Every vertex left out lies within that of one kept before it, so the line
 * drawn is the same to well under a pixel.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineVertices } from '../../components/plot/marks.js';

type P = readonly [number, number];

describe('lineVertices', () => {
  it('leaves out steps shorter than 0.3 px, keeping the first and last vertex', () => {
    const points: P[] = [
      [0, 0],
      [0.1, 0.1],
      [0.2, 0.2],
      [0.35, 0],
      [0.4, 0.1],
      [5, 5],
      [5.1, 5],
    ];
    expect(lineVertices(points)).toEqual([
      [0, 0],
      [0.35, 0],
      [5, 5],
      [5.1, 5],
    ]);
    expect(lineVertices([[1, 1]])).toEqual([[1, 1]]);
  });

  it('keeps an order-preserving subset in which every vertex left out is within 0.3 px of the last kept', () => {
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
        let last = points[0]!;
        let j = 0;
        for (const p of points) {
          if (p === kept[j]) {
            last = p;
            j++;
          } else expect(Math.max(Math.abs(p[0] - last[0]), Math.abs(p[1] - last[1]))).toBeLessThan(0.3);
        }
        expect(j).toBe(kept.length);
      }),
    );
  });
});
