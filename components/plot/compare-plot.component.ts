import { html, nothing, svg, type PropertyValues, type SVGTemplateResult } from 'lit';
import type { StepView } from '../../src/tutor/state.js';
import { answersKey } from '../../src/plot/answers.js';
import {
  comparisonModel,
  describeComparison,
  type ComparisonDescription,
  type ComparisonExercise,
  type ComparisonModel,
} from '../../src/plot/comparison.js';
import { displayName } from '../../src/plot/format.js';
import { frame, pathData, type Frame } from '../../src/plot/layout.js';
import { contourSet, type ContourSet } from '../../src/plot/model.js';
import { cutAtBox } from '../../src/plot/visible.js';
import { IdleDrawing } from './idle-drawing.js';
import { comparePlotStyles } from './compare-plot.styles.js';
import { axes, clipRect, frameRect, learnerMark } from './marks.js';
import { plotStyles } from './plot.styles.js';
import { PlotElement } from './plot-element.js';
import { dataTable } from './data-table.js';

const r1 = (v: number) => Math.round(v * 10) / 10;
/** Pixels a legend row takes under a plot. */
const LEGEND_ROW = 18;

/**
 * @tagname gd-compare-plot
 * @summary Optimisers side by side: their paths from one start on one contour map, the learner's own points where
 * they put them, and each one's loss per iteration; a table of the losses is its text alternative. The exercise's
 * own path is drawn once every step is answered (`conceal` until then).
 *
 * @csspart figure - Each figure: the map, and the loss chart.
 * @csspart svg - The drawings.
 * @csspart caption - The captions.
 * @csspart description - The sentences saying what the plots show.
 * @csspart table - The details element holding the table of losses.
 *
 * @cssproperty --gd-plot-series-1 - The first optimiser's path and loss (the exercise's own); -2 … -6 the others.
 * @cssproperty --gd-plot-line - Contour lines.
 * @cssproperty --gd-plot-right - A learner's point graded right.
 * @cssproperty --gd-plot-wrong - A learner's point graded wrong.
 * @cssproperty --gd-plot-axis - Axes and tick labels.
 */
export class GdComparePlot extends PlotElement {
  static override styles = [plotStyles, comparePlotStyles];

  static override properties = {
    exercise: { attribute: false },
    steps: { attribute: false },
    conceal: { type: Boolean },
    eager: { type: Boolean },
  };

  /** The compiled exercise, with its `comparison` (the runs the engine made from its start). */
  declare exercise: ComparisonExercise | undefined;
  /** The learner's answers (the session's step views), drawn where the learner put them. */
  declare steps: readonly StepView[];
  /** Keep the exercise's own path (the answers) out of the picture while the learner works them out. */
  declare conceal: boolean;
  /** Draw at once when connected, instead of once the browser is idle. */
  declare eager: boolean;

  private model: ComparisonModel | undefined;
  private description: ComparisonDescription | undefined;
  private contourCache: { key: string; set: ContourSet } | undefined;
  private answers = '';
  private readonly idle = new IdleDrawing(this);

  constructor() {
    super();
    this.exercise = undefined;
    this.steps = [];
    this.conceal = false;
    this.eager = false;
  }

  /** What is drawn, in data units (for hosts and tests). */
  get drawing(): ComparisonModel | undefined {
    return this.model;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A host re-renders on every keystroke with new step views; only new answers or grades redraw.
    const answers = answersKey(this.steps);
    const onlyViews = changed.size === 1 && changed.has('steps') && answers === this.answers;
    this.answers = answers;
    if (onlyViews) return;
    if (changed.has('exercise') || changed.has('steps') || changed.has('conceal'))
      this.model = this.exercise && comparisonModel(this.exercise, this.steps, this.conceal);
    this.description = this.model && describeComparison(this.model, this.locale);
  }

  private contours(model: ComparisonModel): ContourSet {
    const v = model.view;
    const key = `${model.landscape.text}|${v.x.join()}|${v.y.join()}`;
    if (this.contourCache?.key !== key)
      this.contourCache = { key, set: contourSet(model.landscape, v, 60, 'quantile', 10) };
    return this.contourCache.set;
  }

  /** The legend under a plot: a swatch (its colour and dash) and the name of each run. */
  private legend(f: Frame, names: readonly string[]): SVGTemplateResult {
    return svg`<g class="legend" aria-hidden="true">${names.map((name, k) => {
      const y = f.legendTop + 6 + k * LEGEND_ROW;
      return svg`<line class="swatch" data-series=${k} x1=${f.left} x2=${f.left + 28} y1=${y} y2=${y}></line>
        <text class="legend-name" x=${f.left + 36} y=${y}>${name}</text>`;
    })}</g>`;
  }

