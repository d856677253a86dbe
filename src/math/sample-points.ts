/**
 * Where equivalence looks: bands of magnitude (small, medium, large), each
 * sampled on both signs, log-uniformly within the band, from a generator the
 * caller seeds (from the pair being judged, so the points are the same in Node
 * and the browser but differ for every pair). Integer bands are for variables
 * that only make sense at integers: (−1)ⁿ is undefined at every non-integer n.
 */
import type { Random } from './random.js';

export interface Band {
  /** Smallest and largest magnitude drawn. */
  readonly lo: number;
  readonly hi: number;
  readonly integer: boolean;
  readonly name: string;
}

/** Real bands: |v| in [0.01, 1], [1, 20] and [20, 1000]. */
export const REAL_BANDS: readonly Band[] = [
  { lo: 0.01, hi: 1, integer: false, name: 'small' },
  { lo: 1, hi: 20, integer: false, name: 'medium' },
  { lo: 20, hi: 1000, integer: false, name: 'large' },
];

/** Integer bands: 0 to 3, 4 to 12, 13 to 40, either sign. */
export const INTEGER_BANDS: readonly Band[] = [
  { lo: 0, hi: 3, integer: true, name: 'small integers' },
  { lo: 4, hi: 12, integer: true, name: 'integers' },
  { lo: 13, hi: 40, integer: true, name: 'large integers' },
];

/**
 * Fills `into` with the `draw`-th point of `band`: every variable drawn
 * independently, the first one's sign alternating so that both sides of 0 get
 * half the points whatever the generator does.
 */
export function drawPoint(band: Band, random: Random, into: Float64Array, draw = 0): void {
  for (let k = 0; k < into.length; k++) {
    const sign = k === 0 ? (draw % 2 === 0 ? 1 : -1) : random() < 0.5 ? -1 : 1;
    const u = random();
    const magnitude = band.integer
      ? band.lo + Math.floor(u * (band.hi - band.lo + 1))
      : band.lo * Math.pow(band.hi / band.lo, u);
    into[k] = sign * magnitude;
  }
}
