/**
 * The contour map's colour bar as a scale of the function's values: each band from one contour level to the next
 * (the first from the lowest value in view, the last to the highest) at its width on a linear axis, and ticks at
 * even, nice values (1, 2 or 5 times a power of ten) that fit the bar's width — not the levels themselves, which
 * fall at uneven values (26, 28, 29, 30 …) when they are quantiles of the view.
 */
import { CHAR_WIDTH, ticksOf } from './layout.js';
import { linearScale, tickStep } from './scale.js';

export interface ColourBand {
  /** Left and right, in pixels from the bar's left edge. */
  readonly x0: number;
  readonly x1: number;
  /** 0 at the highest band, 1 at the lowest (as the contour fill reads it). */
  readonly depth: number;
}

export interface ColourBar {
  readonly bands: readonly ColourBand[];
  /** Where each contour level falls on the bar (for a map drawn with lines only). */
  readonly levels: readonly number[];
  readonly ticks: readonly { readonly x: number; readonly label: string }[];
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** The lowest and highest finite values of a sampled grid. */
export function valueRange(values: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!;
    if (!Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/** The bar for contour `levels` (ascending) over the values [lo, hi] in view, `width` pixels wide, ticks in `locale`. */
export function colourBar(
  levels: readonly number[],
  lo: number,
  hi: number,
  width: number,
  locale?: string,
): ColourBar {
  const min = Math.min(lo, levels[0] ?? lo);
  const max = Math.max(hi, levels[levels.length - 1] ?? hi);
  if (!(max > min)) return { bands: [{ x0: 0, x1: width, depth: 0 }], levels: [], ticks: [] };
  const x = linearScale([min, max], [0, width]);
  const edges = [min, ...levels, max];
  const n = levels.length;
  const bands = levels
    .concat(max)
    .map((top, k) => ({ x0: r1(x(edges[k]!)), x1: r1(x(top)), depth: n === 0 ? 0 : 1 - k / n }));
  // As many ticks as fit, the widest label with room either side, and never more than six.
  let ticks: { value: number; label: string }[] = [];
  let stride = 1;
  for (let count = 6; count >= 2; count--) {
    ticks = ticksOf(min, max, count, locale);
    const widest = Math.max(...ticks.map((t) => t.label.length)) * CHAR_WIDTH + 8;
    // Long labels on a narrow bar: every stride-th of the fewest ticks, still evenly spaced.
    stride = Math.max(1, Math.ceil(widest / ((tickStep(min, max, count) / (max - min)) * width)));
    if (stride === 1) break;
  }
  return {
    bands,
    levels: levels.map((l) => r1(x(l))),
    ticks: ticks.filter((_, k) => k % stride === 0).map((t) => ({ x: r1(x(t.value)), label: t.label })),
  };
}
