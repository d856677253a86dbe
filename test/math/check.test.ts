import { describe, expect, it } from 'vitest';
import { check, ExpectedAnswerError, type CheckRequest } from '../../src/math/index.js';

const verdictOf = (request: CheckRequest) => {
  const v = check(request);
  return v.verdict === 'incorrect' ? `incorrect:${v.reason}` : v.verdict;
};
const expr = (expected: string, answer: string, vars = ['x', 'y']) =>
  verdictOf({ kind: 'expr', expected, answer, vars });

describe('expressions are judged by equivalence, never by their text', () => {
  it.each(['2x', 'x+x', '2*x^1', '4x/2', 'x·2', '2 x'])('%s is 2x', (answer) => {
    expect(expr('2*x', answer)).toBe('correct');
  });

  it('tells apart a polynomial that agrees at small integers', () => {
    expect(expr('x', 'x(x-1)(x-2)(x-3)+x')).toBe('incorrect:not-equivalent');
  });

  it('does not take √(x²) for x: they differ for negative x', () => {
    expect(expr('x', 'sqrt(x^2)')).toBe('incorrect:not-equivalent');
    expect(expr('abs(x)', 'sqrt(x^2)')).toBe('correct');
  });

  it('takes log(x²) for 2·log x: they agree wherever both are defined, each on half the line', () => {
    expect(expr('2*log(x)', 'log(x^2)')).toBe('correct');
    expect(expr('log(x*y)', 'log(x) + log(y)', ['x', 'y'])).toBe('correct');
    expect(expr('sqrt(a*b)', 'sqrt(a)*sqrt(b)', ['a', 'b'])).toBe('correct');
    expect(expr('x', 'log(a^x)/log(a)', ['a', 'x'])).toBe('correct');
  });

  it('does not take an answer defined only on a bounded interval for one defined everywhere', () => {
    expect(expr('2*x', '2x + sqrt(1 - x^2) - sqrt(1 - x^2)')).toBe('incorrect:different-domain');
    expect(expr('2*x', '2x + 0*sqrt(9 - x^2)')).toBe('incorrect:different-domain');
  });

  it('accepts forms that differ only at an isolated point, as a teacher would', () => {
    expect(expr('x+1', '(x^2-1)/(x-1)')).toBe('correct');
  });

  it('accepts trigonometric and exponential identities', () => {
    expect(expr('1', 'sin(x)^2 + cos(x)^2')).toBe('correct');
    expect(expr('2*sin(x)*cos(x)', 'sin(2x)')).toBe('correct');
    expect(expr('exp(x+y)', 'e^x e^y')).toBe('correct');
  });

  it('judges a function defined only far from the origin on points where it is defined', () => {
    expect(expr('sqrt(x-10)', '√(x-10)')).toBe('correct');
    expect(expr('sqrt(x-10)', 'sqrt(x-11)')).toMatch(/^incorrect:/);
  });

  it('names an undeclared variable rather than guessing: its own verdict, not a wrong answer', () => {
    const v = check({ kind: 'expr', expected: '2*x', answer: '2z', vars: ['x', 'y'] });
    expect(v).toMatchObject({
      verdict: 'unknown-symbol',
      symbols: ['z'],
      message: 'z is not a variable of this exercise (the variables are x, y).',
    });
    expect(check({ kind: 'expr', expected: '2*x', answer: 'd/dx x^2', vars: ['x'] })).toMatchObject({
      verdict: 'unknown-symbol',
      symbols: ['d', 'dx'],
      message: 'd, dx are not variables of this exercise (the variables are x).',
    });
  });

  it('reads the gradient-descent partials in the ways learners write them', () => {
    expect(expr('0.4*x1', '(2/5)x₁', ['x1', 'x2'])).toBe('correct');
    expect(expr('2*theta+4', '2θ + 4', ['theta'])).toBe('correct');
    expect(expr('cos(x)-x*sin(x)', 'cos x − x sin x', ['x'])).toBe('correct');
    expect(expr('2*(w*x-y)*x', '2x(wx − y)', ['w', 'x', 'y'])).toBe('correct');
    expect(expr('2*(w*x-y)*x', '2(wx − y)', ['w', 'x', 'y'])).toBe('incorrect:not-equivalent');
  });
});

