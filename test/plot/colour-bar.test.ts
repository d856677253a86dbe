import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { colourBar, valueRange } from '../../src/plot/colour-bar.js';

describe('colourBar', () => {
  it('puts each band at its values on a linear bar and ticks at even, nice values', () => {
    // The bowl's view around (3, 4): quantile levels at uneven values between 25.1 and 34.6.
    const bar = colourBar([26, 27.5, 28.6, 29.7, 30.8, 31.9, 33, 34], 25, 35, 300);
    expect(bar.bands.map((b) => [b.x0, b.x1])).toEqual([
      [0, 30],
      [30, 75],
      [75, 108],
      [108, 141],
      [141, 174],
      [174, 207],
      [207, 240],
      [240, 270],
      [270, 300],
    ]);
    expect(bar.bands.map((b) => b.depth)).toEqual([1, 0.875, 0.75, 0.625, 0.5, 0.375, 0.25, 0.125, 0]);
    expect(bar.ticks).toEqual([
      { x: 30, label: '26' },
      { x: 90, label: '28' },
      { x: 150, label: '30' },
      { x: 210, label: '32' },
      { x: 270, label: '34' },
    ]);
  });

  it('thins the ticks to what a phone-wide bar can hold', () => {
    const bar = colourBar([0.01, 0.02, 0.04, 0.08], 0.001234, 0.1634, 90);
    expect(bar.ticks).toEqual([{ x: 54.8, label: '0.1' }]);
  });

  it('ticks are evenly spaced, inside the bar, and never closer than their labels need', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        fc.integer({ min: 120, max: 800 }),
        (lo, span, width) => {
          const hi = lo + span;
          const levels = [0.2, 0.4, 0.6, 0.8].map((q) => lo + q * span);
          const { ticks, bands } = colourBar(levels, lo, hi, width);
          expect(bands[0]!.x0).toBe(0);
          expect(bands[bands.length - 1]!.x1).toBe(width);
          for (const t of ticks) {
            expect(t.x).toBeGreaterThanOrEqual(0);
            expect(t.x).toBeLessThanOrEqual(width);
          }
          const gaps = ticks.slice(1).map((t, k) => t.x - ticks[k]!.x);
          for (const g of gaps) expect(Math.abs(g - gaps[0]!)).toBeLessThanOrEqual(0.2);
          const widest = Math.max(0, ...ticks.map((t) => t.label.length)) * 7 + 8;
          if (ticks.length > 2) expect(gaps[0]!).toBeGreaterThanOrEqual(widest - 0.2);
        },
      ),
    );
  });
});

describe('valueRange', () => {
  it('skips where the function is undefined', () => {
    expect(valueRange(Float64Array.from([3, NaN, -1, Infinity, 7]))).toEqual([-1, 7]);
  });
});
