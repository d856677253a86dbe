import { describe, expect, it } from 'vitest';
import {
  geometricLevels,
  isolines,
  quantileLevels,
  roundLevel,
  sampleGrid,
  type Polyline,
} from '../../src/plot/contours.js';

const bowl = (p: Float64Array) => p[0]! ** 2 + p[1]! ** 2;

/** The polyline's points as [x, y] pairs, rounded to 12 decimals and sorted, for comparing as a set. */
const pointSet = (line: Polyline) => {
  const pairs: [number, number][] = [];
  for (let k = 0; k < line.points.length; k += 2)
    pairs.push([Number(line.points[k]!.toFixed(12)), Number(line.points[k + 1]!.toFixed(12))]);
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
};

/** Twice the signed area inside a closed polyline (shoelace). */
const area = (line: Polyline) => {
  const p = line.points;
  let twice = 0;
  for (let k = 0; k < p.length; k += 2) {
    const j = (k + 2) % p.length;
    twice += p[k]! * p[j + 1]! - p[j]! * p[k + 1]!;
  }
  return Math.abs(twice) / 2;
};

describe('sampleGrid', () => {
  it('evaluates f at (nx + 1) × (ny + 1) nodes, row by row upward, undefined values as NaN', () => {
    const grid = sampleGrid(bowl, [-1, 1], [0, 2], 2, 1);
    expect(Array.from(grid.values)).toEqual([1, 0, 1, 5, 4, 5]);
    const log = sampleGrid((p) => Math.log(p[0]!), [0, 2], [0, 1], 2, 1);
    expect(Array.from(log.values).map((v) => Number(v.toFixed(6)))).toEqual([NaN, 0, 0.693147, NaN, 0, 0.693147]);
  });
});

describe('isolines (marching squares)', () => {
  it('joins the crossings of x² + y² = 2.5 on a 4 × 4 grid into one closed loop of 12 points', () => {
    const lines = isolines(sampleGrid(bowl, [-2, 2], [-2, 2], 4), 2.5);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.closed).toBe(true);
    const s = 7 / 6; // 1 + (2.5 − 2)/(5 − 2): linear between f(1, 1) = 2 and f(2, 1) = 5
    expect(pointSet(lines[0]!)).toEqual(
      (
        [
          [-1.5, 0],
          [-s, -1],
          [-s, 1],
          [-1, -s],
          [-1, s],
          [0, -1.5],
          [0, 1.5],
          [1, -s],
          [1, s],
          [s, -1],
          [s, 1],
          [1.5, 0],
        ] as [number, number][]
      ).map(([x, y]) => [Number(x.toFixed(12)), Number(y.toFixed(12))]),
    );
  });

  it('leaves a line open where it meets the border, its points in order along it', () => {
    const [line, ...rest] = isolines(sampleGrid(bowl, [0, 2], [0, 2], 2), 2.5);
    expect(rest).toEqual([]);
    expect(line!.closed).toBe(false);
    const s = 7 / 6;
    const forward = [1.5, 0, s, 1, 1, s, 0, 1.5];
    const backward = [0, 1.5, 1, s, s, 1, 1.5, 0];
    expect([forward, backward]).toContainEqual(line!.points);
  });

  it('with closed, rings the grid with +∞: the loop runs along the border and bounds f < level exactly', () => {
    const loops = isolines(sampleGrid(bowl, [0, 2], [0, 2], 2), 2.5, { closed: true });
    expect(loops).toHaveLength(1);
    expect(loops[0]!.closed).toBe(true);
    // The polygon (0, 0), (1.5, 0), (7/6, 1), (1, 7/6), (0, 1.5), repeated border points aside.
    // Its shoelace area: (1.5 + 49/36 − 1 + 1.5) / 2 = 121/72.
    expect(area(loops[0]!)).toBeCloseTo(121 / 72, 12);
  });

  it('decides a saddle cell by its centre: x·y = 0.5 gives two separate branches', () => {
    const lines = isolines(
      sampleGrid((p) => p[0]! * p[1]!, [-1, 1], [-1, 1], 1),
      0.5,
    );
    expect(lines.map((l) => l.points).sort((a, b) => a[0]! - b[0]!)).toEqual([
      [-1, -0.5, -0.5, -1],
      [1, 0.5, 0.5, 1],
    ]);
  });

  it('draws nothing through a cell with an undefined corner', () => {
    const grid = sampleGrid((p) => (p[0]! < 0 ? NaN : p[0]!), [-1, 1], [0, 1], 2, 1);
    expect(isolines(grid, 0.5).map((l) => l.points)).toEqual([[0.5, 0, 0.5, 1]]);
  });
});

describe('levels', () => {
  const ramp = Array.from({ length: 101 }, (_, k) => k);

  it('puts quantile levels at equal shares of the sampled values', () => {
    expect(quantileLevels(ramp, 4)).toEqual([20, 40, 60, 80]);
    expect(quantileLevels([3, 3, 3], 4)).toEqual([]);
  });

  it('puts geometric levels at halvings of the height above the lowest value', () => {
    expect(geometricLevels([0, 64, 10], 3)).toEqual([8, 16, 32]);
    expect(geometricLevels([1, 9], 2)).toEqual([3, 5]);
  });

  it('rounds levels to two significant digits and drops repeats', () => {
    expect([roundLevel(25.3), roundLevel(0.637), roundLevel(137), roundLevel(0)]).toEqual([25, 0.64, 140, 0]);
    expect(quantileLevels([0, 1, 1.001, 1.002, 1.003, 100], 4)).toEqual([1]);
  });
});
