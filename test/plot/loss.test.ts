import { describe, expect, it } from 'vitest';
import { descend } from '../../src/plot/explorer.js';
import { landscapeOf } from '../../src/plot/landscape.js';
import { describeLosses, lossBox, lossView, settledAt, shownIterations } from '../../src/plot/loss.js';
import { plotFunction } from './fixtures.js';

/** 25 · 0.64ᵗ: the bowl's loss at α = 0.1. */
const bowl = Array.from({ length: 60 }, (_, t) => 25 * 0.64 ** t);

describe('how much of the loss curve to show', () => {
  it('finds where the loss has settled to a thousandth of its fall', () => {
    // 25 · 0.64ᵗ ≤ 0.025 once t ≥ 16 (0.64¹⁶ ≈ 0.00079).
    expect(settledAt(bowl)).toBe(16);
    expect(settledAt([5, 5, 5])).toBe(0);
  });

  it('shows half as much again as it takes to settle, at least 10 iterations, and the learner’s points', () => {
    expect(shownIterations(bowl, [])).toBe(25);
    expect(shownIterations(bowl.slice(0, 3), [])).toBe(3);
    expect(shownIterations(bowl, [{ t: 30, loss: 1, status: 'right', step: 'iterate-30' }])).toBe(33);
  });
});

describe('lossView', () => {
  it('spans the iterations and the losses, the learner’s included, with a 6% margin', () => {
    expect(lossView([10, 4, 2], [{ t: 1, loss: 20, status: 'wrong', step: 'update-0' }])).toEqual({
      x: [0, 2],
      y: [2 - 18 * 0.06, 20 + 18 * 0.06],
    });
  });

  it('ignores infinite losses and gives a flat series some height', () => {
    expect(lossView([10, 10, Infinity], [])).toEqual({ x: [0, 2], y: [9.4, 10.6] });
  });
});

describe('lossBox (the view of any set of losses, the comparison chart’s too)', () => {
  it('spans at least one iteration, and the unit interval when no loss is finite', () => {
    expect(lossBox([NaN, Infinity], 0)).toEqual({ x: [0, 1], y: [-0.06, 1.06] });
    expect(lossBox([4, -1, 2], 7)).toEqual({ x: [0, 7], y: [-1 - 5 * 0.06, 4 + 5 * 0.06] });
  });
});

describe('describeLosses', () => {
  it('says which way the loss goes and how far', () => {
    expect(describeLosses([25, 16, 10.24], 'J')).toBe('J falls from 25 to 10.24 over 2 iterations.');
    expect(describeLosses([10, 10.4, 66.2], 'f')).toBe('f rises from 10 to 66.2 over 2 iterations.');
    expect(describeLosses([10, 10], 'f')).toBe('f stays at 10 over 1 iteration.');
    expect(describeLosses([7], 'f')).toBe('f = 7 at the start.');
  });

  it('says when descent leaves the region where the loss is defined, never that it “stays” there', () => {
    // x − log x from 3 at a rate of 5: x₁ = 3 − 5·(1 − 1/3) = −1/3, where log is not defined.
    const landscape = landscapeOf(plotFunction('x - log(x)', ['x'], ['1 - 1/x']))!;
    const { losses } = descend(landscape, 5, [3]);
    expect(losses.slice(0, 2).map(String)).toEqual(['1.9013877113318904', 'NaN']);
    expect(describeLosses(losses, 'f')).toBe(
      'f = 1.901 at the start, but is not defined at iteration 1: descent has left the region where f is defined.',
    );
    expect(describeLosses(losses, 'f', 'fr')).toBe(
      'f = 1,901 au départ, mais n’est pas défini à l’itération 1 : la descente a quitté la région où f est défini.',
    );
  });

  it('says it in French, with the French decimal mark', () => {
    expect(describeLosses([25, 16, 10.24], 'J', 'fr')).toBe('J descend de 25 à 10,24 en 2 itérations.');
    expect(describeLosses([10, 10], 'f', 'fr')).toBe('f reste à 10 en 1 itération.');
    expect(describeLosses([7.5], 'f', 'fr')).toBe('f = 7,5 au départ.');
  });
});
