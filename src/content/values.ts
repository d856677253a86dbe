/**
 * The numbers a derivation produces: a double for checking, and the exact
 * rational when arithmetic allowed one, so worked solutions show 2.4 and 23/3
 * rather than 2.4000000000000004 and 7.666666666666667.
 */
import { evaluateExact, fromNumber, terminates, toNumber, type Rational } from '../math/exact.js';
import { compile, type Node } from '../math/index.js';
import { roundedText } from './number-text.js';

export interface Value {
  readonly number: number;
  readonly exact?: Rational;
}

export type Point = readonly Value[];

export const valueOf = (number: number): Value => {
  const exact = fromNumber(number);
  return exact ? { number, exact } : { number };
};

export const exactValue = (exact: Rational): Value => ({ number: toNumber(exact), exact });

/** `node` evaluated at a point of `variables`: exactly when it can be, else in floating point. */
export function evaluateAt(node: Node, variables: readonly string[], point: Point): Value {
  if (point.every((v) => v.exact)) {
    const exact = evaluateExact(node, Object.fromEntries(variables.map((v, k) => [v, point[k]!.exact!])));
    if (exact) return exactValue(exact);
  }
  return { number: compile(node, variables)(Float64Array.from(point, (v) => v.number)) };
}

/** Arithmetic on values, exact when both sides are. */
export function combine(a: Value, b: Value, op: '+' | '-' | '*' | '/'): Value {
  if (a.exact && b.exact) {
    const exact = evaluateExact(
      {
        type: 'binary',
        op,
        left: { type: 'symbol', name: 'a' },
        right: { type: 'symbol', name: 'b' },
      },
      { a: a.exact, b: b.exact },
    );
    if (exact) return exactValue(exact);
  }
  const x = a.number;
  const y = b.number;
  return { number: op === '+' ? x + y : op === '-' ? x - y : op === '*' ? x * y : x / y };
}

/** The value as answer text for the checker: exact when known (23/3), else 15 significant digits. */
export function valueText(v: Value): string {
  // An exact value too long to type (a 300-digit fraction from a rate of 1e-300) is given as its decimal.
  if (v.exact && `${v.exact.n}`.length + `${v.exact.d}`.length <= 40)
    return v.exact.d === 1n
      ? String(v.exact.n)
      : terminates(v.exact)
        ? String(toNumber(v.exact))
        : `${v.exact.n}/${v.exact.d}`;
  return roundedText(v.number, 15);
}

/** The value for people: a terminating decimal as is, a fraction as \frac with its decimal, else ≈ 6 digits. */
export function valueLatex(v: Value): string {
  if (v.exact) {
    // A terminating decimal is shown as one; past 8 significant digits, rounded (a settled limit, say).
    if (terminates(v.exact)) {
      const text = String(toNumber(v.exact));
      return text.replace(/[-.]|^0+/g, '').length > 8 ? `\\approx ${roundedText(v.number, 6)}` : text;
    }
    const sign = v.exact.n < 0n ? '-' : '';
    const n = v.exact.n < 0n ? -v.exact.n : v.exact.n;
    return `${sign}\\frac{${n}}{${v.exact.d}} \\approx ${roundedText(v.number, 6)}`;
  }
  return `\\approx ${roundedText(v.number, 6)}`;
}

/** The value for people, short: as valueLatex without the approximation of a fraction. */
export function valueShort(v: Value): string {
  if (v.exact && !terminates(v.exact)) {
    const sign = v.exact.n < 0n ? '-' : '';
    const n = v.exact.n < 0n ? -v.exact.n : v.exact.n;
    return `${sign}\\frac{${n}}{${v.exact.d}}`;
  }
  return v.exact ? valueLatex(v) : roundedText(v.number, 6);
}

export const pointText = (p: Point): string => `[${p.map(valueText).join(', ')}]`;
export const pointLatex = (p: Point): string =>
  p.length === 1 ? valueShort(p[0]!) : `\\left(${p.map(valueShort).join(', ')}\\right)`;