describe('values are judged within the lesson tolerance', () => {
  const value = (expected: string, answer: string, tolerance?: CheckRequest['tolerance']) =>
    verdictOf({ kind: 'value', expected, answer, ...(tolerance ? { tolerance } : {}) });

  it('accepts a calculation that evaluates to the value', () => {
    expect(value('2.4', '3 - 0.1*6')).toBe('correct');
    expect(value('10', 'sqrt(100)')).toBe('correct');
  });

  it('by default takes a number that shows at least 3 significant figures and agrees to 3', () => {
    expect(value('-23/3', '-7.67')).toBe('correct');
    expect(value('-23/3', '-7.6667')).toBe('correct');
    expect(value('-23/3', '-23/3')).toBe('correct');
    expect(value('1/3', '0.333')).toBe('correct');
    expect(value('1/3', '0.3333333')).toBe('correct');
    expect(value('1/3', '0.5')).toBe('incorrect:off-value');
  });

  it('says "too few figures" for a right number rounded too far, and costs nothing', () => {
    expect(check({ kind: 'value', expected: '-23/3', answer: '-7.7' })).toMatchObject({
      verdict: 'imprecise',
      reason: 'too-few-figures',
      message: 'Rounded too far: give the answer to at least 3 significant figures.',
    });
    expect(value('1/3', '0.3')).toBe('imprecise');
    expect(value('2.4', '2.4')).toBe('correct'); // exact: two figures are all there are
  });

  it('says "close" for a number within 1% that is not right to the figures asked', () => {
    expect(check({ kind: 'value', expected: '-23/3', answer: '-7.64' })).toMatchObject({
      verdict: 'imprecise',
      reason: 'close',
      message: 'Close, but not right to at least 3 significant figures: check your rounding, or keep more figures.',
    });
    expect(value('pi', '22/7')).toBe('imprecise'); // a calculation of exact numbers must be exact
  });

  it('judges every component of a vector by the same rule: (0.767, 0.333) for (23/30, 1/3)', () => {
    const vector = (expected: string, answer: string) => verdictOf({ kind: 'vector', expected, answer });
    expect(vector('(-23/3, 23/30, 1/3)', '(-7.67, 0.767, 0.333)')).toBe('correct');
    expect(vector('(23/30, 1/3)', '(0.77, 0.333)')).toBe('imprecise');
    expect(vector('(23/30, 1/3)', '(0.9, 0.333)')).toBe('incorrect:components');
  });

  it('honours absolute, relative and decimal-place tolerances', () => {
    expect(value('1/3', '0.33', { absolute: 0.01 })).toBe('correct');
    expect(value('1/3', '0.32', { absolute: 0.01 })).toBe('incorrect:off-value');
    expect(value('1/3', '0.3332', { relative: 1e-4 })).toBe('imprecise');
    expect(value('100', '100.9', { relative: 0.01 })).toBe('correct');
    expect(value('100', '101.1', { relative: 0.01 })).toBe('incorrect:off-value');
    expect(value('1/3', '0.333', { places: 3 })).toBe('correct');
    expect(value('1/3', '0.334', { places: 3 })).toBe('imprecise');
    expect(value('1/3', '0.3333', { sigFigs: 4 })).toBe('correct');
    expect(value('1/3', '0.333', { sigFigs: 4 })).toBe('imprecise');
  });

  it('asks for a plain number when the lesson requires one, without counting it wrong', () => {
    expect(check({ kind: 'value', expected: '2.4', answer: '3-0.6', tolerance: { plainNumber: true } })).toEqual({
      verdict: 'unreadable',
      message: 'Give a plain number here, like 2.4, not a calculation: work it out first.',
      range: { start: 0, end: 5 },
    });
    expect(value('2.4', '2.4', { plainNumber: true })).toBe('correct');
    expect(value('-2.4', '-2.4', { plainNumber: true })).toBe('correct');
  });

  it('says a number is expected when the answer has a variable in it', () => {
    expect(value('2.4', '2.4x')).toBe('incorrect:not-a-number');
  });
});

describe('vectors are judged component by component', () => {
  const vector = (expected: string, answer: string, vars: string[] = []) =>
    check({ kind: 'vector', expected, answer, vars });

  it.each(['[6, 8]', '(6, 8)', '⟨6, 8⟩', '6, 8', '(12/2, 2^3)'])('%s is the gradient (6, 8)', (answer) => {
    expect(vector('[6, 8]', answer).verdict).toBe('correct');
  });

  it('accepts an update written as the calculation θ − α∇J', () => {
    expect(vector('[2.4, 3.2]', '(3, 4) − 0.1·(6, 8)').verdict).toBe('correct');
  });

  it('says which component is off', () => {
    expect(vector('[6, 8]', '(6, 9)')).toMatchObject({
      verdict: 'incorrect',
      reason: 'components',
      message: 'Component 2 of 2 is not right.',
      components: [true, false],
    });
  });

  it('gives a clear verdict for a scalar or a vector of the wrong length', () => {
    expect(vector('[6, 8]', '6')).toMatchObject({
      reason: 'not-a-vector',
      message: 'A vector of 2 components is expected, written like (a1, a2).',
    });
    expect(vector('[6, 8]', '(6, 8, 0)')).toMatchObject({
      reason: 'wrong-length',
      message: 'Your vector has 3 components; 2 are expected.',
    });
  });

  it('judges symbolic components as expressions', () => {
    expect(vector('[2*x, 2*y]', '(x+x, 2y)', ['x', 'y']).verdict).toBe('correct');
    expect(vector('[2*x, 2*y]', '(2y, 2x)', ['x', 'y'])).toMatchObject({ components: [false, false] });
  });

  it('refuses a vector where a single value is expected', () => {
    expect(verdictOf({ kind: 'value', expected: '10', answer: '(6, 8)' })).toBe('incorrect:vector-for-scalar');
  });
});

describe('every answer gets exactly one of six verdicts', () => {
  it('treats blank input as empty, not as wrong', () => {
    expect(check({ kind: 'expr', expected: 'x', answer: '   ', vars: ['x'] })).toEqual({
      verdict: 'empty',
      message: 'Type an answer first.',
    });
  });

  it('returns how a readable answer was read, as LaTeX', () => {
    expect(check({ kind: 'expr', expected: '2*x', answer: '2x', vars: ['x'] })).toMatchObject({ latex: '2x' });
  });

  it('points at the fault in an unreadable answer', () => {
    expect(check({ kind: 'expr', expected: '2*x', answer: '2x+', vars: ['x'] })).toEqual({
      verdict: 'unreadable',
      message: 'Something is missing after “+”.',
      range: { start: 2, end: 3 },
    });
  });

  it('throws only for a malformed expected answer, which is the caller’s error', () => {
    expect(() => check({ kind: 'expr', expected: '2x+', answer: '2x', vars: ['x'] })).toThrow(ExpectedAnswerError);
    expect(() => check({ kind: 'vector', expected: '6', answer: '6' })).toThrow('is not a vector');
  });
});
