import { describe, expect, it } from 'vitest';
import { dotted } from '../../src/plot/dots.js';

describe('dotted', () => {
  it('dots the iterates at least 7 px apart, so the ones piling up at a minimum do not blot it', () => {
    const pixels = [
      [0, 0],
      [20, 0],
      [30, 0],
      [34, 0],
      [37, 0],
      [38, 0],
      [38.5, 0],
    ] as const;
    // θ₃ is 4 px from θ₂'s dot, θ₄ 7 px: θ₄ gets the next dot; the rest are closer than 7 px to it.
    expect(dotted(pixels, 10)).toEqual([1, 2, 4]);
    expect(dotted(pixels, 2)).toEqual([1, 2]);
  });
});
