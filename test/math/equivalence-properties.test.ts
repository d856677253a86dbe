/**
 * The laws of equivalence, over generated expressions: an answer that differs
 * from the expected one on a set of positive measure is never judged correct,
 * however small or far out the difference; an answer rewritten by a rule that
 * keeps its value (expand, factor, log and exp rules on the positive domain,
 * trigonometric and hyperbolic identities) is always judged correct.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/math/index.js';

const SEED = Number(process.env.FUZZ_SEED ?? 0x65717576); // "equv"
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const VARS = ['x', 'y'];

const verdict = (expected: string, answer: string) => check({ kind: 'expr', expected, answer, vars: VARS }).verdict;

/** Small expressions over x and y, defined everywhere: the bricks of f. */
const term: fc.Arbitrary<string> = fc
  .letrec<{ t: string }>((tie) => ({
    t: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom('x', 'y', '2', '3', '0.5', 'x^2', 'sin(x)', 'cos(y)', 'exp(x/10)', 'sigmoid(y)', 'atan(x)'),
      fc.tuple(tie('t'), tie('t')).map(([a, b]) => `(${a}) + (${b})`),
      fc.tuple(tie('t'), tie('t')).map(([a, b]) => `(${a})*(${b})`),
      tie('t').map((a) => `sin(${a})`),
      tie('t').map((a) => `cosh(${a}/10)`),
    ),
  }))
  .t.filter((t) => t.length < 120);

/** A positive expression (for log rules). */
const positive = term.map((t) => `((${t})^2 + 1)`);

/** Differences that are nonzero on a set of positive measure, some tiny near 0 or zero on one side. */
const difference = fc.oneof(
  fc.constantFrom(
    'x',
    'y',
    '1',
    'x*y',
    'sin(x)',
    '10^(-6) x^3',
    'relu(x - 40)',
    'abs(y - 7) - (y - 7)',
    'exp(x - 60)',
    '(x/30)^12',
    'heaviside(x - 30)',
  ),
  fc.integer({ min: 1, max: 9 }).map((k) => `${k}/1000`),
);

const rewrites: fc.Arbitrary<[string, string]>[] = [
  fc.tuple(term, term).map(([p, q]) => [`((${p}) + (${q}))^2`, `(${p})^2 + 2(${p})(${q}) + (${q})^2`]),
  fc.tuple(term, term, term).map(([a, p, q]) => [`(${a})*(${p}) + (${a})*(${q})`, `(${a})((${p}) + (${q}))`]),
  fc.tuple(positive, positive).map(([p, q]) => [`log(${p}*${q})`, `log(${p}) + log(${q})`]),
  fc.tuple(positive, fc.integer({ min: 2, max: 5 })).map(([p, k]) => [`log(${p}^${k})`, `${k} log(${p})`]),
  fc.tuple(term, term).map(([p, q]) => [`exp((${p})/10 + (${q})/10)`, `exp((${p})/10) exp((${q})/10)`]),
  term.map((p) => [`sin(2(${p}))`, `2 sin(${p}) cos(${p})`]),
  term.map((p) => [`cos(${p})^2`, `1 - sin(${p})^2`]),
  term.map((p) => [`cos(2(${p}))`, `cos(${p})^2 - sin(${p})^2`]),
  term.map((p) => [`1`, `cosh((${p})/10)^2 - sinh((${p})/10)^2`]),
  term.map((p) => [`sigmoid(-(${p}))`, `1 - sigmoid(${p})`]),
];

describe('equivalence over generated expressions', () => {
  // d is scaled by 1 + f² so that it is not lost below f's own rounding (README: what sampling cannot see).
  it('never judges f + d·(1 + f²) correct against f, where d ≠ 0 on a set of positive measure', () => {
    fc.assert(
      fc.property(term, difference, fc.constantFrom(1, -1, 3), (f, d, c) => {
        expect(verdict(f, `${f} + ${c}*(${d})*(1 + (${f})^2)`)).not.toBe('correct');
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('never judges c·f correct against f (c ≠ 1), nor f against f + f, when f is not 0', () => {
    fc.assert(
      fc.property(term, fc.constantFrom('2', '-1', '1.001', '0.999'), (f, c) => {
        fc.pre(verdict('0', f) !== 'correct');
        expect(verdict(f, `${c}*(${f})`)).not.toBe('correct');
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });

  it('judges every value-preserving rewrite correct: expand, factor, log/exp rules, trig and hyperbolic identities', () => {
    fc.assert(
      fc.property(fc.oneof(...rewrites), ([before, after]) => {
        expect(verdict(before, after)).toBe('correct');
        expect(verdict(after, before)).toBe('correct');
      }),
      { seed: SEED + 2, numRuns: RUNS },
    );
  });

  it('judges a form that cancels in doubles equal to its textbook form: the engine’s derivative of a cross-entropy', () => {
    // d/dz −log(1 − σ(−z)), as a symbolic engine writes it, divides by 1 − 1/(eᶻ + 1): 0 in doubles for z ≲ −37,
    // and only a few digits right for −37 ≲ z ≲ −18. It is −σ(−z) = σ(z) − 1 everywhere.
    const affine = fc.tuple(fc.constantFrom('1', '2', '0.5', '-1', '3'), fc.constantFrom('0', '1', '-2', '0.25'));
    fc.assert(
      fc.property(affine, ([a, b]) => {
        const z = `(${a}*x + ${b})`;
        const engine = `-${a}*exp(${z})/(exp(${z}) + 1)^2/(1 - 1/(exp(${z}) + 1))`;
        expect(verdict(engine, `-${a}*sigmoid(-${z})`)).toBe('correct');
        expect(verdict(engine, `${a}*(sigmoid(${z}) - 1)`)).toBe('correct');
        expect(verdict(engine, `-${a}/(e^${z} + 1)`)).toBe('correct');
        expect(verdict(engine, `${a}*sigmoid(-${z})`)).toBe('incorrect');
        expect(verdict(engine, `-${a}*sigmoid(${z})`)).toBe('incorrect');
      }),
      { seed: SEED + 3, numRuns: 30 },
    );
  });
});
