import { describe, expect, it } from 'vitest';
import { frame, pathData } from '../../src/plot/layout.js';
import { linearScale } from '../../src/plot/scale.js';

describe('frame', () => {
  it('gives a contour map a square plot area at 320 px, its left margin sized to its tick labels', () => {
    const f = frame(320, { x: [-1, 5], y: [-1, 5] }, { square: true, legend: 62 });
    expect({ width: f.width, height: f.height, left: f.left, top: f.top }).toEqual({
      width: 320,
      height: 385,
      left: 35,
      top: 14,
    });
    expect([f.plotWidth, f.plotHeight]).toEqual([271, 271]);
    expect(f.xTicks.map((t) => t.label)).toEqual(['0', '2', '4']);
    expect(f.yTicks.map((t) => t.label)).toEqual(['−1', '0', '1', '2', '3', '4', '5']);
    // Equal units: one unit is as many pixels across as up.
    expect(f.x(1) - f.x(0)).toBeCloseTo(f.y(0) - f.y(1), 12);
  });

  it('widens the left margin for long labels, and never goes below 240 px', () => {
    const f = frame(100, { x: [0, 1], y: [-0.0125, 0.0125] }, { square: false, legend: 0 });
    expect(f.width).toBe(240);
    expect(f.yTicks.map((t) => t.label)).toEqual(['−0.010', '−0.005', '0.000', '0.005', '0.010']);
    expect(f.left).toBe(14 + 6 * 7);
  });

  it('keeps iterations whole on the x-axis', () => {
    const f = frame(320, { x: [0, 3], y: [0, 1] }, { square: false, legend: 0, integerX: true });
    expect(f.xTicks.map((t) => t.value)).toEqual([0, 1, 2, 3]);
  });
});

describe('frame in French', () => {
  it('labels the ticks with a decimal comma', () => {
    const f = frame(320, { x: [-0.5, 0.5], y: [0, 1] }, { square: false, legend: 0, locale: 'fr' });
    expect(f.xTicks.map((t) => t.label)).toEqual(['−0,4', '−0,2', '0,0', '0,2', '0,4']);
  });
});

describe('pathData', () => {
  it('draws polylines as one path in pixels, to a tenth of a pixel, closing closed ones', () => {
    const x = linearScale([0, 10], [0, 100]);
    const y = linearScale([0, 10], [100, 0]);
    const lines = [
      { points: [0, 0, 1, 1, 2, 0], closed: true },
      { points: [5, 5, 5.001, 6], closed: false },
      { points: [7, 7], closed: false },
    ];
    expect(pathData(lines, x, y)).toBe('M0 100L10 90L20 100ZM50 50L50 40');
  });
});
