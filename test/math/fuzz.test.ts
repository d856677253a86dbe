/**
 * Property tests for the answer checker: whatever a learner types, `check`
 * answers with one of its six verdicts, quickly and reproducibly, and random
 * expressions are judged the way mathematics says they should be.
 *
 * Every property runs from a fixed seed, so a failure here is reproducible:
 * fast-check prints the seed, the path and the shrunk counterexample.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, judge, prepare, type CheckRequest, type Verdict } from '../../src/math/index.js';

/** Fixed for reproducibility; FUZZ_SEED and FUZZ_RUNS explore further without editing the file. */
const SEED = Number(process.env.FUZZ_SEED ?? 0x6d617468); // "math"
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const params = (offset: number): fc.Parameters<unknown> => ({ seed: SEED + offset, numRuns: RUNS });

/**
 * A safety bound per check, not a benchmark: no input may hang the checker. A check takes microseconds
 * (npm run bench); the bound is generous so that a loaded CI machine never makes it flaky, and still
 * separates "finishes" from "hangs".
 */
const BOUND_MS = 2000;
const VERDICTS = ['correct', 'incorrect', 'unknown-symbol', 'imprecise', 'unreadable', 'empty'];
const REASONS = [
  'not-equivalent',
  'different-domain',
  'off-value',
  'not-a-number',
  'not-a-vector',
  'vector-for-scalar',
  'wrong-length',
  'components',
  'undecided',
];

/** Runs one check, failing the property if it throws, takes too long, or breaks the verdict's shape. */
function timedCheck(request: CheckRequest): Verdict {
  const start = performance.now();
  const verdict = check(request);
  const elapsed = performance.now() - start;
  expect(elapsed, `check took ${elapsed.toFixed(1)} ms on ${JSON.stringify(request.answer)}`).toBeLessThan(BOUND_MS);
  expect(VERDICTS).toContain(verdict.verdict);
  switch (verdict.verdict) {
    case 'unreadable':
      expect(verdict.message).not.toBe('');
      expect(verdict.range.start).toBeGreaterThanOrEqual(0);
      expect(verdict.range.start).toBeLessThanOrEqual(verdict.range.end);
      expect(verdict.range.end).toBeLessThanOrEqual(request.answer.length);
      break;
    case 'incorrect':
      expect(REASONS).toContain(verdict.reason);
      expect(verdict.message).not.toBe('');
      expect(typeof verdict.latex).toBe('string');
      break;
    case 'correct':
      expect(typeof verdict.latex).toBe('string');
      break;
    case 'unknown-symbol':
      expect(verdict.symbols.length).toBeGreaterThan(0);
      for (const s of verdict.symbols) expect(verdict.message).toContain(s);
      break;
    case 'imprecise':
      expect(['too-few-figures', 'close']).toContain(verdict.reason);
      expect(verdict.message).not.toBe('');
      break;
    case 'empty':
      expect(request.answer.trim()).toBe('');
      break;
  }
  return verdict;
}

/** The verdict and, for an incorrect one, its reason: what a learner is told. */
const outcome = (v: Verdict): string => (v.verdict === 'incorrect' ? `incorrect:${v.reason}` : v.verdict);

// ---- arbitrary text ----------------------------------------------------------

/** The pieces a learner's keyboard (or a paste) produces when writing math: one character each, or a name. */
const MATH_UNITS = [...Array.from('0123456789xy+-*/^()[],.|!⟨⟩²₁θ−×· '), 'e', 'pi', 'sin', 'cos', 'log', 'sqrt'];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const anyCodePoint = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });

/** Any text at all: every code point, lone surrogates, and math-like runs of every length. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.oneof(anyCodePoint, loneSurrogate, fc.constantFrom(...MATH_UNITS)), maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...MATH_UNITS), maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(...MATH_UNITS), minLength: 100, maxLength: 200 }),
);

/** One exercise of each kind, each given whatever text the learner sends. */
const EXERCISES: readonly Omit<CheckRequest, 'answer'>[] = [
  { kind: 'expr', expected: '2x + sin(y)', vars: ['x', 'y'] },
  { kind: 'value', expected: '2.5' },
  { kind: 'vector', expected: '(3, 4)' },
  { kind: 'vector', expected: '(2x, 2y)', vars: ['x', 'y'] },
];

