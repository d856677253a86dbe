/**
 * The zeros of a smooth function of one variable on a stated interval, found
 * numerically and robustly: the interval is sampled densely, every sign change
 * is bracketed and bisected to the last bit, a sample that is itself a zero is
 * kept, and a dip of |g| that touches zero without changing sign (a double
 * root) is refined by golden-section search and kept only when |g| is zero
 * there to rounding. Each root returned is checked: |g(r)| is within a
 * tolerance of the function's scale on the interval. Used for critical points
 * (the zeros of f′) and the largest curvature (the zeros of f‴) of functions
 * that are not polynomials, such as x·cos x + 9.
 */

/** How finely the interval is sampled: zeros closer together than (hi − lo)/SAMPLES may be merged. */
const SAMPLES = 4000;

function bisect(g: (x: number) => number, lo: number, hi: number): number {
  let glo = g(lo);
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (mid <= lo || mid >= hi) break;
    const gm = g(mid);
    if (gm === 0) return mid;
    if (Math.sign(gm) === Math.sign(glo)) [lo, glo] = [mid, gm];
    else hi = mid;
  }
  return (lo + hi) / 2;
}

const GOLDEN = (Math.sqrt(5) - 1) / 2;

/** The minimum of h on [lo, hi], by golden-section search (h unimodal there). */
function goldenMinimum(h: (x: number) => number, lo: number, hi: number): number {
  let [a, b] = [lo, hi];
  for (let i = 0; i < 200 && b - a > 1e-15 * Math.max(1, Math.abs(a)); i++) {
    const c = b - GOLDEN * (b - a);
    const d = a + GOLDEN * (b - a);
    if (h(c) < h(d)) b = d;
    else a = c;
  }
  return (a + b) / 2;
}

/**
 * The zeros of g in [lo, hi], increasing. `scale` is what |g| is measured against (by default the largest
 * |g| sampled, at least 1): a root must have |g(r)| ≤ 1e-9 · scale.
 */
export function rootsOn(g: (x: number) => number, lo: number, hi: number, scale?: number): number[] {
  if (!(hi > lo) || !Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  const xs = Array.from({ length: SAMPLES + 1 }, (_, k) => (k === SAMPLES ? hi : lo + ((hi - lo) * k) / SAMPLES));
  const ys = xs.map(g);
  const size = scale ?? Math.max(1, ...ys.filter(Number.isFinite).map(Math.abs));
  const tolerance = 1e-9 * size;
  const found: number[] = [];
  for (let k = 0; k <= SAMPLES; k++) {
    const y = ys[k]!;
    if (!Number.isFinite(y)) continue;
    if (y === 0) found.push(xs[k]!);
    const next = ys[k + 1];
    if (next !== undefined && Number.isFinite(next) && y !== 0 && next !== 0 && Math.sign(y) !== Math.sign(next))
      found.push(bisect(g, xs[k]!, xs[k + 1]!));
    // A dip of |g| between two larger neighbours may touch zero without a sign change.
    const prev = ys[k - 1];
    if (
      prev !== undefined &&
      next !== undefined &&
      y !== 0 &&
      Math.sign(prev) === Math.sign(y) &&
      Math.sign(next) === Math.sign(y) &&
      Math.abs(y) <= Math.abs(prev) &&
      Math.abs(y) <= Math.abs(next)
    ) {
      const r = goldenMinimum((x) => Math.abs(g(x)), xs[k - 1]!, xs[k + 1]!);
      if (Math.abs(g(r)) <= tolerance) found.push(r);
    }
  }
  const sorted = found.filter((r) => Math.abs(g(r)) <= tolerance).sort((a, b) => a - b);
  const gap = (hi - lo) / SAMPLES;
  return sorted.filter((r, k) => k === 0 || r - sorted[k - 1]! > gap / 2);
}
