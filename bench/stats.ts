/** Small helpers the benchmarks share: timing one call, and summarising samples. */

export interface Summary {
  readonly count: number;
  readonly median: number;
  readonly p99: number;
  readonly mean: number;
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
  return { count: sorted.length, median: at(0.5), p99: at(0.99), mean };
}

/** Milliseconds as microseconds, for per-check figures. */
export const us = (ms: number): string => `${(ms * 1000).toFixed(1)} µs`;

export function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const result = fn();
  return [result, performance.now() - start];
}
