/**
 * Problems found in a lesson file, as values a teacher reads: where (file,
 * line, column), what, and the fix when one is clear.
 */

export interface Issue {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

export const formatIssue = (i: Issue): string =>
  `${i.file}:${i.line}:${i.col}: ${i.severity === 'warning' ? 'warning: ' : ''}${i.message}`;

/** Edit distance, for "did you mean …?" on a misspelt key or kind. */
export function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** The closest of `options` to `typed`, if it is close enough to be a likely typo. */
export function didYouMean(typed: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(typed.length / 3)) + 1;
  for (const option of options) {
    const d = distance(typed.toLowerCase(), option.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [option, d];
  }
  return best;
}
