import { describe, expect, it } from 'vitest';
import {
  displayFunction,
  displayName,
  formatNumber,
  formatPoint,
  formatTick,
  subscript,
} from '../../src/plot/format.js';

describe('numbers on a plot', () => {
  it('keeps four significant digits, drops trailing zeros, and writes a real minus', () => {
    expect(formatNumber(0.637869792588271)).toBe('0.6379');
    expect(formatNumber(-0.3012)).toBe('−0.3012');
    expect(formatNumber(25)).toBe('25');
    expect(formatNumber(2.4000000000000004)).toBe('2.4');
    expect(formatNumber(1234.5)).toBe('1235');
    expect(formatNumber(0)).toBe('0');
  });

  it('writes very large and very small numbers with a power of ten', () => {
    expect(formatNumber(3.37e-22)).toBe('3.37 × 10⁻²²');
    expect(formatNumber(-1.5e9)).toBe('−1.5 × 10⁹');
    expect(formatNumber(Infinity)).toBe('∞');
    // A value the function has none for, in words (never JavaScript's "undefined" or "NaN").
    expect(formatNumber(NaN)).toBe('not defined');
    expect(formatNumber(NaN, 4, 'fr')).toBe('non défini');
  });

  it('gives ticks exactly the decimals of their step', () => {
    expect(formatTick(1, 0.5)).toBe('1.0');
    expect(formatTick(-0.25, 0.25)).toBe('−0.25');
    expect(formatTick(-0, 1)).toBe('0');
    expect(formatTick(20, 5)).toBe('20');
  });

  it('writes points in brackets, a one-variable point as a number', () => {
    expect(formatPoint([3.6, 4.8])).toBe('(3.6, 4.8)');
    expect(formatPoint(Float64Array.of(-0.6000000000000001, -0.8))).toBe('(−0.6, −0.8)');
    expect(formatPoint([-1])).toBe('−1');
  });

  it('writes the decimal mark and the separator of the learner’s locale: 2,4 and (2,4 ; 3,2) in French', () => {
    expect(formatNumber(0.637869, 4, 'fr')).toBe('0,6379');
    expect(formatNumber(3.37e-22, 4, 'fr')).toBe('3,37 × 10⁻²²');
    expect(formatNumber(1234.5, 4, 'fr')).toBe('1235');
    expect(formatPoint([2.4, -3.2], 4, 'fr')).toBe('(2,4 ; −3,2)');
    expect(formatPoint([2.4, -3.2], 4, 'en')).toBe('(2.4, −3.2)');
    expect(formatTick(-0.25, 0.25, 'fr')).toBe('−0,25');
    expect(formatTick(1, 0.5, 'fr-CA')).toBe('1,0');
  });
});

describe('names as written on paper', () => {
  it('subscripts indices and spells Greek letters', () => {
    expect(['x', 'x1', 'x_2', 'theta', 'w10', 'alpha'].map(displayName)).toEqual(['x', 'x₁', 'x₂', 'θ', 'w₁₀', 'α']);
    expect(subscript(118)).toBe('₁₁₈');
  });

  it('writes a function with superscripts, implicit products and real minus signs', () => {
    expect(displayFunction('x^2 + y^2', ['x', 'y'])).toBe('x² + y²');
    expect(displayFunction('0.2*x1^2 + x2^2', ['x1', 'x2'])).toBe('0.2x₁² + x₂²');
    expect(displayFunction('x*cos(x) + 9', ['x'])).toBe('x·cos(x) + 9');
    expect(displayFunction('theta^2 + 4*theta + 5', ['theta'])).toBe('θ² + 4θ + 5');
    expect(displayFunction('x^2 - 4*x + 5', ['x'])).toBe('x² − 4x + 5');
    expect(displayFunction('-x^2*exp(-x)', ['x'])).toBe('−x²·exp(−x)');
  });
});
