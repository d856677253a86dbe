/**
 * The 32-digit evaluator's shortcuts (e^x, ln x, sin x and cos x in binary fixed point,
 * cosh and sinh from one exponential, x^(p/2) as a square root, n! in exact
 * integers) give the values decimal.js computes the long way, to well within
 * the 22 digits a comparison uses.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, read } from '../../src/math/index.js';
import { evaluateExact } from '../../src/math/exact.js';
import { fastExp, fastLn } from '../../src/math/precise-exp-log.js';
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

  it('e^x and ln x to 31 digits, from 1e-30 to 10^15 in size, both signs', () => {
    const D32 = Decimal.clone({ precision: 32, maxE: 9e15, minE: -9e15 });
    const sized = fc
      .tuple(fc.double({ min: 1, max: 10, noNaN: true }), fc.integer({ min: -30, max: 15 }), fc.boolean())
      .map(([m, e, negative]) => `${negative ? '-' : ''}${m}e${e}`);
    fc.assert(
      fc.property(sized, (x) => {
        expect(gap(fastExp(D32, new D32(x)) ?? new D32(x).exp(), new R(x).exp())).toBeLessThan(1e-31);
        if (!x.startsWith('-')) {
          const ours = fastLn(D32, new D32(x));
          // Undefined only where decimal.js is asked instead: near ln x = 0.
          if (ours) expect(gap(ours, new R(x).ln())).toBeLessThan(1e-31);
          else expect(Math.abs(Math.log(Number(x)))).toBeLessThan(0.01);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('log₁₀ and log₂ of whole powers are whole; other powers to 30 digits', () => {
    expect(precise('log10(x)', 1000)?.toString()).toBe('3');
    expect(precise('log10(x)', 0.001)?.toString()).toBe('-3');
    expect(precise('log2(x)', 1024)?.toString()).toBe('10');
    expect(gap(precise('log10(x)', 7), new R(7).log(10))).toBeLessThan(1e-30);
    expect(gap(precise('10^x', Math.log10(7)), new R(10).pow(Math.log10(7)))).toBeLessThan(1e-30);
    expect(gap(precise('x^(1/5)', 32), new R(2))).toBeLessThan(1e-30);
    // e^(t·ln b) with t·ln b = 622: the product's last digit costs ~600× more, still far below 1e-22.
    expect(gap(precise('x^2.7', 1e100), new R('1e270'))).toBeLessThan(1e-27);
  });

  it('sin, cos, tan, sec, csc, cot to 30 digits, from 1e-20 to 1e11 in size', () => {
    const sized = fc
      .tuple(fc.double({ min: 1, max: 10, noNaN: true }), fc.integer({ min: -20, max: 11 }), fc.boolean())
      .map(([m, e, negative]) => Number(`${negative ? '-' : ''}${m}e${e}`));
    fc.assert(
      fc.property(sized, (x) => {
        const d = new R(x);
        expect(gap(precise('sin(x)', x), d.sin())).toBeLessThan(1e-30);
        expect(gap(precise('cos(x)', x), d.cos())).toBeLessThan(1e-30);
        expect(gap(precise('tan(x)', x), d.tan())).toBeLessThan(1e-30);
        expect(gap(precise('sec(x)', x), R.div(1, d.cos()))).toBeLessThan(1e-30);
        expect(gap(precise('csc(x)', x), R.div(1, d.sin()))).toBeLessThan(1e-30);
        expect(gap(precise('cot(x)', x), d.cos().div(d.sin()))).toBeLessThan(1e-30);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // At multiples of π/2 (as far as 32 digits know π): still to 30 digits.
    const halfPi = new R(Math.PI).div(2);
    for (const k of [1, 2, 3, 4, 7, 1000]) {
      const x = halfPi.times(k).toNumber();
      expect(gap(precise('sin(x)', x), new R(x).sin())).toBeLessThan(1e-30);
      expect(gap(precise('cos(x)', x), new R(x).cos())).toBeLessThan(1e-30);
    }
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