// ---- random expression trees -------------------------------------------------

type Tree =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'name'; readonly name: 'x' | 'y' | 'e' | 'pi' }
  | { readonly kind: 'neg'; readonly arg: Tree }
  | { readonly kind: 'binary'; readonly op: '+' | '-' | '*' | '/' | '^'; readonly left: Tree; readonly right: Tree }
  | { readonly kind: 'call'; readonly fn: 'sin' | 'cos' | 'exp' | 'log' | 'sqrt' | 'abs'; readonly arg: Tree };

const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', maxDepth: 5, withCrossShrink: true },
    fc.oneof(
      fc.integer({ min: 0, max: 9 }).map((value): Tree => ({ kind: 'number', value })),
      fc.constantFrom(0.5, 1.5, 2.25).map((value): Tree => ({ kind: 'number', value })),
      fc.constantFrom('x', 'y', 'x', 'y', 'e', 'pi').map((name): Tree => ({ kind: 'name', name })),
    ),
    tie('tree').map((arg): Tree => ({ kind: 'neg', arg })),
    fc
      .tuple(fc.constantFrom('+', '-', '*', '/', '^'), tie('tree'), tie('tree'))
      .map(([op, left, right]): Tree => ({ kind: 'binary', op, left, right })),
    fc
      .tuple(fc.constantFrom('sin', 'cos', 'exp', 'log', 'sqrt', 'abs'), tie('tree'))
      .map(([fn, arg]): Tree => ({ kind: 'call', fn, arg })),
  ),
}));

/** Prints a tree with every operand in brackets, so the text means exactly the tree. */
function print(t: Tree): string {
  switch (t.kind) {
    case 'number':
      return String(t.value);
    case 'name':
      return t.name;
    case 'neg':
      return `-(${print(t.arg)})`;
    case 'binary':
      return `(${print(t.left)})${t.op}(${print(t.right)})`;
    case 'call':
      return `${t.fn}(${print(t.arg)})`;
  }
}

/** Random expressions as text, short enough for the answer length limit once wrapped. */
const expression = tree.map(print).filter((text) => text.length <= 400);
const expressionTree = tree.filter((t) => print(t).length <= 400);

const FUNCTIONS = { sin: Math.sin, cos: Math.cos, exp: Math.exp, log: Math.log, sqrt: Math.sqrt, abs: Math.abs };

/** The tree's value by the textbook, independently of the checker (NaN or ±∞ where undefined). */
function valueOf(t: Tree, x: number, y: number): number {
  switch (t.kind) {
    case 'number':
      return t.value;
    case 'name':
      return { x, y, e: Math.E, pi: Math.PI }[t.name];
    case 'neg':
      return -valueOf(t.arg, x, y);
    case 'binary': {
      const [l, r] = [valueOf(t.left, x, y), valueOf(t.right, x, y)];
      return { '+': l + r, '-': l - r, '*': l * r, '/': l / r, '^': Math.pow(l, r) }[t.op];
    }
    case 'call':
      return FUNCTIONS[t.fn](valueOf(t.arg, x, y));
  }
}

/** Non-integer sample coordinates at the three scales the checker samples (±3, ±30, ±300). */
const GRID = [-251.7, -27.1, -2.71, -1.13, -0.37, 0.41, 1.29, 2.63, 26.9, 253.3];

/** The finite values of a tree over the grid: where it is defined, and how large it gets there. */
const definedValues = (t: Tree): number[] =>
  GRID.flatMap((x) => GRID.map((y) => valueOf(t, x, y))).filter((v) => Number.isFinite(v));

/**
 * Defined on a set the checker's random points find: enough numeric evidence
 * that no symbolic engine is needed (the checker itself asks for 4 points).
 */
const numericallyDefined = (t: Tree): boolean => definedValues(t).length >= 4;

const VARS = ['x', 'y'];
const selfCheck = (text: string): Verdict => timedCheck({ kind: 'expr', expected: text, answer: text, vars: VARS });

// ---- properties --------------------------------------------------------------

