/**
 * The SVG marks the plots share, as Lit templates over a Frame: axes with
 * their ticks, arrows with pixel-sized heads, the descent path, the learner's
 * points (a check or a cross in a ring: colour is never the only signal), and
 * the contour legend.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { arrowHead, type Arrow } from '../../src/plot/arrows.js';
import type { Frame } from '../../src/plot/layout.js';
import { colourBar, valueRange } from '../../src/plot/colour-bar.js';
import type { ContourSet } from '../../src/plot/model.js';
import type { PointStatus } from '../../src/plot/learner.js';
import { dotted } from '../../src/plot/dots.js';

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The grid, the tick labels and the axes' names. The y-axis name sits above the plot area's corner, right of the
 * tick labels' column, so that a tick at the top edge is never under it; the x-axis name under the ticks, at the end.
 */
export function axes(frame: Frame, xName: string, yName: string): SVGTemplateResult {
  const { left, top, plotWidth, plotHeight, x, y } = frame;
  const bottom = top + plotHeight;
  return svg`<g class="grid" aria-hidden="true">
      ${frame.xTicks.map((t) => svg`<line x1=${r1(x(t.value))} x2=${r1(x(t.value))} y1=${top} y2=${bottom}></line>`)}
      ${frame.yTicks.map((t) => svg`<line x1=${left} x2=${left + plotWidth} y1=${r1(y(t.value))} y2=${r1(y(t.value))}></line>`)}
    </g>
    <g class="ticks" aria-hidden="true">
      ${frame.xTicks.map(
        (t) => svg`<text class="tick" x=${r1(x(t.value))} y=${bottom + 12} text-anchor="middle">${t.label}</text>`,
      )}
      ${frame.yTicks.map((t) => svg`<text class="tick" x=${left - 6} y=${r1(y(t.value))} text-anchor="end">${t.label}</text>`)}
      <text class="axis-name" x=${left + plotWidth} y=${bottom + 29} text-anchor="end">${xName} →</text>
      <text class="axis-name" x=${left + 2} y=${top - 6} text-anchor="start">${yName}</text>
    </g>`;
}

/** The plot area's border, drawn last so contours end cleanly at it. */
export const frameRect = (frame: Frame): SVGTemplateResult =>
  svg`<rect class="frame" x=${frame.left} y=${frame.top} width=${frame.plotWidth} height=${frame.plotHeight}></rect>`;

export const clipRect = (frame: Frame, id: string): SVGTemplateResult =>
  svg`<clipPath id=${id}><rect x=${frame.left} y=${frame.top} width=${frame.plotWidth} height=${frame.plotHeight}></rect></clipPath>`;

export interface ArrowMark {
  readonly shape: SVGTemplateResult | typeof nothing;
  readonly label: SVGTemplateResult | typeof nothing;
}

/** An arrow in pixels with its head, and its label beside the shaft three quarters of the way along. */
export function arrowMark(arrow: Arrow | undefined, frame: Frame, kind: 'gradient' | 'step', text: string): ArrowMark {
  const none: ArrowMark = { shape: nothing, label: nothing };
  if (!arrow) return none;
  const [x0, y0, x1, y1] = arrow.segment;
  const px = [frame.x(x0), frame.y(y0), frame.x(x1), frame.y(y1)] as const;
  const length = Math.hypot(px[2] - px[0], px[3] - px[1]);
  if (length < 2) return none;
  const headLength = Math.min(11, length * 0.6);
  const head = arrowHead(px, headLength, headLength * 0.8);
  // The shaft stops inside the head, so its square end does not poke through the tip.
  const back = (length - headLength * 0.7) / length;
  const sx = px[0] + (px[2] - px[0]) * back;
  const sy = px[1] + (px[3] - px[1]) * back;
  // Beside the shaft, on the left of its direction for the gradient and the right for the step.
  const nx = (px[3] - px[1]) / length;
  const ny = -(px[2] - px[0]) / length;
  const side = kind === 'gradient' ? 1 : -1;
  const along = length > 60 ? 0.75 : 0.5;
  const lx = px[0] + (px[2] - px[0]) * along + nx * 13 * side;
  const ly = px[1] + (px[3] - px[1]) * along + ny * 13 * side;
  return {
    shape: svg`<g class="arrow ${kind}" data-arrow=${kind}>
      <line class="shaft-halo" x1=${r1(px[0])} y1=${r1(px[1])} x2=${r1(sx)} y2=${r1(sy)}></line>
      <line x1=${r1(px[0])} y1=${r1(px[1])} x2=${r1(sx)} y2=${r1(sy)}></line>
      <polygon points=${head.map(r1).join(' ')}></polygon>
    </g>`,
    label: svg`<text class="label-${kind} halo" x=${r1(lx)} y=${r1(ly)} text-anchor="middle">${text}</text>`,
  };
}

