/**
 * The roots of a one-variable polynomial (src/content/critical-points.ts), which give a one-variable lesson its
 * critical points: checked on generated polynomials, products of (x − r) with whole and half roots, repeated or
 * not, as a teacher may write any of them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { polynomialRoots } from '../../src/content/critical-points.js';
import { read } from '../../src/math/index.js';

const root = fc.integer({ min: -12, max: 12 }).map((k) => k / 2);

describe('polynomialRoots', () => {
  it('finds each distinct root of a product of (x − r), exactly and in increasing order (generated)', () => {
    fc.assert(
      fc.property(fc.array(root, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 5 }), (roots, lead) => {
        const text = `${lead} * ${roots.map((r) => `(x - (${r}))`).join(' * ')}`;
        const r = read(text, { variables: ['x'] });
        if (!r.ok) throw new Error(r.error.message);
        const found = polynomialRoots(r.node, 'x');
        expect(found?.map((v) => v.exact !== undefined)).toEqual([...new Set(roots)].map(() => true));
        expect(found?.map((v) => v.number)).toEqual([...new Set(roots)].sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
  });

  it('gives a repeated root once: 3(x − 6)²(x − 2.5) has the roots 2.5 and 6 (it once gave 6 three times)', () => {
    const r = read('3 * (x - 6) * (x - 2.5) * (x - 6)', { variables: ['x'] });
    expect(r.ok && polynomialRoots(r.node, 'x')?.map((v) => v.number)).toEqual([2.5, 6]);
  });

  it('gives a triple root exactly and once: 5(x − 1.5)³(x − 1) has the roots 1 and 1.5 (not also 1.499982…)', () => {
    const r = read('5 * (x - 1.5) * (x - 1) * (x - 1.5) * (x - 1.5)', { variables: ['x'] });
    expect(r.ok && polynomialRoots(r.node, 'x')?.map((v) => v.number)).toEqual([1, 1.5]);
  });

  it('says a function that is not a polynomial has no polynomial roots: x^2 + sin(x)', () => {
    const r = read('x^2 + sin(x)', { variables: ['x'] });
    expect(r.ok && polynomialRoots(r.node, 'x')).toBeUndefined();
  });
});
