/**
 * Contour lines of f(x, y) by marching squares: f sampled on a grid, each
 * cell's crossings of a level joined into segments, and the segments joined
 * into polylines through the grid edges they share. With `closed`, the grid is
 * ringed with +∞, so every line closes along the view's border and the loops
 * of a level bound exactly the region f < level (filled with even-odd).
 * Levels are chosen from the sampled values: quantiles or halvings.
 */
import type { Interval } from './scale.js';

export interface Grid {
  readonly x: Interval;
  readonly y: Interval;
  /** Cells across and up; the grid has (nx + 1) × (ny + 1) nodes. */
  readonly nx: number;
  readonly ny: number;
  /** f at node (i, j) is values[j · (nx + 1) + i]; x grows with i, y with j. NaN where f is undefined. */
  readonly values: Float64Array;
}

/** A polyline in data coordinates: x₀, y₀, x₁, y₁, … */
export interface Polyline {
  readonly points: readonly number[];
  readonly closed: boolean;
}

export function sampleGrid(
  f: (point: Float64Array) => number,
  x: Interval,
  y: Interval,
  nx: number,
  ny: number = nx,
): Grid {
  const values = new Float64Array((nx + 1) * (ny + 1));
  const point = new Float64Array(2);
  for (let j = 0; j <= ny; j++) {
    point[1] = y[0] + ((y[1] - y[0]) * j) / ny;
    for (let i = 0; i <= nx; i++) {
      point[0] = x[0] + ((x[1] - x[0]) * i) / nx;
      const v = f(point);
      values[j * (nx + 1) + i] = Number.isFinite(v) ? v : NaN;
    }
  }
  return { x, y, nx, ny, values };
}

/** The two edges each cell case joins: 0 bottom, 1 right, 2 top, 3 left. Saddles (5, 10) are decided by the centre. */
const CASES: readonly (readonly number[])[] = [
  [],
  [3, 0],
  [0, 1],
  [3, 1],
  [1, 2],
  [], // saddle
  [0, 2],
  [3, 2],
  [3, 2],
  [0, 2],
  [], // saddle
  [1, 2],
  [3, 1],
  [0, 1],
  [3, 0],
  [],
];

/**
 * The contour polylines of `grid` at `level`. A node counts as above the level
 * when f ≥ level; a cell with an undefined corner has no contour through it.
 */
export function isolines(grid: Grid, level: number, options: { closed?: boolean } = {}): Polyline[] {
  const { nx, ny, values } = grid;
  const pad = options.closed ? 1 : 0;
  // Node (i, j) for i in −pad … nx + pad; the ring outside the grid is +∞.
  const at = (i: number, j: number): number =>
    i < 0 || j < 0 || i > nx || j > ny ? Infinity : values[j * (nx + 1) + i]!;
  const width = nx + 1 + 2 * pad; // nodes per padded row
  const height = ny + 1 + 2 * pad;
  const dx = (grid.x[1] - grid.x[0]) / nx;
  const dy = (grid.y[1] - grid.y[0]) / ny;
  // Per edge key (two edges per node): its crossing, and the (at most two) segments that meet there.
  // Typed arrays rather than maps: this runs for every level at every redraw of a new view.
  const keys = width * height * 2;
  const px = new Float64Array(keys).fill(NaN);
  const py = new Float64Array(keys);
  const first = new Int32Array(keys).fill(-1);
  const second = new Int32Array(keys).fill(-1);
  const segments: number[] = []; // pairs of edge keys

  /** The crossing on the edge from node (i, j) to its right (horizontal) or upper neighbour, keyed by that edge. */
  const crossing = (i: number, j: number, horizontal: boolean): number => {
    const key = ((j + pad) * width + (i + pad)) * 2 + (horizontal ? 0 : 1);
    if (Number.isNaN(px[key])) {
      const a = at(i, j);
      const b = horizontal ? at(i + 1, j) : at(i, j + 1);
      // Toward a +∞ node the crossing sits on the finite node: the border of the view.
      const t = a === Infinity ? 1 : b === Infinity ? 0 : (level - a) / (b - a);
      const x0 = grid.x[0] + i * dx;
      const y0 = grid.y[0] + j * dy;
      px[key] = horizontal ? x0 + t * dx : x0;
      py[key] = horizontal ? y0 : y0 + t * dy;
    }
    return key;
  };
  const edge = (i: number, j: number, side: number): number => {
    switch (side) {
      case 0:
        return crossing(i, j, true);
      case 1:
        return crossing(i + 1, j, false);
      case 2:
        return crossing(i, j + 1, true);
      default:
        return crossing(i, j, false);
    }
  };
  const join = (a: number, b: number) => {
    const s = segments.length / 2;
    segments.push(a, b);
    for (const key of [a, b]) {
      if (first[key] === -1) first[key] = s;
      else second[key] = s;
    }
  };

  for (let j = -pad; j < ny + pad; j++) {
    for (let i = -pad; i < nx + pad; i++) {
      const a = at(i, j);
      const b = at(i + 1, j);
      const c = at(i + 1, j + 1);
      const d = at(i, j + 1);
      if (Number.isNaN(a) || Number.isNaN(b) || Number.isNaN(c) || Number.isNaN(d)) continue;
      const code = (a >= level ? 1 : 0) | (b >= level ? 2 : 0) | (c >= level ? 4 : 0) | (d >= level ? 8 : 0);
      if (code === 5 || code === 10) {
        const finite = [a, b, c, d].filter(Number.isFinite);
        const centre = finite.length === 4 ? (a + b + c + d) / 4 : Infinity;
        const joined = centre >= level === (code === 5);
        // Centre on the side of a and c (case 5 above, case 10 below): b and d are cut off; otherwise a and c are.
        if (joined) {
          join(edge(i, j, 0), edge(i, j, 1));
          join(edge(i, j, 3), edge(i, j, 2));
        } else {
          join(edge(i, j, 3), edge(i, j, 0));
          join(edge(i, j, 1), edge(i, j, 2));
        }
        continue;
      }
      const sides = CASES[code]!;
      if (sides.length === 2) join(edge(i, j, sides[0]!), edge(i, j, sides[1]!));
    }
  }
  return chain(segments, first, second, px, py);
}