describe('any text gives one of the six verdicts, without throwing, within the bound', () => {
  it.each(EXERCISES.map((e) => [`${e.kind} ${e.expected}`, e] as const))('%s', (_, exercise) => {
    fc.assert(
      fc.property(anyText, (answer) => {
        timedCheck({ ...exercise, answer });
      }),
      params(1),
    );
  });

  it('random expressions too, and their vectors', () => {
    fc.assert(
      fc.property(expression, expression, (a, b) => {
        for (const exercise of EXERCISES) {
          timedCheck({ ...exercise, answer: a });
          timedCheck({ ...exercise, answer: `(${a}, ${b})` });
        }
      }),
      params(2),
    );
  });
});

describe('an expression judged against itself', () => {
  it('is readable, and correct unless the engine cannot decide (undefined everywhere)', () => {
    fc.assert(
      fc.property(expression, (text) => {
        const v = selfCheck(text);
        expect(v.verdict === 'correct' || (v.verdict === 'incorrect' && v.reason === 'undecided'), outcome(v)).toBe(
          true,
        );
      }),
      params(3),
    );
  });
});

describe('equivalent spellings of an expression get the verdict the expression itself gets', () => {
  const FORMS: readonly [string, (s: string) => string][] = [
    ['t + 0', (s) => `(${s})+0`],
    ['0 + t', (s) => `0+(${s})`],
    ['t - 0', (s) => `(${s})-0`],
    ['1*t', (s) => `1*(${s})`],
    ['t/1', (s) => `(${s})/1`],
    ['(t)', (s) => `((${s}))`],
    ['-(-t)', (s) => `-(-(${s}))`],
    ['t*2/2', (s) => `(${s})*2/2`],
  ];
  // Where t is defined the numbers decide, and they must agree exactly. Where t is
  // undefined at every point the checker tries, only the symbolic engine can speak,
  // and it need not see through every spelling (nerdamer leaves (−π/1.5)^(2x)·2/2 −
  // (−π/1.5)^(2x) unsimplified): an equivalent form may then be undecided, never wrong.
  it.each(FORMS)('%s', (_, form) => {
    fc.assert(
      fc.property(expressionTree, (t) => {
        const text = print(t);
        const self = outcome(selfCheck(text));
        const other = outcome(timedCheck({ kind: 'expr', expected: text, answer: form(text), vars: VARS }));
        if (numericallyDefined(t)) expect(other).toBe(self);
        else expect(['correct', 'incorrect:undecided']).toContain(other);
      }),
      params(4),
    );
  });
});

describe('an expression shifted by a constant', () => {
  // Values of 1e9 and more are compared with a relative float noise of 1e-9, under
  // which t + 1 and t agree (2^30 + 1 is judged equal to 2^30): the trees here stay
  // moderate wherever they are defined, so that a shift is a real difference.
  it('t ± c (c ≠ 0) is never judged correct against t where t is defined', () => {
    fc.assert(
      fc.property(expressionTree, fc.constantFrom('+', '-'), fc.constantFrom('1', '0.5', '2', '7'), (t, sign, c) => {
        const values = definedValues(t);
        fc.pre(values.length >= 4 && values.every((v) => Math.abs(v) < 1e6));
        const text = print(t);
        expect(selfCheck(text).verdict).toBe('correct');
        const v = timedCheck({ kind: 'expr', expected: text, answer: `(${text})${sign}${c}`, vars: VARS });
        expect(v.verdict).toBe('incorrect');
      }),
      params(5),
    );
  });
});

describe('verdicts are deterministic', () => {
  it('the same request twice gives deep-equal results, by check and by judge', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, expression), fc.constantFrom(...EXERCISES), (answer, exercise) => {
        const request = { ...exercise, answer };
        expect(timedCheck(request)).toEqual(timedCheck(request));
        const prepared = prepare(exercise.kind, exercise.expected, exercise.vars);
        if (!prepared.ok) throw new Error(prepared.message);
        expect(judge(prepared.expectation, answer)).toEqual(check(request));
      }),
      params(6),
    );
  });

  it('a random expression judged against itself twice gives deep-equal results', () => {
    fc.assert(
      fc.property(expression, (text) => {
        expect(selfCheck(text)).toEqual(selfCheck(text));
      }),
      params(7),
    );
  });
});
