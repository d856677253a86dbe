import { describe, expect, it } from 'vitest';
import { REGIMES } from '../../src/content/descent.js';
import { explore, explorerView, rateControl, regimeLabel, stableRate } from '../../src/plot/explorer.js';
import { landscapeOf } from '../../src/plot/landscape.js';
import { plotFunction } from './fixtures.js';

const parabola = landscapeOf(plotFunction('x^2 - 4*x + 5', ['x'], ['2*x - 4']))!;
const valley = landscapeOf(plotFunction('0.2*x1^2 + x2^2', ['x1', 'x2'], ['2*x1/5', '2*x2']))!;

describe('explore: the regime named by the engine’s run, at any rate', () => {
  it('names the six regimes of the lesson on x² − 4x + 5 from −1', () => {
    const regimes = [0.02, 0.2, 0.5, 0.8, 1, 1.01].map((learningRate) => explore(parabola, learningRate, [-1])!.regime);
    expect(regimes).toEqual(['slow', 'converges', 'one_step', 'oscillates', 'flips', 'diverges']);
  });

  it('says “diverges” at α = 1.01, in the engine’s own words', () => {
    const x = explore(parabola, 1.01, [-1], 50)!;
    expect(x.label).toBe('diverges');
    expect(x.label).toBe(REGIMES.find((r) => r.id === 'diverges')!.label);
    expect(x.path).toHaveLength(51);
    // Each step multiplies the distance to 2 by 1 − 2·1.01 = −1.02.
    expect(x.path[1]![0]).toBeCloseTo(2 + 3 * 1.02, 12);
    expect(x.losses[0]).toBe(10);
    expect(x.losses[50]).toBeCloseTo(1 + 9 * 1.02 ** 100, 9);
  });

  it('sees the zig-zag of α = 0.8 on 0.2x₁² + x₂² as oscillation', () => {
    const x = explore(valley, 0.8, [9, -3])!;
    expect(x.regime).toBe('oscillates');
    expect(x.path.slice(0, 3).map((p) => Array.from(p, (v) => Number(v.toFixed(12))))).toEqual([
      [9, -3],
      [6.12, 1.8],
      [4.1616, -1.08],
    ]);
  });

  it('labels every regime from the engine’s list', () => {
    expect(REGIMES.map((r) => regimeLabel(r.id))).toEqual(REGIMES.map((r) => r.label));
  });
});

describe('the slider', () => {
  it('reaches a quarter past the largest rate that does not diverge, found by running descent', () => {
    expect(stableRate(parabola, [-1])).toBe(1);
    expect(stableRate(valley, [9, -3])).toBe(1);
    expect(rateControl(parabola, [-1])).toEqual({ min: 0.005, max: 1.25, step: 0.005, initial: 0.2, safe: 0.2 });
    expect(rateControl(valley, [9, -3], 0.8)).toEqual({ min: 0.005, max: 1.25, step: 0.005, initial: 0.8, safe: 0.2 });
  });

  it('has no stable limit without a gradient', () => {
    const bare = landscapeOf(plotFunction('x^2', ['x'], []))!;
    expect(stableRate(bare, [1])).toBeUndefined();
    expect(explore(bare, 0.1, [1])).toBeUndefined();
  });
});

describe('explorerView', () => {
  it('is centred where descent settles and reaches as far past it as the start is before it', () => {
    const view = explorerView(parabola, [-1], 0.2);
    expect(view.x[0]).toBeCloseTo(2 - 3 * 1.15, 9);
    expect(view.x[1]).toBeCloseTo(2 + 3 * 1.15, 9);
    const square = explorerView(valley, [9, -3], 0.2);
    expect(square.x.map((v) => Number(v.toFixed(6)))).toEqual([-10.35, 10.35]);
    expect(square.y.map((v) => Number(v.toFixed(6)))).toEqual([-10.35, 10.35]);
  });
});