/** Joins segments that share an edge crossing into polylines, closed where they come back to their start. */
function chain(
  segments: readonly number[],
  first: Int32Array,
  second: Int32Array,
  px: Float64Array,
  py: Float64Array,
): Polyline[] {
  const count = segments.length / 2;
  const used = new Uint8Array(count);
  const lines: Polyline[] = [];
  const other = (s: number, key: number) => (segments[2 * s] === key ? segments[2 * s + 1]! : segments[2 * s]!);
  const nextSegment = (key: number): number | undefined => {
    const a = first[key]!;
    if (a >= 0 && !used[a]) return a;
    const b = second[key]!;
    return b >= 0 && !used[b] ? b : undefined;
  };
  /** Keys reached from `key`, walking away through unused segments. */
  const walk = (key: number): number[] => {
    const keys: number[] = [];
    let s = nextSegment(key);
    while (s !== undefined) {
      used[s] = 1;
      key = other(s, key);
      keys.push(key);
      s = nextSegment(key);
    }
    return keys;
  };
  for (let s = 0; s < count; s++) {
    if (used[s]) continue;
    used[s] = 1;
    const a = segments[2 * s]!;
    const b = segments[2 * s + 1]!;
    const forward = walk(b);
    const closed = forward.at(-1) === a;
    const backward = closed ? [] : walk(a);
    const keys = [...backward.reverse(), a, b, ...(closed ? forward.slice(0, -1) : forward)];
    const flat: number[] = [];
    for (const key of keys) flat.push(px[key]!, py[key]!);
    lines.push({ points: flat, closed });
  }
  return lines;
}

/** Two significant digits: levels a legend can print (25.3 → 25, 0.637 → 0.64). */
export const roundLevel = (value: number): number => (value === 0 ? 0 : Number(value.toPrecision(2)));

/** The finite values in increasing order (a typed array sorts numbers natively, without a comparator). */
const finiteSorted = (values: ArrayLike<number>): Float64Array =>
  Float64Array.from(values).filter(Number.isFinite).sort();

/** Increasing, distinct, rounded for the legend, and strictly inside (lo, hi). */
function tidy(levels: readonly number[], lo: number, hi: number): number[] {
  const out: number[] = [];
  for (const level of levels.map(roundLevel)) if (level > lo && level < hi && level !== out.at(-1)) out.push(level);
  return out;
}

/**
 * `count` levels at the quantiles k/(count + 1) of the sampled values: each
 * band between two lines covers about the same area of the view, whatever the
 * function's offset or scale.
 */
export function quantileLevels(values: ArrayLike<number>, count: number): number[] {
  const sorted = finiteSorted(values);
  if (sorted.length < 2) return [];
  const quantile = (q: number) => {
    const h = (sorted.length - 1) * q;
    const k = Math.floor(h);
    return sorted[k]! + (h - k) * ((sorted[k + 1] ?? sorted[k]!) - sorted[k]!);
  };
  return tidy(
    Array.from({ length: count }, (_, k) => quantile((k + 1) / (count + 1))),
    sorted[0]!,
    sorted.at(-1)!,
  );
}

/**
 * `count` levels that halve the height above the lowest value: lo + (hi − lo)/2,
 * lo + (hi − lo)/4, … For a bowl they crowd toward the minimum, where descent ends.
 */
export function geometricLevels(values: ArrayLike<number>, count: number): number[] {
  const sorted = finiteSorted(values);
  if (sorted.length < 2) return [];
  const lo = sorted[0]!;
  const hi = sorted.at(-1)!;
  return tidy(
    Array.from({ length: count }, (_, k) => lo + (hi - lo) / 2 ** (count - k)),
    lo,
    hi,
  );
}
