/**
 * How numbers, points, variables and functions read on a plot and in its text
 * alternative: a real minus sign, subscripts for x₁, θ for theta, x² for x^2,
 * few enough digits to read at 320 px, and the learner's decimal mark (2,4 and
 * (2,4 ; 3,2) in French, as the engine's own text writes them).
 */
import { decimalComma } from '../math/locale.js';
import { say } from '../messages/catalogue.js';
import { PLOT } from '../messages/plot.js';
import { digitsIn, displayName, SUBSCRIPTS } from './names.js';
import { stepDecimals } from './scale.js';

export { displayName } from './names.js';

const MINUS = '\u2212';
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const minus = (text: string): string => text.replace(/-/g, MINUS);

/** Decimal points as the locale writes them: 2.4 → 2,4 in fr. */
const marked = (text: string, locale: string | undefined): string =>
  decimalComma(locale) ? text.replace(/(\d)\.(\d)/g, '$1,$2') : text;

/**
 * A number with at most `significant` significant digits, trailing zeros dropped: 0.637869 → 0.6379 (0,6379 in fr).
 * A value the function has none for (NaN: the log of a negative) is said in words, "not defined" / "non défini".
 */
export function formatNumber(value: number, significant = 4, locale?: string): string {
  if (Number.isNaN(value)) return say(PLOT, locale).notDefined;
  return marked(plainNumber(value, significant), locale);
}

function plainNumber(value: number, significant: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : `${MINUS}∞`;
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6 || magnitude < 1e-4) {
    const [mantissa, exponent] = value.toExponential(Math.max(0, significant - 2)).split('e') as [string, string];
    const trimmed = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
    const power = Number(exponent);
    const sign = power < 0 ? '⁻' : '';
    return `${minus(trimmed)} × 10${sign}${digitsIn(String(Math.abs(power)), SUPERSCRIPTS)}`;
  }
  // Integers keep all their digits: 1234.5 at 4 significant digits is 1235, not 1.235e3.
  const digits = Math.max(significant, Math.floor(Math.log10(magnitude)) + 1);
  return minus(String(Number(value.toPrecision(digits))));
}

/** A tick label: exactly as many decimals as the tick step needs (0.5, 1.0 → "0.5", "1"; "0,5" in fr). */
export function formatTick(value: number, step: number, locale?: string): string {
  const text = value.toFixed(stepDecimals(step));
  return marked(minus(/^-0(\.0*)?$/.test(text) ? text.slice(1) : text), locale);
}

/** A point: (2.4, 3.2), or (2,4 ; 3,2) where the comma is the decimal mark. */
export function formatPoint(point: ArrayLike<number>, significant = 4, locale?: string): string {
  if (point.length === 1) return formatNumber(point[0]!, significant, locale);
  const separator = decimalComma(locale) ? ' ; ' : ', ';
  return `(${Array.from(point, (v) => formatNumber(v, significant, locale)).join(separator)})`;
}

/** An index written below the line: 12 → ₁₂. */
export const subscript = (n: number): string => digitsIn(String(n), SUBSCRIPTS);

/**
 * A function's checker text as it is written on paper: 0.2*x1^2 + x2^2 →
 * 0.2x₁² + x₂², x*cos(x) → x·cos(x). For captions and labels only.
 */
export function displayFunction(text: string, variables: readonly string[]): string {
  const names = [...variables].sort((a, b) => b.length - a.length);
  let out = text;
  for (const name of names) {
    const pretty = displayName(name);
    if (pretty !== name)
      out = out.replace(new RegExp(`(?<![A-Za-z0-9_])${escape(name)}(?![A-Za-z0-9_])`, 'g'), `\uE000${pretty}\uE001`);
  }
  out = out
    .replace(/\^(\d+)(?![.\d])/g, (_, d: string) => digitsIn(d, SUPERSCRIPTS))
    .replace(/(\d)\s*\*\s*(?=[A-Za-z\uE000(])/g, '$1')
    .replace(/\s*\*\s*/g, '·')
    .replace(/ - /g, ` ${MINUS} `)
    .replace(/^-/, MINUS)
    .replace(/\(-/g, `(${MINUS}`);
  return out.replace(/[\uE000\uE001]/g, '');
}
