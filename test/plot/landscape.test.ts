import { describe, expect, it } from 'vitest';
import { descentPath, run, stepper } from '../../src/content/descent.js';
import { gradientAt, lossSeries, pathOf, pointOf, landscapeOf, valueAt } from '../../src/plot/landscape.js';
import { plotFunction } from './fixtures.js';

const bowl = landscapeOf(plotFunction('x^2 + y^2', ['x', 'y'], ['2*x', '2*y'], 'J'))!;

describe('problemOf', () => {
  it('compiles the function and its partial derivatives from the lesson’s trees', () => {
    expect(bowl.name).toBe('J');
    expect(valueAt(bowl, [3, 4])).toBe(25);
    expect(Array.from(gradientAt(bowl, [3, 4])!)).toEqual([6, 8]);
  });

  it('compiles subscripted variables and the functions a lesson may use', () => {
    const f = landscapeOf(plotFunction('x1*cos(x2) + exp(0)', ['x1', 'x2'], ['cos(x2)', '-x1*sin(x2)']))!;
    expect(valueAt(f, [2, 0])).toBe(3);
  });

  it('draws no gradient when a partial is missing, and no plot when the function has a symbol that is no variable', () => {
    expect(landscapeOf(plotFunction('x^2 + y^2', ['x', 'y'], ['2*x']))!.gradient).toBeUndefined();
    expect(landscapeOf(plotFunction('x + z', ['x', 'z'], ['1', '1']))!.text).toBe('x + z');
    expect(landscapeOf({ ...plotFunction('x + z', ['x', 'z'], ['1', '1']), variables: ['x'] })).toBeUndefined();
  });
});

describe('the engine’s path', () => {
  it('is θ₀, θ₁, … from the engine’s own step: (3, 4), (2.4, 3.2), (1.92, 2.56) at α = 0.1', () => {
    const path = pathOf(bowl, 0.1, [3, 4], 2);
    expect(path.map((p) => Array.from(p, (v) => Number(v.toFixed(12))))).toEqual([
      [3, 4],
      [2.4, 3.2],
      [1.92, 2.56],
    ]);
  });

  it('stops once the step is negligible: at α = 0.5 the bowl is solved in one step', () => {
    expect(pathOf(bowl, 0.5, [3, 4]).map((p) => Array.from(p))).toEqual([
      [3, 4],
      [0, 0],
    ]);
  });

  it('stops where the engine’s run says descent diverges: a step past 1000 times the first', () => {
    const path = descentPath(stepper(bowl.gradient!, 1.5), [1, 0], 1000);
    // Each step multiplies x by 1 − 2·1.5 = −2, so the step from θₜ is 3·2ᵗ: past 3,000 from t = 10, and the
    // run calls it diverging at its first check after 10 steps (t = 11), with θ₁₂ drawn as the last point.
    expect(path).toHaveLength(13);
    expect(path.at(-1)![0]).toBe((-2) ** 12);
  });

  it('is the run’s own path: it ends where run() ends, for a regime of each kind', () => {
    const cases: [number, number[], string][] = [
      [0.1, [3, 4], 'converges'],
      [0.5, [3, 4], 'one_step'],
      [0.9, [3, 4], 'oscillates'],
      [1, [3, 4], 'flips'],
      [1.5, [1, 0], 'diverges'],
    ];
    for (const [learningRate, start, regime] of cases) {
      const step = stepper(bowl.gradient!, learningRate);
      const outcome = run(step, Float64Array.from(start));
      const path = descentPath(step, start, 100_000);
      expect(outcome.regime).toBe(regime);
      // A converged run's end is its last, negligible move, which the path leaves out.
      if (regime === 'diverges' || regime === 'flips')
        expect(Array.from(path.at(-1)!)).toEqual(Array.from(outcome.end));
      else expect(Math.hypot(...Array.from(path.at(-1)!, (v, k) => v - outcome.end[k]!))).toBeLessThan(1e-9);
    }
  });

  it('gives the loss at every iterate', () => {
    expect(lossSeries(bowl, pathOf(bowl, 0.1, [3, 4], 2)).map((v) => Number(v.toFixed(12)))).toEqual([25, 16, 10.24]);
  });
});

describe('pointOf: a point the learner wrote, read as the checker reads it', () => {
  it('reads a vector, a worked expression, and a number for one variable', () => {
    expect(Array.from(pointOf('(3.6, 4.8)', ['x', 'y'])!)).toEqual([3.6, 4.8]);
    expect(Array.from(pointOf('(3, 4) - 0.1(6, 8)', ['x', 'y'])!, (v) => Number(v.toFixed(12)))).toEqual([2.4, 3.2]);
    expect(Array.from(pointOf('−0.86', ['x'])!)).toEqual([-0.86]);
  });

  it('refuses what is not a point of the right size', () => {
    expect(pointOf('', ['x', 'y'])).toBeUndefined();
    expect(pointOf('(1, 2, 3)', ['x', 'y'])).toBeUndefined();
    expect(pointOf('2x', ['x'])).toBeUndefined();
    expect(pointOf('(1, 1/0)', ['x', 'y'])).toBeUndefined();
    expect(pointOf('(1,', ['x', 'y'])).toBeUndefined();
  });
});
