import { describe, expect, it } from 'vitest';
import { linearScale, niceTicks, stepDecimals, tickStep } from '../../src/plot/scale.js';

describe('linearScale', () => {
  it('maps the domain onto the range and back, a flipped range included (y grows downward in SVG)', () => {
    const y = linearScale([-2, 6], [300, 20]);
    expect([y(-2), y(6), y(2)]).toEqual([300, 20, 160]);
    expect([y.invert(300), y.invert(20), y.invert(160)]).toEqual([-2, 6, 2]);
    expect(y.domain).toEqual([-2, 6]);
    expect(y.range).toEqual([300, 20]);
  });

  it('maps an empty domain to the start of the range instead of dividing by zero', () => {
    const x = linearScale([3, 3], [0, 100]);
    expect([x(3), x(5), x.invert(50)]).toEqual([0, 0, 3]);
  });
});

describe('nice ticks', () => {
  it('spaces ticks 1, 2 or 5 times a power of ten', () => {
    expect(tickStep(0, 10, 5)).toBe(2);
    expect(tickStep(0, 1, 5)).toBe(0.2);
    expect(tickStep(-1, 4.6, 6)).toBe(1);
    expect(tickStep(0, 72, 4)).toBe(20);
    expect(tickStep(0, 0.003, 3)).toBe(0.001);
    expect(tickStep(5, 5, 4)).toBe(0);
  });

  it('lists the multiples of the step inside the interval, decimals exact', () => {
    expect(niceTicks(-2, 6, 4)).toEqual([-2, 0, 2, 4, 6]);
    expect(niceTicks(-0.5, 1.1, 8)).toEqual([-0.4, -0.2, 0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0.1, 0.35, 5)).toEqual([0.1, 0.15, 0.2, 0.25, 0.3, 0.35]);
    expect(niceTicks(6, -2, 4)).toEqual([-2, 0, 2, 4, 6]);
    expect(niceTicks(2, 2, 5)).toEqual([2]);
  });

  it('never prints −0', () => {
    expect(niceTicks(-1, 1, 2).map((t) => Object.is(t, -0))).toEqual([false, false, false]);
  });

  it('knows how many decimals a step needs', () => {
    expect([stepDecimals(5), stepDecimals(0.5), stepDecimals(0.25), stepDecimals(0.005), stepDecimals(20)]).toEqual([
      0, 1, 2, 3, 0,
    ]);
  });
});
