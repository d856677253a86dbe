/**
 * Variants: the numbers a lesson draws (parameters), determined by a seed, so
 * a learner sees the same variant after a reload and two learners can see
 * different ones. Drawing is pure; constraints are checked by the caller,
 * which redraws from the same seeded stream until they hold.
 */
import { seeded, type Random } from '../math/index.js';
import type { ParameterFile } from './schema.js';

export type Parameters = Readonly<Record<string, number>>;

/** At most this many draws are tried before a lesson's constraints are declared unmeetable. */
export const MAX_DRAWS = 200;

function drawOne(spec: ParameterFile, random: Random): number {
  if ('integer' in spec) {
    const [lo, hi] = spec.integer;
    return lo + Math.floor(random() * (hi - lo + 1));
  }
  if ('decimal' in spec) {
    const [lo, hi] = spec.decimal;
    const scale = 10 ** (spec.places ?? 1);
    const steps = Math.floor((hi - lo) * scale + 1e-9);
    return Number(((Math.round(lo * scale) + Math.floor(random() * (steps + 1))) / scale).toFixed(spec.places ?? 1));
  }
  return spec.choice[Math.floor(random() * spec.choice.length)]!;
}

/** The successive candidate draws for `seed`, each a full set of parameters. */
export function* draws(specs: Readonly<Record<string, ParameterFile>>, seed: number): Generator<Parameters> {
  const random = seeded(seed);
  const names = Object.keys(specs).sort();
  for (let k = 0; k < MAX_DRAWS; k++) yield Object.fromEntries(names.map((n) => [n, drawOne(specs[n]!, random)]));
}
