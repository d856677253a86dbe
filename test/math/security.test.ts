/**
 * Hostile learner input, in the spirit of MathLive's test/security.test.ts.
 *
 * The checker reads text into a tiny tree (numbers, symbols, arithmetic, calls
 * of allow-listed functions) and evaluates that tree itself: nothing a learner
 * types can name a property, assign, define, call out or run code, and no input
 * can hang a check or blow the stack. Each test below names the rule it pins.
 *
 * Every check here goes through `hostile()`, which asserts that it does not
 * throw, gives one of the six verdicts, finishes within a generous safety bound
 * (not a benchmark) and leaves every global as it found it.
 */
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import {
  ExpectedAnswerError,
  LIMITS,
  check,
  judge,
  prepare,
  read,
  toText,
  type CheckRequest,
  type Verdict,
} from '../../src/math/index.js';

/** A safety bound per check, not a benchmark (see fuzz.test.ts): generous, so load never makes it flaky. */
const BOUND_MS = 2000;
const VERDICTS = ['correct', 'incorrect', 'unknown-symbol', 'imprecise', 'unreadable', 'empty'];
const CANARY = '__gdTutorSecurityCanary';
const CANARY_VALUE = 'untouched';

/** Everything learner text might reach if it ever escaped into JavaScript. */
function globalState() {
  const keys = (o: object): string[] => Reflect.ownKeys(o).map(String).sort();
  return {
    globals: keys(globalThis),
    objectPrototype: keys(Object.prototype),
    functionPrototype: keys(Function.prototype),
    arrayPrototype: keys(Array.prototype),
    stringPrototype: keys(String.prototype),
    canary: (globalThis as Record<string, unknown>)[CANARY],
    exitCode: process.exitCode,
    polluted: ({} as Record<string, unknown>).polluted,
  };
}

let exit: MockInstance<typeof process.exit>;
let before: ReturnType<typeof globalState>;

beforeAll(() => {
  (globalThis as Record<string, unknown>)[CANARY] = CANARY_VALUE;
  exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
    throw new Error(`process.exit(${String(code)}) was called`);
  });
  before = globalState();
});

afterAll(() => {
  expect(exit).not.toHaveBeenCalled();
  exit.mockRestore();
  expect(globalState()).toEqual(before);
  expect((globalThis as Record<string, unknown>)[CANARY]).toBe(CANARY_VALUE);
  Reflect.deleteProperty(globalThis, CANARY);
});

/** The exercise most tests answer: d/dx of x², with x and y declared. */
const EXPR = { kind: 'expr', expected: '2x', vars: ['x', 'y'] } as const;
const VALUE = { kind: 'value', expected: '2.5' } as const;

/** Checks one hostile request: never throws, one of six verdicts, within the bound, no global touched. */
function hostile(request: CheckRequest): Verdict {
  const state = globalState();
  const start = performance.now();
  const verdict = check(request);
  const elapsed = performance.now() - start;
  expect(elapsed, `check took ${elapsed.toFixed(1)} ms`).toBeLessThan(BOUND_MS);
  expect(VERDICTS).toContain(verdict.verdict);
  if (verdict.verdict === 'unreadable') {
    expect(verdict.range.start).toBeGreaterThanOrEqual(0);
    expect(verdict.range.start).toBeLessThanOrEqual(verdict.range.end);
    expect(verdict.range.end).toBeLessThanOrEqual(request.answer.length);
  }
  expect(globalState()).toEqual(state);
  expect(exit).not.toHaveBeenCalled();
  return verdict;
}

const answer = (text: string, exercise: Omit<CheckRequest, 'answer'> = EXPR): Verdict =>
  hostile({ ...exercise, answer: text });

const unreadableAt = (c: string, start: number) => ({
  verdict: 'unreadable',
  message: `The character “${c}” can't be read here.`,
  range: { start, end: start + c.length },
});

const unknownSymbol = (name: string) => ({
  verdict: 'unknown-symbol',
  symbols: [name],
  message: `${name} is not a variable of this exercise (the variables are x, y).`,
});

const NESTED = 'This is nested too deeply to read (more than 40 levels); simplify it first.';
const TOO_LONG = `This is longer than ${LIMITS.answerLength} characters; shorten it.`;

// ---- mathjs-style escapes ----------------------------------------------------

