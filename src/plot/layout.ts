/**
 * Where a plot's parts go in pixels, for the width the element is given: the
 * margins the tick labels need, a square plot area for a contour map (equal
 * units on both axes, so the gradient meets the contours at right angles), a
 * wider one for a graph, and the legend's strip. Pure, so it is tested in Node.
 */
import type { Box } from './arrows.js';
import { formatTick } from './format.js';
import { linearScale, niceTicks, tickStep, type Scale } from './scale.js';

/** Pixels per character of a 12 px tick label, generously: labels must never collide. */
export const CHAR_WIDTH = 7;
const MIN_WIDTH = 240;
const MAX_WIDTH = 900;

export interface Frame {
  readonly width: number;
  readonly height: number;
  /** The plot area. */
  readonly left: number;
  readonly top: number;
  readonly plotWidth: number;
  readonly plotHeight: number;
  readonly x: Scale;
  readonly y: Scale;
  readonly xTicks: readonly { value: number; label: string }[];
  readonly yTicks: readonly { value: number; label: string }[];
  /** The top of the strip under the x-axis left for a legend (0 high when there is none). */
  readonly legendTop: number;
  /** The learner's locale, which writes the tick labels (0,5 in fr). */
  readonly locale?: string;
}

export interface FrameOptions {
  /** Equal units on both axes: the plot area is square and the view must be too. */
  readonly square: boolean;
  /** Height of the legend strip under the axis. */
  readonly legend: number;
  /** Only whole numbers on the x-axis (iterations). */
  readonly integerX?: boolean;
  /** The plot area's height over its width, when not square. */
  readonly aspect?: number;
  /** The learner's locale, for the tick labels' decimal mark. */
  readonly locale?: string | undefined;
}

/** About `count` nice ticks over [lo, hi], each labelled at the precision its step needs. */
export const ticksOf = (lo: number, hi: number, count: number, locale?: string) => {
  const step = tickStep(lo, hi, count);
  return niceTicks(lo, hi, count).map((value) => ({ value, label: formatTick(value, step, locale) }));
};

export function frame(width: number, view: Box, options: FrameOptions): Frame {
  const w = Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)));
  const top = 14;
  const right = 14;
  const axis = 38; // x tick labels and the x-axis name under the plot
  // The y labels decide the left margin: a first guess of the plot height gives the ticks, the ticks the margin.
  const aspect = options.aspect ?? 0.62;
  const tall = (plotWidth: number) => Math.round(Math.min(420, Math.max(160, plotWidth * aspect)));
  const guess = options.square ? w - 60 : tall(w - 60);
  const yTicks = ticksOf(view.y[0], view.y[1], Math.max(3, Math.round(guess / 45)), options.locale);
  const left = 14 + Math.max(3, ...yTicks.map((t) => t.label.length)) * CHAR_WIDTH;
  const plotWidth = w - left - right;
  const plotHeight = options.square ? plotWidth : tall(plotWidth);
  const xTicks = ticksOf(view.x[0], view.x[1], Math.max(2, Math.floor(plotWidth / 70)), options.locale).filter(
    (t) => !options.integerX || Number.isInteger(t.value),
  );
  return {
    width: w,
    height: top + plotHeight + axis + options.legend,
    left,
    top,
    plotWidth,
    plotHeight,
    x: linearScale(view.x, [left, left + plotWidth]),
    y: linearScale(view.y, [top + plotHeight, top]),
    xTicks,
    yTicks: ticksOf(view.y[0], view.y[1], Math.max(3, Math.round(plotHeight / 45)), options.locale),
    legendTop: top + plotHeight + axis,
    ...(options.locale ? { locale: options.locale } : {}),
  };
}

/** Polylines (x, y, x, y, … in data units) as one SVG path, rounded to a tenth of a pixel. */
export function pathData(
  lines: readonly { readonly points: readonly number[]; readonly closed?: boolean }[],
  x: Scale,
  y: Scale,
): string {
  let d = '';
  const r = (v: number) => Math.round(v * 10) / 10;
  for (const line of lines) {
    const p = line.points;
    if (p.length < 4) continue;
    d += `M${r(x(p[0]!))} ${r(y(p[1]!))}`;
    for (let k = 2; k < p.length; k += 2) d += `L${r(x(p[k]!))} ${r(y(p[k + 1]!))}`;
    if (line.closed) d += 'Z';
  }
  return d;
}
