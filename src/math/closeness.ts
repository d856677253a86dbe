/**
 * When two numbers count as the same. Two notions: `sameValue` for values the
 * engine computed on both sides (floating-point noise only), and `judgeNumber`
 * for a number a learner worked out by hand, the way people round: by default
 * an answer correctly rounded to at least 3 significant figures is right
 * (−7.67 and −7.6667 for −23/3), one rounded correctly but to fewer figures
 * (−7.7) is "too few figures", and one within 1% but not right to the figures
 * asked is "close". Neither of those two is a wrong answer.
 */
import { say } from '../messages/catalogue.js';
import { CHECKER } from '../messages/checker.js';

/** Relative noise allowed between two evaluations of equal expressions. */
const NOISE = 1e-11;
/** Below this, a difference is cancellation noise (sin²x + cos²x − 1 ≈ 1e-16). */
const FLOOR = 1e-12;

export function sameValue(a: number, b: number): boolean {
  if (a === b) return true;
  const diff = Math.abs(a - b);
  return diff <= FLOOR || diff <= NOISE * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * A tolerance a lesson sets for a hand-computed number. `places: 2` accepts
 * anything right to 2 decimals (|a − e| ≤ 0.005); `sigFigs: 3` anything
 * correctly rounded to at least 3 significant figures. When several bounds are
 * given, meeting any one of them is enough. With none, `sigFigs: 3`.
 */
export interface Tolerance {
  readonly absolute?: number;
  readonly relative?: number;
  readonly places?: number;
  readonly sigFigs?: number;
  /** The answer must be a plain number (2.4), not a calculation (3 − 0.6). */
  readonly plainNumber?: boolean;
}

export const DEFAULT_TOLERANCE: Tolerance = { sigFigs: 3 };

/** A hair of slack for binary floating point: 2.45 vs 2.4 at places: 1 is a tie, and 0.05 is not exact. */
const slack = (bound: number, expected: number): number => bound * (1 + 1e-9) + Number.EPSILON * Math.abs(expected);

/** How a number literal was rounded: its significant figures and the value of its last digit. */
export interface Figures {
  readonly significant: number;
  readonly unit: number;
}

/**
 * The figures of a literal as typed: `7.60` has 3 (unit 0.01), `0.0076` has 2
 * (unit 0.0001), `1.5e3` has 2 (unit 100). Trailing zeros of a whole number are
 * not counted (`770` has 2, unit 10): read leniently, it is rounded to tens.
 */
export function figuresOf(text: string): Figures | undefined {
  const m = /^[+-]?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!m) return undefined;
  const [, whole = '', fraction, exponent = '0'] = m;
  const exp = Number(exponent);
  if (fraction !== undefined) {
    const digits = (whole + fraction).replace(/^0+/, '');
    return { significant: digits.length, unit: 10 ** (exp - fraction.length) };
  }
  const digits = whole.replace(/^0+/, '');
  const trailing = digits.length - digits.replace(/0+$/, '').length;
  return { significant: digits.length - trailing, unit: 10 ** (exp + trailing) };
}

export type NumberJudgement =
  { readonly ok: true } | { readonly ok: false; readonly why: 'too-few-figures' | 'close' | 'off' };

/** Within 1%: the learner is probably rounding too early, or rounding wrongly. */
export function isClose(answer: number, expected: number): boolean {
  return Math.abs(answer - expected) <= 0.01 * Math.max(Math.abs(expected), 1e-3);
}

/** Whether `answer` meets one of the tolerance's absolute, relative or places bounds. */
function withinBounds(diff: number, expected: number, t: Tolerance): boolean {
  const bounds = [
    t.absolute,
    t.relative === undefined ? undefined : t.relative * Math.abs(expected),
    t.places === undefined ? undefined : 0.5 * 10 ** -t.places,
  ];
  return bounds.some((b) => b !== undefined && diff <= slack(b, expected));
}

/** Whether a calculation holds a decimal: its value then carries the rounding of that decimal. */
const hasDecimal = (literals: readonly string[]): boolean => literals.some((l) => /[.eE]/.test(l));

/**
 * Judges a hand-computed number. `literals` are the numbers as typed in the
 * answer: one for a plain number (its figures count), several for a
 * calculation. The default rule: a plain number that shows at least 3
 * significant figures and agrees with the value to 3 significant figures
 * (within half a unit of the third) is right, so every correct rounding to 3
 * or more figures is; fewer figures are right only when exact. A calculation
 * of exact numbers (23/3) must be exact; one with decimals in it (3 − 0.1·6.67)
 * is judged like a number to 3 significant figures.
 */
export function judgeNumber(
  answer: number,
  expected: number,
  tolerance: Tolerance = DEFAULT_TOLERANCE,
  literals: readonly string[] = [],
): NumberJudgement {
  if (sameValue(answer, expected)) return { ok: true };
  const diff = Math.abs(answer - expected);
  if (withinBounds(diff, expected, tolerance)) return { ok: true };
  const explicit =
    tolerance.absolute !== undefined || tolerance.relative !== undefined || tolerance.places !== undefined;
  const sigFigs = tolerance.sigFigs ?? (explicit ? undefined : DEFAULT_TOLERANCE.sigFigs!);
  if (sigFigs !== undefined && expected !== 0) {
    const agrees = diff <= slack(0.5 * 10 ** (Math.floor(Math.log10(Math.abs(expected))) - sigFigs + 1), expected);
    const figures = literals.length === 1 ? figuresOf(literals[0]!) : undefined;
    if (figures) {
      if (figures.significant >= sigFigs && agrees) return { ok: true };
      if (figures.significant < sigFigs && diff <= slack(0.5 * figures.unit, expected))
        return { ok: false, why: 'too-few-figures' };
    } else if (agrees && hasDecimal(literals)) return { ok: true };
  }
  // Fewer decimals than the places asked for, but right to those it has: rounded too far, not wrong.
  const typed = literals.length === 1 ? figuresOf(literals[0]!) : undefined;
  if (tolerance.places !== undefined && typed && typed.unit > 10 ** -tolerance.places * (1 + 1e-9))
    if (diff <= slack(0.5 * typed.unit, expected)) return { ok: false, why: 'too-few-figures' };
  return { ok: false, why: isClose(answer, expected) ? 'close' : 'off' };
}

/** Whether a number written in decimals is right under `tolerance` (as if typed with all its figures). */
export function withinTolerance(answer: number, expected: number, tolerance: Tolerance = DEFAULT_TOLERANCE): boolean {
  return judgeNumber(answer, expected, tolerance, [String(answer)]).ok;
}

/** The precision a tolerance asks for, in words for a prompt or a message. */
export function precisionWanted(t: Tolerance = DEFAULT_TOLERANCE, locale?: string): string {
  const stated = say(CHECKER, locale).precision(t);
  return stated === '' ? precisionWanted(DEFAULT_TOLERANCE, locale) : stated;
}
