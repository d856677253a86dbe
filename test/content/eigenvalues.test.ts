/**
 * The eigenvalues of a symmetric matrix (src/content/descent.ts, Jacobi
 * rotations), shared by the second-order steps (hessian.ts `eigenvalues`) and
 * the convergence steps (`largestEigenvalue`), checked on generated matrices:
 * they add up to the trace and each one makes H − λI singular.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestEigenvalue, symmetricEigenvalues } from '../../src/content/descent.js';
import { eigenvalues } from '../../src/content/hessian.js';
import { valueOf } from '../../src/content/values.js';
import { symmetricMatrix } from './arbitraries.js';

const det3 = (m: number[][]): number =>
  m[0]![0]! * (m[1]![1]! * m[2]![2]! - m[1]![2]! * m[2]![1]!) -
  m[0]![1]! * (m[1]![0]! * m[2]![2]! - m[1]![2]! * m[2]![0]!) +
  m[0]![2]! * (m[1]![0]! * m[2]![1]! - m[1]![1]! * m[2]![0]!);

const symmetric3 = symmetricMatrix(3, fc.integer({ min: -9, max: 9 }));

describe('eigenvalues of a symmetric matrix', () => {
  it('sum to the trace, each makes H − λI singular, and come out smallest first (generated 3×3)', () => {
    fc.assert(
      fc.property(symmetric3, (m) => {
        const found = eigenvalues(m.map((r) => r.map(valueOf))).map((v) => v.number);
        expect(found).toHaveLength(3);
        expect(found).toEqual([...found].sort((x, y) => x - y));
        expect(found.reduce((s, x) => s + x, 0)).toBeCloseTo(m[0]![0]! + m[1]![1]! + m[2]![2]!, 6);
        for (const l of found) expect(det3(m.map((r, i) => r.map((x, j) => (i === j ? x - l : x))))).toBeCloseTo(0, 4);
      }),
    );
  });

  it('gives the largest one as L: [[2, 1, 0], [1, 2, 0], [0, 0, 1]] has 1, 1 and 3', () => {
    const m = [
      [2, 1, 0],
      [1, 2, 0],
      [0, 0, 1],
    ];
    expect([...symmetricEigenvalues(m)].sort().map((x) => Number(x.toFixed(10)))).toEqual([1, 1, 3]);
    expect(largestEigenvalue(m)).toBeCloseTo(3, 12);
  });
});
