/**
 * The time a lesson file may take to draw its variants: a constraint that can
 * never hold (or holds only for a rare draw of a slow function) must end in an
 * error naming it, not keep lint busy for minutes. The clock is an argument,
 * so a test can run the budget out deterministically.
 */

/** About two seconds of this machine per file, across every seed lint compiles. */
export const FILE_BUDGET_MS = 2000;

export interface Budget {
  /** Whether the time is up; asked before each draw. */
  spent(): boolean;
  readonly limitMs: number;
}

export function timeBudget(limitMs: number = FILE_BUDGET_MS, now: () => number = () => performance.now()): Budget {
  const start = now();
  return { limitMs, spent: () => now() - start > limitMs };
}

/** A budget that never runs out, for callers that bound time themselves. */
export const UNLIMITED: Budget = { limitMs: Infinity, spent: () => false };

/** "2 s", "500 ms": the limit as a teacher reads it. */
export const describeLimit = (ms: number): string => (ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`);