/**
 * A vertex within this (in pixels) of the line drawn without it adds nothing to a line that is drawn 2 px wide and
 * placed to a tenth of a pixel. A slow rate's 1,000 iterates, set, laid out and rasterised (in software, every
 * vertex a stroke join) on every frame of a dragged slider, mostly lie on such a line: the loss chart's smooth
 * curve keeps a tenth of them.
 */
const VERTEX_GAP = 0.3;

/** Squared distance from p to the segment from a to b. */
function segmentDistance2(p: readonly [number, number], a: readonly [number, number], b: readonly [number, number]) {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  const [ex, ey] = [a[0] + t * dx - p[0], a[1] + t * dy - p[1]];
  return ex * ex + ey * ey;
}

/**
 * The vertices a line needs (Douglas–Peucker): the first, the last, and enough between them that every vertex left
 * out lies within VERTEX_GAP of the segment joining the kept vertices around it.
 */
export function lineVertices<P extends readonly [number, number]>(points: readonly P[]): P[] {
  const n = points.length;
  if (n <= 2) return [...points];
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const spans: [number, number][] = [[0, n - 1]];
  const gap2 = VERTEX_GAP * VERTEX_GAP;
  for (let span = spans.pop(); span; span = spans.pop()) {
    const [a, b] = span;
    let farthest = -1;
    let most = gap2;
    for (let k = a + 1; k < b; k++) {
      const d2 = segmentDistance2(points[k]!, points[a]!, points[b]!);
      if (d2 > most) [farthest, most] = [k, d2];
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    spans.push([a, farthest], [farthest, b]);
  }
  return points.filter((_, k) => keep[k] === 1);
}

/** The engine's path as a polyline, with a dot at each of its first iterates. */
export function pathMark(points: readonly (readonly [number, number])[], dots: number): SVGTemplateResult {
  const list = lineVertices(points)
    .map(([px, py]) => `${r1(px)},${r1(py)}`)
    .join(' ');
  return svg`<g class="engine-path">
    <polyline class="path-halo" points=${list}></polyline>
    <polyline class="path" points=${list}></polyline>
    ${dotted(points, dots).map(
      (t) => svg`<circle class="iterate" data-t=${t} cx=${r1(points[t]![0])} cy=${r1(points[t]![1])} r="3"></circle>`,
    )}
  </g>`;
}

/** One learner point: a ring where the learner put it, with a check or a cross inside. */
export function learnerMark(px: number, py: number, status: PointStatus, step: string): SVGTemplateResult {
  const mark =
    status === 'right'
      ? svg`<path class="mark" data-status=${status} d="M${r1(px - 3.5)} ${r1(py)}l2.5 2.8l4.5-5.6"></path>`
      : status === 'wrong'
        ? svg`<path class="mark" data-status=${status} d="M${r1(px - 3)} ${r1(py - 3)}l6 6M${r1(px + 3)} ${r1(py - 3)}l-6 6"></path>`
        : nothing;
  return svg`<g class="learner-point" data-step=${step}>
    <circle class="learner" data-status=${status} data-step=${step} cx=${r1(px)} cy=${r1(py)} r="7"></circle>
    ${mark}
  </g>`;
}

/**
 * The contour legend: a colour bar on the function's values (src/plot/colour-bar.ts), one swatch per band at
 * its width, ticks at even nice values (as many as fit), and the function's name.
 */
export function legend(
  frame: Frame,
  set: Pick<ContourSet, 'levels' | 'grid'>,
  name: string,
  filled: boolean,
  startLevel?: string,
): SVGTemplateResult {
  const [lo, hi] = valueRange(set.grid.values);
  const bar = colourBar(set.levels, lo, hi, frame.plotWidth, frame.locale);
  const top = frame.legendTop + 2;
  const at = (x: number) => r1(frame.left + x);
  return svg`<g class="legend" aria-hidden="true">
    <text class="legend-title" x=${frame.left - 6} y=${top + 7} text-anchor="end">${name}</text>
    ${
      filled
        ? bar.bands.map(
            (b) =>
              svg`<rect class="band legend-swatch" style=${`--depth: ${b.depth}`} x=${at(b.x0)} y=${top} width=${r1(b.x1 - b.x0)} height="14"></rect>`,
          )
        : bar.levels.map(
            (x, k) =>
              svg`<line class="level" style=${`--depth: ${bar.bands[k]!.depth}`} x1=${at(x)} x2=${at(x)} y1=${top} y2=${top + 14}></line>`,
          )
    }
    ${bar.ticks.map(
      (t) =>
        svg`<line class="legend-tick" x1=${at(t.x)} x2=${at(t.x)} y1=${top + 14} y2=${top + 17}></line>
        <text class="tick" x=${at(t.x)} y=${top + 27} text-anchor="middle">${t.label}</text>`,
    )}
    ${
      startLevel
        ? svg`<line class="start-level" x1=${frame.left} x2=${frame.left + 26} y1=${top + 44} y2=${top + 44}></line>
          <text class="tick" x=${frame.left + 32} y=${top + 44}>${startLevel}</text>`
        : nothing
    }
  </g>`;
}
