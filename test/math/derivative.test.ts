import { describe, expect, it } from 'vitest';
import { differentiate } from '../../src/math/derivative.js';
import { check, read } from '../../src/math/index.js';

function derive(f: string, wrt: string, variables: string[]) {
  const parsed = read(f, { variables, maxLength: 4000 });
  if (!parsed.ok) throw new Error(parsed.error.message);
  const d = differentiate(parsed.node, wrt, variables);
  if (!d.ok) throw new Error(d.message);
  return d.value;
}

/** A derivative is right when the checker finds it equivalent to the one a teacher writes. */
const agrees = (f: string, wrt: string, variables: string[], byHand: string) =>
  check({ kind: 'expr', expected: derive(f, wrt, variables).text, answer: byHand, vars: variables }).verdict;

describe('the symbolic derivative of a lesson function', () => {
  it('gives readable text and LaTeX for the bowl', () => {
    expect(derive('x^2 + y^2', 'x', ['x', 'y'])).toMatchObject({ text: '2*x', latex: '2x' });
  });

  it.each([
    ['0.2x1^2 + x2^2', 'x1', ['x1', 'x2'], '0.4 x1'],
    ['θ^2 + 4θ + 5', 'theta', ['theta'], '2θ + 4'],
    ['x cos x + 9', 'x', ['x'], 'cos x − x sin x'],
    ['(w x − y)^2', 'w', ['w', 'x', 'y'], '2(wx − y)x'],
    ['(1/6)((w+b-2)^2 + (2w+b-3)^2 + (3w+b-5)^2)', 'w', ['w', 'b'], '(14w + 6b - 23)/3'],
    ['(1/6)((w+b-2)^2 + (2w+b-3)^2 + (3w+b-5)^2)', 'b', ['w', 'b'], '(6w + 3b - 10)/3'],
    ['sqrt(x^2 + y^2)', 'x', ['x', 'y'], 'x/sqrt(x^2+y^2)'],
    ['1/(1 + exp(-z))', 'z', ['z'], 'exp(-z)/(1+exp(-z))^2'],
  ])('the derivative of %s in %s agrees with the hand derivative', (f, wrt, variables, byHand) => {
    expect(agrees(f, wrt, variables, byHand)).toBe('correct');
  });

  it('never shows nerdamer’s rational approximation of e', () => {
    const d = derive('log(1 + exp(-z))', 'z', ['z']);
    expect(d.text).toBe('-exp(-z)/(exp(-z) + 1)');
    expect(d.latex).toBe('-\\frac{\\exp\\left(-z\\right)}{\\exp\\left(-z\\right) + 1}');
  });

  it('refuses an undeclared symbol and a function too dangerous to expand', () => {
    const parsed = read('a x^2', { variables: ['x'] });
    expect(parsed.ok && differentiate(parsed.node, 'x', ['x'])).toEqual({
      ok: false,
      message: 'a is not a declared variable.',
    });
    const huge = read('factorial(100000) x', { variables: ['x'] });
    expect(huge.ok && differentiate(huge.node, 'x', ['x'])).toMatchObject({ ok: false });
  });
});

describe('derivatives are written the way a teacher writes them', () => {
  it.each([
    ['x cos x + 9', 'x', ['x'], 'cos(x) - x*sin(x)'],
    ['(w x − y)^2', 'w', ['w', 'x', 'y'], '2*x*(w*x - y)'],
    ['0.2x1^2 + x2^2', 'x1', ['x1', 'x2'], '0.4*x1'],
    ['x1^2/5 + x2^2', 'x1', ['x1', 'x2'], '2/5*x1'],
    ['θ^2 + 4θ + 5', 'theta', ['theta'], '2*theta + 4'],
  ])('the derivative of %s in %s reads %s', (f, wrt, variables, text) => {
    expect(derive(f, wrt, variables).text).toBe(text);
  });
});
