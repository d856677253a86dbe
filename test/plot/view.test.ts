import { describe, expect, it } from 'vitest';
import { landscapeOf } from '../../src/plot/landscape.js';
import { curveView, framedPath, lineRange, mirrorView, squareView } from '../../src/plot/view.js';
import { plotFunction } from './fixtures.js';

describe('squareView', () => {
  it('is the smallest square around the points, padded by a tenth of its side each way', () => {
    // The points span 3.6 × 4.8: a square of side 4.8 · 1.2 = 5.76 around their centre (1.8, 2.4).
    const view = squareView([
      [3, 4],
      [0, 0],
      [3.6, 4.8],
    ]);
    expect([...view.x, ...view.y].map((v) => Number(v.toFixed(12)))).toEqual([-1.08, 4.68, -0.48, 5.28]);
  });

  it('is 2 wide around a single point at the origin', () => {
    expect(squareView([[0, 0]], 0)).toEqual({ x: [-1, 1], y: [-1, 1] });
  });
});

describe('lineRange', () => {
  it('widens the points’ range by 35% each side', () => {
    expect(lineRange([1, 3])).toEqual([0.30000000000000004, 3.7]);
    expect(lineRange([2])).toEqual([1, 3]);
  });
});

describe('curveView', () => {
  it('spans what f takes over the x-range, with a margin', () => {
    const parabola = landscapeOf(plotFunction('x^2', ['x'], ['2*x']))!;
    const view = curveView(parabola, [-2, 2], 0);
    expect(view).toEqual({ x: [-2, 2], y: [0, 4] });
  });
});

describe('framedPath and mirrorView', () => {
  const path = [Float64Array.of(1), Float64Array.of(-2), Float64Array.of(4), Float64Array.of(-8), Float64Array.of(16)];

  it('frames a settling path whole, a diverging one by its first steps', () => {
    expect(framedPath(path, true)).toHaveLength(5);
    expect(framedPath(path, false, 2).map((p) => p[0])).toEqual([1, -2, 4]);
  });

  it('reaches as far past the end as the start is before it', () => {
    expect(mirrorView([-1], [2], 0)).toEqual({ x: [-1, 5], y: [0, 0] });
    expect(mirrorView([9, -3], [0, 0], 0)).toEqual({ x: [-9, 9], y: [-9, 9] });
  });
});