describe('mathjs-style escapes are read as arithmetic, never run', () => {
  it.each([
    ['x.constructor("return process")()', '.', 1],
    ['constructor.constructor("return this")()', '.', 11],
    ['__proto__', '_', 0],
    ['import("fs")', '"', 7],
    ['createUnit("foo")', '"', 11],
    ['evaluate("1+1")', '"', 9],
    ['parse("x")', '"', 6],
    ['typed("f", {"number": f})', '"', 6],
    ['x["y"]', '"', 2],
    ['process.exit()', '.', 7],
    ['globalThis.process', '.', 10],
    ["require('fs')", "'", 8],
    ['eval("1")', '"', 5],
    ['Function("return 1")', '"', 9],
  ] as const)('no strings, dots or quotes exist in the grammar: %s is unreadable at “%s”', (text, c, start) => {
    expect(answer(text)).toEqual(unreadableAt(c, start));
  });

  it.each([
    'constructor',
    'globalThis',
    'process',
    'require',
    'eval',
    'Function',
    'import',
    'createUnit',
    'evaluate',
    'config',
    'typed',
    'window',
    'this',
    'prototype',
    'toString',
    'valueOf',
    'hasOwnProperty',
    'Infinity',
    'NaN',
  ])('a name is a symbol, never a property or a global: %s is an unknown variable', (name) => {
    const v = answer(name);
    expect(v).toMatchObject(unknownSymbol(name));
    expect(v.verdict === 'unknown-symbol' && toText(v.read)).toBe(name);
  });

  it('constructor is an unknown symbol (its own verdict), read as the symbol it spells', () => {
    expect(answer('constructor')).toEqual({
      ...unknownSymbol('constructor'),
      latex: '\\mathrm{constructor}',
      read: { type: 'symbol', name: 'constructor' },
    });
  });

  it('where a number is expected, constructor is a stray symbol (not-a-number)', () => {
    expect(answer('constructor', VALUE)).toMatchObject({
      verdict: 'incorrect',
      reason: 'not-a-number',
      message: 'A number is expected, but your answer contains constructor.',
    });
  });

  it.each(['createUnit(x)', 'evaluate(x)', 'constructor(x)', 'require(x)', 'config(x)', 'typed(x)'])(
    'only allow-listed functions are called: %s is a product of an unknown symbol and x',
    (text) => {
      const name = text.slice(0, text.indexOf('('));
      const v = answer(text);
      expect(v).toMatchObject(unknownSymbol(name));
      expect(v.verdict === 'unknown-symbol' && toText(v.read)).toBe(`${name}*x`);
    },
  );

  it('config({}) is unreadable: an object literal is a pair of empty brackets', () => {
    expect(answer('config({})')).toEqual({
      verdict: 'unreadable',
      message: 'These brackets are empty.',
      range: { start: 7, end: 9 },
    });
  });

  it.each([
    ['f(x) = x', 'x', 'incorrect'],
    ['f(x) = 2x', '2*x', 'correct'],
    ['a = 2', '2', 'incorrect'],
    ['__proto__ = 1', '1', 'incorrect'],
    ['constructor.prototype.polluted = 1', '1', 'incorrect'],
    ['Object.prototype.polluted = x', 'x', 'incorrect'],
  ] as const)('nothing is defined or assigned: %s is read as its right side, %s', (text, readAs, verdict) => {
    const v = answer(text);
    expect(v.verdict).toBe(verdict);
    expect(v.verdict !== 'unreadable' && v.verdict !== 'empty' && toText(v.read)).toBe(readAs);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('[1,2][0] does not index: two vectors side by side are an unreadable product', () => {
    expect(answer('[1,2][0]')).toEqual({
      verdict: 'unreadable',
      message: 'Two vectors cannot be multiplied here; multiply each component instead.',
      range: { start: 0, end: 8 },
    });
  });

  it('x[0] does not index: it is x times the vector (0), not a scalar', () => {
    expect(answer('x[0]')).toMatchObject({ verdict: 'incorrect', reason: 'vector-for-scalar' });
  });
});

// ---- markup ------------------------------------------------------------------

describe('markup is not math: template, HTML and LaTeX injection', () => {
  it.each([
    ['<script>alert(1)</script>', 'Something is missing before “/”.', 17],
    ['<img src=x onerror=alert(1)>', 'This “>” has no matching opening bracket.', 27],
  ] as const)('angle brackets are vector brackets, so %s is unreadable', (text, message, start) => {
    expect(answer(text)).toEqual({ verdict: 'unreadable', message, range: { start, end: start + 1 } });
  });

  it.each([
    ['\\href{javascript:alert(1)}{x}', '\\'],
    ['\\frac{1}{2}', '\\'],
    ['${1+1}', '$'],
    ['`${x}`', '`'],
  ] as const)('LaTeX commands and template literals are unreadable: %s at its first character', (text, c) => {
    expect(answer(text)).toEqual(unreadableAt(c, 0));
  });

  it('the preview LaTeX holds only what was read: javascript is a symbol in \\mathrm', () => {
    expect(answer('javascript')).toMatchObject({ verdict: 'unknown-symbol', latex: '\\mathrm{javascript}' });
  });

  it('<x, y> is a vector, previewed with \\left( \\right), never with raw angle brackets', () => {
    expect(answer('<x, y>')).toMatchObject({
      verdict: 'incorrect',
      reason: 'vector-for-scalar',
      latex: '\\left(x, y\\right)',
    });
  });
});

// ---- resource attacks --------------------------------------------------------

const NESTED_PARENS = '('.repeat(5000) + 'x' + ')'.repeat(5000);
const SUM_100KB = 'x' + '+x'.repeat(50_000);
const MINUSES = '-'.repeat(10_000) + 'x';

describe('resource attacks end within the bound', () => {
  it.each([
    ['factorial(100000)', 'factorial(100000)'],
    ['100000!', 'factorial(100000)'],
    ['9^9^9^9^9', '9^(9^(9^(9^9)))'],
  ])('huge numbers are not computed, they overflow: %s has no finite value', (text, readAs) => {
    const v = answer(text, VALUE);
    expect(v).toMatchObject({ verdict: 'incorrect', reason: 'off-value', message: 'Your answer has no finite value.' });
    expect(v.verdict === 'incorrect' && toText(v.read)).toBe(readAs);
    expect(answer(text).verdict).toBe('incorrect');
  });

  it('powers are evaluated, not expanded: (x+1)^1000000 is simply not 2x', () => {
    expect(answer('(x+1)^1000000').verdict).toBe('incorrect');
    expect(answer('(x+1)^1000000', { kind: 'expr', expected: '(x+1)^1000000', vars: ['x'] }).verdict).toBe('correct');
  });

  it.each([
    ['5,000 nested parentheses', NESTED_PARENS],
    ['a 100 KB sum', SUM_100KB],
    ['10,000 unary minuses', MINUSES],
    ['2,000 letters of xyxy…', 'xy'.repeat(1000)],
  ])(`answers are cut at ${LIMITS.answerLength} characters: %s is too long to read`, (_, text) => {
    expect(answer(text)).toEqual({
      verdict: 'unreadable',
      message: TOO_LONG,
      range: { start: LIMITS.answerLength, end: text.length },
    });
  });

  it('nesting is bounded: 40 brackets are read, 41 are not, and neither are 240', () => {
    const nest = (n: number) => '('.repeat(n) + 'x' + ')'.repeat(n);
    expect(answer(nest(40)).verdict).toBe('incorrect');
    expect(answer(nest(41))).toEqual({ verdict: 'unreadable', message: NESTED, range: { start: 40, end: 41 } });
    expect(answer(nest(240))).toEqual({ verdict: 'unreadable', message: NESTED, range: { start: 40, end: 41 } });
  });

  it('unary signs are bounded: 40 minuses are read, 41 and 499 are not', () => {
    expect(answer('-'.repeat(40) + 'x').verdict).toBe('incorrect');
    expect(answer('-'.repeat(41) + 'x')).toEqual({
      verdict: 'unreadable',
      message: NESTED,
      range: { start: 40, end: 41 },
    });
    expect(answer('-'.repeat(499) + 'x')).toMatchObject({ verdict: 'unreadable', message: NESTED });
  });

  it('towers of powers are bounded: 9^9^…^9 in 491 characters is unreadable', () => {
    expect(answer('9' + '^9'.repeat(245))).toMatchObject({ verdict: 'unreadable', message: NESTED });
  });

  it('a long sum is read and judged: 250 x’s are 250x', () => {
    const sum = 'x' + '+x'.repeat(249);
    expect(sum.length).toBeLessThanOrEqual(LIMITS.answerLength);
    expect(answer(sum, { kind: 'expr', expected: '250x', vars: ['x', 'y'] }).verdict).toBe('correct');
  });

  it('a long run of factorials nests like brackets and is refused past the depth bound: x!!!…! (499 of them)', () => {
    expect(answer('x' + '!'.repeat(499))).toMatchObject({
      verdict: 'unreadable',
      message: 'This is nested too deeply to read (more than 40 levels); simplify it first.',
    });
    expect(answer('3!!').verdict).toBe('incorrect');
  });

  it('a run of declared letters is split: xy repeated 12 times is x¹²y¹²', () => {
    expect(answer('xy'.repeat(12), { kind: 'expr', expected: 'x^12 y^12', vars: ['x', 'y'] }).verdict).toBe('correct');
  });

  it('runs longer than 24 letters are never split: they are one unknown symbol', () => {
    expect(answer('xy'.repeat(13))).toMatchObject(unknownSymbol('xy'.repeat(13)));
    expect(answer('xy'.repeat(250))).toMatchObject({ verdict: 'unknown-symbol' });
  });

  it('aaaa…ab with a and aa declared is one unknown symbol, found without backtracking through every split', () => {
    const exercise = { kind: 'expr', expected: 'a', vars: ['a', 'aa'] } as const;
    const name = 'a'.repeat(40) + 'b';
    expect(answer(name, exercise)).toMatchObject({ verdict: 'unknown-symbol' });
  });

  it.each([[['a', 'aa']], [['a', 'aa', 'aaa']]])(
    'the longest run that is still split (24 letters) ends within the bound, with %j declared',
    (vars) => {
      const exercise = { kind: 'expr', expected: 'a', vars } as const;
      expect(answer('a'.repeat(23) + 'b', exercise)).toMatchObject({ verdict: 'unknown-symbol' });
    },
  );
});

describe('the depth bound holds without the length bound (read with no maxLength)', () => {
  /** Reads with no length limit: only the depth bound stands between the text and the stack. */
  function unbounded(text: string) {
    const start = performance.now();
    const result = read(text, { variables: ['x', 'y'], maxLength: Infinity });
    expect(performance.now() - start).toBeLessThan(BOUND_MS);
    return result;
  }

  it.each([
    ['5,000 nested parentheses', NESTED_PARENS],
    ['10,000 unary minuses', MINUSES],
    ['5,000 nested sin(', 'sin('.repeat(5000) + 'x' + ')'.repeat(5000)],
    ['5,000 nested |', '|'.repeat(5000) + 'x' + '|'.repeat(5000)],
  ])('%s are not read, and nothing throws', (_, text) => {
    expect(unbounded(text).ok).toBe(false);
  });

  it('a 100 KB sum is flat, not deep: it is read', () => {
    expect(unbounded(SUM_100KB).ok).toBe(true);
  });

  it('the exponent of a function power (sin^-…-2 x) is bounded like any other: 100,000 minuses are not read', () => {
    expect(unbounded('sin^' + '-'.repeat(100_000) + '2 x')).toMatchObject({ ok: false, error: { message: NESTED } });
  });
});

describe('teacher text is bounded too (prepare)', () => {
  it('expected answers are cut at the expression length', () => {
    const prepared = prepare('expr', NESTED_PARENS, ['x']);
    expect(prepared.ok).toBe(false);
    expect(!prepared.ok && prepared.message).toContain(`longer than ${LIMITS.expressionLength} characters`);
  });

  it('a hostile expected answer is the caller’s error, thrown as ExpectedAnswerError', () => {
    expect(() => check({ kind: 'expr', expected: 'constructor', answer: 'x', vars: ['x'] })).toThrow(
      ExpectedAnswerError,
    );
    expect(() => check({ kind: 'expr', expected: 'x.constructor', answer: 'x', vars: ['x'] })).toThrow(
      ExpectedAnswerError,
    );
  });

  it('a 4,000-character expected answer prepares once and judges hostile answers within the bound', () => {
    const prepared = prepare('expr', 'x' + '+x'.repeat(1999), ['x']);
    if (!prepared.ok) throw new Error(prepared.message);
    for (const text of ['2000x', 'constructor', SUM_100KB, '(x+1)^1000000', '100000!']) {
      const start = performance.now();
      const v = judge(prepared.expectation, text);
      expect(performance.now() - start).toBeLessThan(BOUND_MS);
      expect(VERDICTS).toContain(v.verdict);
    }
    expect(judge(prepared.expectation, '2000x').verdict).toBe('correct');
  });

  it('a deep chain of postfix factorials (x!!!…!, 3,999 of them) is an error or a verdict, never a stack overflow', () => {
    const factorials = 'x' + '!'.repeat(LIMITS.expressionLength - 1);
    expect(() => prepare('expr', factorials, ['x'])).not.toThrow();
    expect(() => prepare('value', factorials.replace('x', '2'))).not.toThrow();
    let thrown: unknown = undefined;
    try {
      check({ kind: 'expr', expected: factorials, answer: 'x', vars: ['x'] });
    } catch (e) {
      thrown = e;
    }
    expect(thrown === undefined || thrown instanceof ExpectedAnswerError, String(thrown)).toBe(true);
  });
});

// ---- invisible and broken characters -----------------------------------------

describe('invisible, reordering and broken characters are pointed at, never skipped', () => {
  it.each([
    ['zero-width space', 'x\u200by', '\u200b', 1],
    ['zero-width joiner', 'x\u200dy', '\u200d', 1],
    ['right-to-left override', 'x\u202ey', '\u202e', 1],
    ['leading right-to-left override', '\u202e2x', '\u202e', 0],
    ['left-to-right isolate', '\u2066x\u2069', '\u2066', 0],
    ['byte-order mark', '\ufeff2x', '\ufeff', 0],
    ['lone zero-width space', '\u200b', '\u200b', 0],
    ['lone high surrogate', '\ud800', '\ud800', 0],
    ['high surrogate at the end', '2x\ud83d', '\ud83d', 2],
    ['lone low surrogate', 'x+\udc00', '\udc00', 2],
    ['surrogates in the wrong order', '\udc00\ud800', '\udc00', 0],
    ['a NUL byte', 'x\u0000', '\u0000', 1],
    ['a lone NUL byte', '\u0000', '\u0000', 0],
    ['a NUL byte mid-expression', '2\u0000+x', '\u0000', 1],
    ['a math italic x (astral)', '𝑥', '𝑥', 0],
  ] as const)('%s is unreadable where it stands', (_, text, c, start) => {
    expect(answer(text)).toEqual(unreadableAt(c, start));
  });

  it('only whitespace, including no-break and em spaces, is empty', () => {
    expect(answer('\u00a0\u2003\t\n')).toEqual({ verdict: 'empty', message: 'Type an answer first.' });
  });
});

// ---- everything at once ------------------------------------------------------

const EVERYTHING = [
  'constructor',
  'x.constructor("return process")()',
  '__proto__',
  'import("fs")',
  'createUnit("foo")',
  'evaluate("1+1")',
  'parse("x")',
  'config({})',
  'typed("f", {"number": f})',
  'f(x) = x',
  'a = 2',
  '[1,2][0]',
  'x["y"]',
  'process.exit()',
  "require('fs')",
  'eval("1")',
  'Function("return 1")',
  'globalThis',
  '<script>alert(1)</script>',
  '\\href{javascript:alert(1)}{x}',
  '${1+1}',
  'factorial(100000)',
  '100000!',
  '9^9^9^9^9',
  '(x+1)^1000000',
  NESTED_PARENS,
  SUM_100KB,
  MINUSES,
  'xy'.repeat(1000),
  'a'.repeat(40) + 'b',
  'x\u200by',
  'x\u202ey',
  '\ud800',
  'x\u0000',
];

describe('every hostile answer, against every kind of exercise', () => {
  const EXERCISES: readonly Omit<CheckRequest, 'answer'>[] = [
    EXPR,
    VALUE,
    { kind: 'vector', expected: '(3, 4)' },
    { kind: 'vector', expected: '(2x, 2y)', vars: ['x', 'y'] },
    { kind: 'expr', expected: 'a', vars: ['a', 'aa'] },
    { kind: 'value', expected: '2.4', tolerance: { places: 1, plainNumber: true } },
  ];

  it.each(EXERCISES.map((e) => [`${e.kind} ${e.expected} [${(e.vars ?? []).join(', ')}]`, e] as const))(
    '%s: one of six verdicts, within the bound, no global touched, the same by judge as by check',
    (_, exercise) => {
      const prepared = prepare(exercise.kind, exercise.expected, exercise.vars, exercise.tolerance);
      if (!prepared.ok) throw new Error(prepared.message);
      for (const text of EVERYTHING) {
        const v = answer(text, exercise);
        expect(judge(prepared.expectation, text)).toEqual(v);
        if ('latex' in v) expect(v.latex).not.toMatch(/[<>$"'`]|\\href/);
      }
    },
  );
});
