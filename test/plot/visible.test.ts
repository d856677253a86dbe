import { describe, expect, it } from 'vitest';
import { cutAtBox } from '../../src/plot/visible.js';

describe('cutAtBox', () => {
  const box = { x: [0, 100] as const, y: [0, 100] as const };

  it('keeps a path inside the box whole', () => {
    expect(
      cutAtBox(
        [
          [10, 10],
          [50, 50],
          [90, 10],
        ],
        box,
      ),
    ).toEqual([
      [10, 10],
      [50, 50],
      [90, 10],
    ]);
  });

  it('ends a path that leaves at its crossing of the border', () => {
    expect(
      cutAtBox(
        [
          [50, 50],
          [60, 40],
          [1e12, 40],
          [3, 3],
        ],
        box,
      ),
    ).toEqual([
      [50, 50],
      [60, 40],
      [100, 40],
    ]);
  });

  it('stops at a non-finite point and draws nothing of a path that starts outside', () => {
    expect(
      cutAtBox(
        [
          [10, 10],
          [NaN, 0],
        ],
        box,
      ),
    ).toEqual([[10, 10]]);
    expect(
      cutAtBox(
        [
          [-5, 10],
          [10, 10],
        ],
        box,
      ),
    ).toEqual([]);
  });
});
