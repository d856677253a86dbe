/**
 * The 32-digit evaluator's shortcuts (cosh and sinh from one exponential,
 * x^(p/2) as a square root, n! in exact integers) give the values decimal.js
 * computes the long way, to well within the 22 digits a comparison uses.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, read } from '../../src/math/index.js';
import { evaluateExact } from '../../src/math/exact.js';
import { compilePrecise, evaluatePrecise } from '../../src/math/precise.js';

const SEED = Number(process.env.FUZZ_SEED ?? 0x70726563); // "prec"
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

/** The reference: decimal.js's own functions at 40 digits. */
const R = Decimal.clone({ precision: 40, maxE: 9e15, minE: -9e15 });

function precise(text: string, x: number): Decimal | undefined {
  const r = read(text, { variables: ['x'] });
  if (!r.ok) throw new Error(text);
  return evaluatePrecise(compilePrecise(r.node, ['x']), [x]);
}

/** Relative difference to the reference, as a number. */
function gap(ours: Decimal | undefined, reference: Decimal): number {
  if (!ours) return Infinity;
  const diff = new R(ours.toString()).minus(reference).abs();
  return diff.div(R.max(reference.abs(), 1e-300)).toNumber();
}

const xs = fc.oneof(
  fc.double({ min: -1, max: 1, noNaN: true }),
  fc.double({ min: -1000, max: 1000, noNaN: true }),
  fc.double({ min: -1e-6, max: 1e-6, noNaN: true }),
);

describe('the precise evaluator agrees with decimal.js computed the long way', () => {
  it('cosh x and sinh x (and sech, csch) to 30 digits, small, large and either sign', () => {
    fc.assert(
      fc.property(xs, (x) => {
        const d = new R(x);
        expect(gap(precise('cosh(x)', x), d.cosh())).toBeLessThan(1e-30);
        expect(gap(precise('sech(x)', x), R.div(1, d.cosh()))).toBeLessThan(1e-30);
        if (x !== 0) {
          expect(gap(precise('sinh(x)', x), d.sinh())).toBeLessThan(1e-30);
          expect(gap(precise('csch(x)', x), R.div(1, d.sinh()))).toBeLessThan(1e-30);
        } else expect(precise('sinh(x)', x)?.isZero()).toBe(true);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('x^(p/2) for odd p to 30 digits where x ≥ 0, and undefined where x < 0', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 50, noNaN: true }).map((x) => x + 0), // −0 is 0 here
        fc.integer({ min: -9, max: 9 }).map((k) => 2 * k + 1),
        (x, p) => {
          const ours = precise(`x^(${p}/2)`, x);
          if (x < 0 || (x === 0 && p < 0)) expect(ours).toBeUndefined();
          else if (x === 0) expect(ours?.isZero()).toBe(true);
          else expect(gap(ours, new R(x).pow(new R(p).div(2)))).toBeLessThan(1e-30);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('x^0.5 is √x too, however the half is written', () => {
    expect(precise('x^0.5', 2)?.toString()).toBe(precise('sqrt(x)', 2)?.toString());
    expect(precise('x^(-1/2)', 4)?.toString()).toBe('0.5');
  });
});

describe('factorials of whole numbers are exact', () => {
  it('n! up to 300 exactly, and nothing beyond the size bound or off the integers', () => {
    const node = (text: string) => {
      const r = read(text);
      if (!r.ok) throw new Error(text);
      return r.node;
    };
    expect(evaluateExact(node('factorial(5)'))).toEqual({ n: 120n, d: 1n });
    expect(evaluateExact(node('factorial(200)/factorial(199)'))).toEqual({ n: 200n, d: 1n });
    let f = 1n;
    for (let k = 2n; k <= 300n; k++) f *= k;
    expect(evaluateExact(node('factorial(300)'))).toEqual({ n: f, d: 1n });
    expect(evaluateExact(node('factorial(301)'))).toBeUndefined();
    expect(evaluateExact(node('factorial(2.5)'))).toBeUndefined();
    expect(evaluateExact(node('factorial(-1)'))).toBeUndefined();
  });

  it('so quotients of factorials beyond doubles are judged exactly', () => {
    const judge = (expected: string, answer: string) => check({ kind: 'expr', expected, answer }).verdict;
    expect(judge('factorial(200)/factorial(199)', '200')).toBe('correct');
    expect(judge('factorial(250)/factorial(248)', '250*249')).toBe('correct');
    expect(judge('factorial(200)/factorial(199)', '201')).toBe('incorrect');
    expect(judge('factorial(200)/factorial(199)', '200.0000000001')).not.toBe('correct');
  });
});
