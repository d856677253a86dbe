/** The generated functions' texts and the arithmetic the property tests check the engine against. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mirrored,
  polynomial,
  quadraticForm,
  secondDerivative,
  symmetricMatrix,
  valueAt,
  weightedSquares,
} from './arbitraries.js';

describe('the generated functions of the content tests', () => {
  it('write Σ cₚ xᵖ with every coefficient in brackets, and take f″ and values by plain arithmetic', () => {
    expect(polynomial([1, -2, 0, 3])).toBe('(1)*x^0 + (-2)*x^1 + (0)*x^2 + (3)*x^3');
    // f = 1 − 2x + 3x³ + 5x⁴: f″ = 18x + 60x².
    expect(secondDerivative([1, -2, 0, 3, 5])).toEqual([0, 18, 60]);
    expect(secondDerivative([4, 7])).toEqual([]);
    expect(valueAt([0, 18, 60], 2)).toBe(276);
  });

  it('write xᵀAx term by term and Σ cₖ vₖ²', () => {
    expect(
      quadraticForm(
        [
          [1, 2],
          [2, -3],
        ],
        ['x', 'y'],
      ),
    ).toBe('(1)*x*x + (2)*x*y + (2)*y*x + (-3)*y*y');
    expect(weightedSquares([2, 5], ['x', 'y'])).toBe('2*x^2 + 5*y^2');
  });

  it('mirror the upper triangle drawn into a symmetric matrix, row by row', () => {
    expect(mirrored([1, 2, 3, 4, 5, 6], 3)).toEqual([
      [1, 2, 3],
      [2, 4, 5],
      [3, 5, 6],
    ]);
    expect(mirrored([1, 2, 3], 2)).toEqual([
      [1, 2],
      [2, 3],
    ]);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((n) => symmetricMatrix(n, fc.integer())),
        (m) => {
          expect(m.every((row) => row.length === m.length)).toBe(true);
          expect(m.map((row, i) => row.map((_, j) => m[j]![i]))).toEqual(m);
        },
      ),
    );
  });
});
