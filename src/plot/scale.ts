/**
 * Linear scales from data to pixels, and the "nice" ticks an axis shows:
 * multiples of 1, 2 or 5 times a power of ten, computed as integers over a
 * power of ten so that 0.3 is 0.3 and never 0.30000000000000004.
 */

export type Interval = readonly [number, number];

export interface Scale {
  readonly domain: Interval;
  readonly range: Interval;
  /** Data to pixels. */
  (value: number): number;
  /** Pixels to data. */
  invert(pixel: number): number;
}

export function linearScale(domain: Interval, range: Interval): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((value: number) => r0 + (value - d0) * k) as Scale;
  return Object.assign(scale, {
    domain,
    range,
    invert: (pixel: number) => (k === 0 ? d0 : d0 + (pixel - r0) / k),
  });
}

/** The tick spacing for about `count` ticks over [lo, hi]: 1, 2 or 5 times a power of ten. */
export function tickStep(lo: number, hi: number, count: number): number {
  const raw = Math.abs(hi - lo) / Math.max(1, count);
  if (!Number.isFinite(raw) || raw === 0) return 0;
  const power = Math.floor(Math.log10(raw));
  const base = 10 ** power;
  const fraction = raw / base;
  const nice = fraction >= 7.5 ? 10 : fraction >= 3.5 ? 5 : fraction >= 1.5 ? 2 : 1;
  return nice * base;
}

/**
 * About `count` ticks inside [lo, hi], at multiples of the nice step. Each tick
 * is an integer times the step, divided (not multiplied) by a power of ten when
 * the step is below one, which keeps decimal ticks exact.
 */
export function niceTicks(lo: number, hi: number, count: number): number[] {
  const [a, b] = lo <= hi ? [lo, hi] : [hi, lo];
  const step = tickStep(a, b, count);
  if (step === 0) return Number.isFinite(a) ? [a] : [];
  const power = Math.floor(Math.log10(step) + 1e-9);
  const ticks: number[] = [];
  if (power >= 0) {
    for (let i = Math.ceil(a / step - 1e-9); i * step <= b + step * 1e-9; i++) ticks.push(i * step);
  } else {
    const inverse = 10 ** -power; // an integer: exact
    const units = Math.round(step * inverse);
    for (let i = Math.ceil((a * inverse) / units - 1e-9); (i * units) / inverse <= b + step * 1e-9; i++)
      ticks.push((i * units) / inverse);
  }
  return ticks.map((t) => (Object.is(t, -0) ? 0 : t));
}

/** Decimal places that show every tick of this step exactly (0.25 → 2, 5 → 0). */
export function stepDecimals(step: number): number {
  if (!(step > 0) || !Number.isFinite(step)) return 0;
  for (let d = 0; d < 12; d++) {
    const scaled = step * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, scaled)) return d;
  }
  return 12;
}
