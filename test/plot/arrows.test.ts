import { describe, expect, it } from 'vitest';
import { arrow, arrowHead, clipSegment, gradientArrow, stepArrow } from '../../src/plot/arrows.js';
import { landscapeOf } from '../../src/plot/landscape.js';
import { plotFunction } from './fixtures.js';

const box = { x: [-1, 5] as const, y: [-1, 5] as const };

describe('clipSegment (Liang–Barsky)', () => {
  it('keeps a segment inside the box whole', () => {
    expect(clipSegment([0, 0, 2, 3], box)).toEqual([0, 0, 2, 3]);
  });

  it('cuts a segment where it leaves the box, keeping its direction', () => {
    expect(clipSegment([3, 4, 9, 12], box)).toEqual([3, 4, 3.75, 5]);
    expect(clipSegment([9, 12, 3, 4], box)).toEqual([3.75, 5, 3, 4]);
    expect(clipSegment([-3, 2, 7, 2], box)).toEqual([-1, 2, 5, 2]);
  });

  it('drops a segment wholly outside', () => {
    expect(clipSegment([6, 0, 9, 3], box)).toBeUndefined();
    expect(clipSegment([-2, 6, 6, 6], box)).toBeUndefined();
  });
});

describe('arrows on the bowl x² + y² at (3, 4)', () => {
  const bowl = landscapeOf(plotFunction('x^2 + y^2', ['x', 'y'], ['2*x', '2*y']))!;

  it('draws the gradient (6, 8) uphill, cut at the border of the view', () => {
    expect(gradientArrow(bowl, [3, 4], box)).toEqual({ vector: [6, 8], segment: [3, 4, 3.75, 5], clipped: true });
  });

  it('draws the step −α∇J = (−0.6, −0.8) downhill, whole', () => {
    const step = stepArrow(bowl, [3, 4], 0.1, box)!;
    expect(step.vector[0]).toBeCloseTo(-0.6, 15);
    expect(step.vector[1]).toBeCloseTo(-0.8, 15);
    expect(step.segment[2]).toBeCloseTo(2.4, 15);
    expect(step.segment[3]).toBeCloseTo(3.2, 15);
    expect(step.clipped).toBe(false);
  });

  it('has no arrow at the minimum, where the gradient is zero', () => {
    expect(gradientArrow(bowl, [0, 0], box)).toBeUndefined();
    expect(arrow([0, 0], [0, 0], box)).toBeUndefined();
  });

  it('has no arrow without a gradient', () => {
    const noGradient = landscapeOf(plotFunction('x^2 + y^2', ['x', 'y'], []))!;
    expect(gradientArrow(noGradient, [3, 4], box)).toBeUndefined();
  });
});

describe('arrowHead', () => {
  it('puts the tip at the end and the back corners `length` behind it, `width` apart', () => {
    expect(arrowHead([0, 0, 10, 0], 4, 6)).toEqual([10, 0, 6, 3, 6, -3]);
    expect(arrowHead([0, 0, 0, -10], 4, 2)).toEqual([0, -10, 1, -6, -1, -6]);
  });
});
