import { describe, expect, it } from 'vitest';
import { landscapeOf } from '../../src/plot/landscape.js';
import { curve, tangentAt } from '../../src/plot/tangent.js';
import { plotFunction } from './fixtures.js';

const parabola = landscapeOf(plotFunction('x^2 - 4*x + 5', ['x'], ['2*x - 4']))!;

describe('tangentAt', () => {
  it('gives the slope f′(x) and the line through (x, f(x)) across the view', () => {
    const t = tangentAt(parabola, 3, { x: [0, 4], y: [-10, 10] })!;
    expect({ x: t.x, y: t.y, slope: t.slope }).toEqual({ x: 3, y: 2, slope: 2 });
    expect(t.segment).toEqual([0, -4, 4, 4]);
  });

  it('clips the line to the view: a steep tangent leaves through the top and bottom', () => {
    const t = tangentAt(parabola, -1, { x: [-2, 6], y: [0, 20] })!;
    expect(t.slope).toBe(-6);
    // y = 10 − 6(x + 1): y = 20 at x = −8/3 (left of the view, so x = −2, y = 16), y = 0 at x = 2/3.
    expect(t.segment![0]).toBe(-2);
    expect(t.segment![1]).toBe(16);
    expect(t.segment![2]).toBeCloseTo(2 / 3, 15);
    expect(t.segment![3]).toBe(0);
  });

  it('has no tangent without a derivative', () => {
    const bare = landscapeOf(plotFunction('x^2', ['x'], []))!;
    expect(tangentAt(bare, 1, { x: [0, 2], y: [0, 4] })).toBeUndefined();
  });
});

describe('curve', () => {
  it('samples f evenly and breaks where it is undefined', () => {
    const log = landscapeOf(plotFunction('log(x)', ['x'], ['1/x']))!;
    const runs = curve(log, [-1, 1], 4);
    // x = −1, −0.5 are undefined; log 0 = −∞ is undefined for a drawing; x = 0.5 and 1 remain.
    expect(runs).toEqual([[0.5, Math.log(0.5), 1, 0]]);
    expect(curve(parabola, [0, 4], 2)).toEqual([[0, 5, 2, 1, 4, 5]]);
  });
});
