/**
 * Seeded randomness, the same in Node and every browser: mulberry32 over a
 * 32-bit seed, and a string hash to derive seeds from what is being checked.
 * Verdicts and variants depend on nothing else, so they are reproducible.
 */

export type Random = () => number;

/** A generator of uniform numbers in [0, 1) determined by `seed`. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a: a stable 32-bit hash of a string. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
