/**
 * Generated functions for the property tests of the content layer: polynomials in one variable from their
 * coefficients, quadratic forms from a symmetric matrix, weighted sums of squares. Each comes with the text a
 * teacher would write for it, and the tests compute what the engine must find from the numbers drawn, by
 * plain arithmetic written here, never by the engine.
 */
import fc from 'fast-check';

/** `length` whole numbers from `min` to `max` (a range of lengths when `length` is a pair). */
export const integers = (
  min: number,
  max: number,
  length: number | readonly [number, number],
): fc.Arbitrary<number[]> => {
  const [minLength, maxLength] = typeof length === 'number' ? [length, length] : length;
  return fc.array(fc.integer({ min, max }), { minLength, maxLength });
};

/** Σ cₚ xᵖ as a teacher writes it, every coefficient in brackets (signs and zeros included): `(1)*x^0 + (-2)*x^1`. */
export const polynomial = (c: readonly number[], x = 'x'): string => c.map((k, p) => `(${k})*${x}^${p}`).join(' + ');

/** The coefficients of f″ for f = Σ cₚ xᵖ (degree two less): p(p − 1)cₚ at xᵖ⁻². */
export const secondDerivative = (c: readonly number[]): number[] => c.slice(2).map((k, i) => k * (i + 2) * (i + 1));

/** Σ cₚ xᵖ at x. */
export const valueAt = (c: readonly number[], x: number): number => c.reduce((s, k, p) => s + k * x ** p, 0);

/** The n×n symmetric matrix with this upper triangle, row by row: [a, b, c, d, e, f] → [[a, b, c], [b, d, e], [c, e, f]]. */
export function mirrored(upper: readonly number[], n: number): number[][] {
  const at = (i: number, j: number) => upper[i * n - (i * (i - 1)) / 2 + (j - i)]!;
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i <= j ? at(i, j) : at(j, i))));
}

/** An n×n symmetric matrix of entries drawn from `entry` (its upper triangle drawn, then mirrored). */
export const symmetricMatrix = (n: number, entry: fc.Arbitrary<number>): fc.Arbitrary<number[][]> =>
  fc.array(entry, { minLength: (n * (n + 1)) / 2, maxLength: (n * (n + 1)) / 2 }).map((upper) => mirrored(upper, n));

/** xᵀAx as a teacher writes it: Σᵢⱼ (aᵢⱼ)·vᵢ·vⱼ over the variables `vars`. */
export const quadraticForm = (A: readonly (readonly number[])[], vars: readonly string[]): string =>
  vars.flatMap((vi, i) => vars.map((vj, j) => `(${A[i]![j]})*${vi}*${vj}`)).join(' + ');

/** Σ cₖ vₖ² as a teacher writes it: `2*x^2 + 5*y^2`. */
export const weightedSquares = (c: readonly number[], vars: readonly string[]): string =>
  vars.map((v, k) => `${c[k]}*${v}^2`).join(' + ');
