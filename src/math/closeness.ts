/**
 * When two numbers count as the same. Two notions: `sameValue` for values the
 * engine computed on both sides (floating-point noise only), and `withinTolerance`
 * for a number a learner worked out by hand, against the lesson's tolerance.
 */

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
 * anything that rounds to the same 2 decimals' neighbourhood (|a − e| ≤ 0.005).
 * When several bounds are given, meeting any one of them is enough.
 */
export interface Tolerance {
  readonly absolute?: number;
  readonly relative?: number;
  readonly places?: number;
  /** The answer must be a plain number (2.4), not a calculation (3 − 0.6). */
  readonly plainNumber?: boolean;
}

export const DEFAULT_TOLERANCE: Tolerance = { relative: 1e-6 };

export function withinTolerance(answer: number, expected: number, tolerance: Tolerance = DEFAULT_TOLERANCE): boolean {
  const diff = Math.abs(answer - expected);
  if (sameValue(answer, expected)) return true;
  const bounds = [
    tolerance.absolute,
    tolerance.relative === undefined ? undefined : tolerance.relative * Math.abs(expected),
    tolerance.places === undefined ? undefined : 0.5 * 10 ** -tolerance.places,
  ].filter((b): b is number => b !== undefined);
  if (bounds.length === 0) bounds.push(DEFAULT_TOLERANCE.relative! * Math.abs(expected));
  // A hair of slack for binary floating point: 2.45 vs 2.4 at places: 1 is a tie, and 0.05 is not exact.
  return bounds.some((bound) => diff <= bound * (1 + 1e-12) + Number.EPSILON * Math.abs(expected));
}

/** Near enough that the learner is probably rounding too early (within 1%). */
export function isClose(answer: number, expected: number): boolean {
  return Math.abs(answer - expected) <= 0.01 * Math.max(Math.abs(expected), 1e-3);
}
