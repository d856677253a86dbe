import { describe, expect, it } from 'vitest';
import { contourSet, plotModel } from '../../src/plot/model.js';
import { exerciseOf, plotFunction, wrongSignBowl } from './fixtures.js';

const round = (values: ArrayLike<number>, places = 9) => Array.from(values, (v) => Number(v.toFixed(places)));

describe('plotModel of the bowl after a wrong-sign update', () => {
  const model = wrongSignBowl();

  it('frames the start, the path to the minimum and the learner’s point in a square', () => {
    // Points span x 0 … 3.6 and y 0 … 4.8: the square of side 4.8 · 1.2 around (1.8, 2.4).
    expect(round([...model.view.x, ...model.view.y], 6)).toEqual([-1.08, 4.68, -0.48, 5.28]);
  });

  it('stands the arrows at the start, since the learner’s θ₁ is not right', () => {
    expect(model.current).toBe(0);
    expect(model.gradient!.vector).toEqual([6, 8]);
    expect(round(model.step!.vector)).toEqual([-0.6, -0.8]);
    expect(model.gradient!.clipped).toBe(true);
  });

  it('keeps the engine’s path and the learner’s point apart', () => {
    expect(round(model.path[1]!)).toEqual([2.4, 3.2]);
    expect(round(model.learner[0]!.point)).toEqual([3.6, 4.8]);
  });
});

describe('plotModel of other exercises', () => {
  it('draws a one-variable function with no start as a curve alone, over −5 … 5', () => {
    const derivative = exerciseOf('non-convex', 'derivative');
    const model = plotModel({
      fn: derivative.function!,
      start: derivative.start,
      learningRate: derivative.learningRate,
    })!;
    expect(model.dimension).toBe(1);
    expect(model.path).toEqual([]);
    expect(model.tangent).toBeUndefined();
    expect(model.view.x).toEqual([-5, 5]);
  });

  it('draws nothing for three variables', () => {
    expect(plotModel({ fn: plotFunction('x + y + z', ['x', 'y', 'z'], ['1', '1', '1']) })).toBeUndefined();
  });

  it('uses a fixed view when given one (the explorer’s), and fills in the range of f for one variable', () => {
    const model = plotModel({
      fn: plotFunction('x^2', ['x'], ['2*x']),
      start: [1],
      learningRate: 0.1,
      view: { x: [-2, 2], y: [0, 0] },
    })!;
    expect(model.view.x).toEqual([-2, 2]);
    expect(round(model.view.y, 6)).toEqual([-0.32, 4.32]);
    expect(model.tangent!.slope).toBe(2);
  });
});

describe('contourSet', () => {
  it('samples the view at the resolution and draws 8 levels, lines and closed loops', () => {
    const bowl = exerciseOf('bowl', 'one-step');
    const model = plotModel({ fn: bowl.function!, start: bowl.start, learningRate: bowl.learningRate })!;
    const set = contourSet(model.landscape, model.view, 60, 'quantile');
    expect(set.grid.values).toHaveLength(61 * 61);
    expect(set.levels).toEqual([1.2, 3.2, 5.5, 8, 11, 13, 16, 20]);
    expect(set.loops.every((loops) => loops.every((l) => l.closed))).toBe(true);
    // One arc per level; the highest circle, r = √20, leaves the view and comes back: two pieces.
    expect(set.lines.map((lines) => lines.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 2]);
    // Halvings of the highest value in view, 34.57 at the corner (3.9, 4.4), down toward the minimum 0.
    expect(contourSet(model.landscape, model.view, 60, 'geometric').levels).toEqual([
      0.14, 0.27, 0.54, 1.1, 2.2, 4.3, 8.6, 17,
    ]);
  });
});