  private map(model: ComparisonModel, d: ComparisonDescription): SVGTemplateResult {
    const f = frame(this.size.width, model.view, { square: true, legend: 8 + d.names.length * LEGEND_ROW });
    const at = (p: ArrayLike<number>) => [f.x(p[0]!), f.y(p[1]!)] as const;
    const far = {
      x: [f.left - 4 * f.plotWidth, f.left + 5 * f.plotWidth] as const,
      y: [f.top - 4 * f.plotHeight, f.top + 5 * f.plotHeight] as const,
    };
    const set = this.contours(model);
    const names = model.landscape.variables.map(displayName);
    const paths = model.series.map((s, k) => {
      if (!s.shown) return nothing;
      const pixels = cutAtBox(s.path.map(at), far);
      const list = pixels.map(([x, y]) => `${r1(x)},${r1(y)}`).join(' ');
      return svg`<g class="run" data-optimizer=${s.optimizer}>
        <polyline class="path-halo" points=${list}></polyline>
        <polyline class="series" data-series=${k} points=${list}></polyline>
        ${pixels.slice(1, 12).map(([x, y]) => svg`<circle class="series-dot" data-series=${k} cx=${r1(x)} cy=${r1(y)} r="2.5"></circle>`)}
      </g>`;
    });
    const [sx, sy] = at(model.start);
    const learner = model.learner.map((p) => {
      const [x, y] = at(p.point);
      return learnerMark(x, y, p.status, p.step);
    });
    return svg`<svg part="svg" viewBox="0 0 ${f.width} ${f.height}" role="img" aria-labelledby="map-caption" aria-describedby="sentences" data-dimension="2">
      <defs>${clipRect(f, 'map-area')}</defs>
      ${axes(f, names[0]!, names[1]!)}
      <g clip-path="url(#map-area)">
        <g class="contours">${set.lines.map((lines, k) => svg`<path class="level" style=${`--depth: ${1 - k / Math.max(1, set.levels.length)}`} d=${pathData(lines, f.x, f.y)}></path>`)}</g>
        ${paths}
        <circle class="start" data-role="start" cx=${r1(sx)} cy=${r1(sy)} r="5.5"></circle>
        ${learner}
      </g>
      ${frameRect(f)}
      ${this.legend(f, d.names)}
    </svg>`;
  }

  private lossChart(model: ComparisonModel, d: ComparisonDescription): SVGTemplateResult {
    const f = frame(this.size.width, model.lossView, {
      square: false,
      legend: 8 + d.names.length * LEGEND_ROW,
      integerX: true,
      aspect: 0.45,
    });
    const lines = model.series.map((s, k) => {
      const losses = s.shown ? s.losses : s.losses.slice(0, 1);
      const points = losses.flatMap((v, t) => (Number.isFinite(v) ? [t, v] : []));
      if (points.length < 4) return nothing;
      return svg`<path class="series" data-series=${k} d=${pathData([{ points }], f.x, f.y)}></path>`;
    });
    const learner = model.learnerLosses.map((p) => learnerMark(f.x(p.t), f.y(p.loss), p.status, p.step));
    return svg`<svg part="svg" viewBox="0 0 ${f.width} ${f.height}" role="img" aria-labelledby="loss-caption" aria-describedby="sentences" data-dimension="loss">
      <defs>${clipRect(f, 'loss-area')}</defs>
      ${axes(f, d.iteration, model.landscape.name)}
      <g clip-path="url(#loss-area)">${lines}${learner}</g>
      ${frameRect(f)}
      ${this.legend(f, d.names)}
    </svg>`;
  }

  private table(d: ComparisonDescription) {
    return dataTable(
      d.tableCaption,
      html`<th scope="col">${d.iteration}</th>
        ${d.names.map((n) => html`<th scope="col">${n}</th>`)}`,
      d.rows.map(
        (r) =>
          html`<tr>
            <th scope="row">${r.t}</th>
            ${r.values.map((v) => html`<td>${v}</td>`)}
          </tr>`,
      ),
    );
  }

  override render() {
    const model = this.model;
    const d = this.description;
    if (!model || !d) return nothing;
    if (this.idle.pending) return html`<div class="pending" style="aspect-ratio: 1 / 1.6"></div>`;
    return html`<figure part="figure">
        <figcaption id="map-caption" part="caption">${d.mapCaption}</figcaption>
        ${this.map(model, d)}
      </figure>
      <figure part="figure" class="loss-figure">
        <figcaption id="loss-caption" part="caption">${d.lossCaption}</figcaption>
        ${this.lossChart(model, d)}
      </figure>
      <div id="sentences" class="sentences" part="description">${d.sentences.map((s) => html`<p>${s}</p>`)}</div>
      ${this.table(d)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gd-compare-plot': GdComparePlot;
  }
}
