import { html, nothing, svg, type PropertyValues, type SVGTemplateResult } from 'lit';
import type { CompiledExercise } from '../../src/content/compile.js';
import type { StepView } from '../../src/tutor/state.js';
import type { Box } from '../../src/plot/arrows.js';
import { isolines, type Polyline } from '../../src/plot/contours.js';
import { answersKey } from '../../src/plot/answers.js';
import { describePlot, iterateName, type Description } from '../../src/plot/describe.js';
import { displayName, formatNumber } from '../../src/plot/format.js';
import { frame, pathData, type Frame } from '../../src/plot/layout.js';
import { arrowMark, axes, clipRect, frameRect, learnerMark, legend, pathMark } from './marks.js';
import { contourSet, plotModel, type ContourSet, type LevelSpacing, type PlotModel } from '../../src/plot/model.js';
import { PlotElement } from './plot-element.js';
import { dataTable } from './data-table.js';
import { valueAt } from '../../src/plot/landscape.js';
import type { Scale } from '../../src/plot/scale.js';
import { curve } from '../../src/plot/tangent.js';
import { IdleDrawing } from './idle-drawing.js';
import { cutAtBox, type Pixel } from '../../src/plot/visible.js';
import { say } from '../../src/messages/catalogue.js';
import { PLOT } from '../../src/messages/plot.js';

const r1 = (v: number) => Math.round(v * 10) / 10;

/** What the plot reads of a compiled exercise. */
export type PlotExercise = Pick<CompiledExercise, 'function' | 'steps' | 'start' | 'learningRate' | 'rateSymbol'>;

/** The drawing in two layers: what is clipped to the plot area, and what may reach past it (labels). */
/**
 * What a plot draws, in two SVGs stacked: the ground (the contours, or the curve) with the axes and the legend,
 * which a new rate or start leaves as it is, and over it the marks (the path, the arrows, the learner's points, their
 * labels), in a layer of their own. A dragged slider then repaints only the marks: the ground's many filled bands
 * are not drawn again at every frame (in software, that was most of a frame's time).
 */
interface Layers {
  /** Under the marks, inside the plot area. */
  readonly ground: SVGTemplateResult;
  /** Marks inside the plot area. */
  readonly clipped: SVGTemplateResult;
  /** Marks free to reach past it (labels). */
  readonly free: SVGTemplateResult;
}

/** At most this many iterates get a dot (those at least a few pixels apart); the rest of the path is a line. */
const DOTS = 30;

/**
 * @tagname gd-descent-plot
 * @summary Gradient descent drawn: for two variables a contour map with the start, the gradient (uphill), the step
 * (downhill), the engine's path and the learner's own points; for one variable the curve, the tangent with its slope,
 * and the iterates on the curve. A table of the iterates is its text alternative.
 *
 * @csspart figure - The figure around the plot, its caption and its text alternative.
 * @csspart svg - The drawing: the axes, the contours or the curve, and the legend.
 * @csspart marks - Over the drawing: the path, the arrows, the learner's points and their labels.
 * @csspart caption - The caption naming the function.
 * @csspart description - The sentences saying what the plot shows.
 * @csspart table - The details element holding the table of iterates.
 *
 * @cssproperty --gd-plot-low - Fill of the lowest contour band (the valley).
 * @cssproperty --gd-plot-high - Fill of the highest band.
 * @cssproperty --gd-plot-line - Contour lines and the curve.
 * @cssproperty --gd-plot-path - The engine's path and the start.
 * @cssproperty --gd-plot-gradient - The gradient arrow and the tangent.
 * @cssproperty --gd-plot-step - The step arrow.
 * @cssproperty --gd-plot-right - A learner's point graded right.
 * @cssproperty --gd-plot-wrong - A learner's point graded wrong.
 * @cssproperty --gd-plot-axis - Axes and tick labels.
 * @cssproperty --gd-plot-font-size - Size of the labels in the drawing.
 */
export class GdDescentPlot extends PlotElement {
  static override properties = {
    exercise: { attribute: false },
    steps: { attribute: false },
    learningRate: { type: Number, attribute: 'learning-rate' },
    start: { attribute: false },
    view: { attribute: false },
    iterations: { type: Number },
    contours: { reflect: true },
    levels: {},
    resolution: { type: Number },
    conceal: { type: Boolean },
    eager: { type: Boolean },
    moving: { type: Boolean },
  };

  /** The compiled exercise: its function, start, learning rate and steps. */
  declare exercise: PlotExercise | undefined;
  /** The learner's answers (the session's step views), drawn where the learner put them. */
  declare steps: readonly StepView[];
  /** The learning rate, instead of the exercise's. */
  declare learningRate: number | undefined;
  /** The start point, instead of the exercise's. */
  declare start: readonly number[] | undefined;
  /** A fixed view {x: [lo, hi], y: [lo, hi]} in data units; by default it frames the start, the path and the learner. */
  declare view: Box | undefined;
  /** The most iterates drawn. */
  declare iterations: number;
  /** Contour map style: filled bands, or lines only. */
  declare contours: 'filled' | 'lines';
  /** How contour levels are spaced: quantiles of the view (equal areas) or halvings toward the minimum. */
  declare levels: LevelSpacing;
  /** Grid cells a side for the contours. */
  declare resolution: number;
  /** Draw only the function, the start and the learner's points: the engine's path and arrows are answers. */
  declare conceal: boolean;
  /** Draw at once when connected, instead of once the browser is idle (for hosts that measure or print). */
  declare eager: boolean;
  /**
   * The drawing is changing frame by frame (a host's slider is being dragged): the drawing follows every frame, the
   * text alternative (sentences and table) is written again only once this is false, and says aria-busy meanwhile.
   */
  declare moving: boolean;

  private model: PlotModel | undefined;
  /**
   * The first drawing waits until the browser is idle: contours take milliseconds, and the learner's
   * first answer box must be ready before them (the page's time to first input is a budget).
   */
  private readonly idle = new IdleDrawing(this);

  private description: Description | undefined;
  /** Whether the description was written for the model drawn (it waits while the plot is moving). */
  private described = false;
  private contourCache: { key: string; set: ContourSet } | undefined;
  private startCache: { key: string; lines: Polyline[] } | undefined;
  private layerCache: { key: string; layer: SVGTemplateResult } | undefined;
  private legendCache: { key: string; layer: SVGTemplateResult } | undefined;
  private frameNow: Frame | undefined;
  private answers = '';

  constructor() {
    super();
    this.exercise = undefined;
    this.steps = [];
    this.learningRate = undefined;
    this.start = undefined;
    this.view = undefined;
    this.iterations = 1000;
    this.contours = 'filled';
    this.levels = 'quantile';
    this.resolution = 60;
    this.conceal = false;
    this.eager = false;
    this.moving = false;
  }

  /** The data-to-pixel scales of the last drawing, in the SVG's viewBox units (for hosts and tests). */
  get scales(): { x: Scale; y: Scale } | undefined {
    return this.frameNow && { x: this.frameNow.x, y: this.frameNow.y };
  }

  /** What is drawn, in data units: the path, the learner's points, the view (for hosts and tests). */
  get drawing(): PlotModel | undefined {
    return this.model;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A host re-renders on every keystroke with new step views; only new answers or grades redraw.
    const answers = answersKey(this.steps);
    const onlyViews = changed.size === 1 && changed.has('steps') && answers === this.answers;
    this.answers = answers;
    if (onlyViews) return;
    const remodel =
      changed.has('exercise') ||
      changed.has('steps') ||
      changed.has('learningRate') ||
      changed.has('start') ||
      changed.has('view') ||
      changed.has('iterations') ||
      changed.has('conceal');
    if (remodel) {
      const ex = this.exercise;
      this.model = ex?.function
        ? plotModel({
            fn: ex.function,
            start: this.start ?? ex.start,
            learningRate: this.learningRate ?? ex.learningRate,
            exercise: ex,
            steps: this.steps,
            view: this.view,
            iterations: this.iterations,
            conceal: this.conceal,
          })
        : undefined;
    }
    if (remodel || changed.has('locale')) this.described = false;
    // Writing the sentences and the table costs a frame's budget: while moving, the last ones stay (marked busy).
    if (!this.described && (!this.moving || !this.description)) {
      this.description = this.model && describePlot(this.model, this.locale, this.exercise?.rateSymbol);
      this.described = true;
    }
  }

  private contourMap(model: PlotModel): ContourSet {
    const v = model.view;
    const key = `${model.landscape.text}|${v.x.join()}|${v.y.join()}|${this.resolution}|${this.levels}`;
    if (this.contourCache?.key !== key)
      this.contourCache = { key, set: contourSet(model.landscape, v, this.resolution, this.levels) };
    return this.contourCache.set;
  }

  /** The contour through the start: inside it is downhill of the start, outside uphill. */
  private startLevel(model: PlotModel, set: ContourSet): Polyline[] {
    if (!model.start) return [];
    const level = valueAt(model.landscape, model.start);
    const key = `${this.contourCache?.key ?? ''}|${level}`;
    if (this.startCache?.key !== key) this.startCache = { key, lines: isolines(set.grid, level) };
    return this.startCache.lines;
  }

  /** The contour layer, drawn again only when the contours, the start's level, the style or the size change. */
  private contourLayers(model: PlotModel, f: Frame): SVGTemplateResult {
    const set = this.contourMap(model);
    const level = model.start ? valueAt(model.landscape, model.start) : NaN;
    const key = `${this.contourCache?.key ?? ''}|${level}|${this.contours}|${f.width}|${f.left}`;
    if (this.layerCache?.key !== key) this.layerCache = { key, layer: this.drawContours(model, set, f) };
    return this.layerCache.layer;
  }

  /** The colour bar, drawn again only when the contours, the start's level or the size change (not per frame of a drag). */
  private legendLayer(model: PlotModel, f: Frame, startLevel: string | undefined): SVGTemplateResult {
    const set = this.contourMap(model);
    const filled = this.contours === 'filled';
    const key = `${this.contourCache?.key ?? ''}|${model.landscape.name}|${filled}|${startLevel ?? ''}|${f.left}|${f.plotWidth}|${f.legendTop}`;
    if (this.legendCache?.key !== key)
      this.legendCache = { key, layer: legend(f, set, model.landscape.name, filled, startLevel) };
    return this.legendCache.layer;
  }

  private drawContours(model: PlotModel, set: ContourSet, f: Frame): SVGTemplateResult {
    const n = set.levels.length;
    const depth = (k: number) => (n === 0 ? 0 : 1 - k / n);
    const filled = this.contours === 'filled';
    const bands = filled
      ? svg`<rect class="band" style="--depth: 0" x=${f.left} y=${f.top} width=${f.plotWidth} height=${f.plotHeight}></rect>
          ${set.loops
            .map((loops, k) => ({ loops, k }))
            .reverse()
            .map(
              ({ loops, k }) =>
                svg`<path class="band" style=${`--depth: ${depth(k)}`} d=${pathData(loops, f.x, f.y)}></path>`,
            )}`
      : nothing;
    return svg`<g class="contours" data-levels=${set.levels.join(' ')}>
      ${bands}
      ${set.lines.map(
        (lines, k) =>
          svg`<path class="level" data-level=${set.levels[k]!} style=${`--depth: ${depth(k)}`} d=${pathData(lines, f.x, f.y)}></path>`,
      )}
      <path class="start-level" d=${pathData(this.startLevel(model, set), f.x, f.y)}></path>
    </g>`;
  }

  /**
   * The path and the start, the learner's points and their trails, and their labels, placed by `at`: what both
   * kinds of plot show. The marks are clipped to the plot area; the labels are not, so a point near the border
   * keeps its name.
   */
  private descentLayers(model: PlotModel, f: Frame, at: (p: ArrayLike<number>) => Pixel) {
    const far: Box = {
      x: [f.left - 4 * f.plotWidth, f.left + 5 * f.plotWidth],
      y: [f.top - 4 * f.plotHeight, f.top + 5 * f.plotHeight],
    };
    const pixels = cutAtBox(model.path.map(at), far);
    const start = model.start && at(model.start);
    const label = (x: number, y: number, text: string, cls: string, below: boolean) => {
      const flip = x > f.left + f.plotWidth - 8 * text.length - 12;
      return svg`<text class="${cls} halo" x=${r1(flip ? x - 10 : x + 10)} y=${r1(y + (below ? 13 : -12))} text-anchor=${flip ? 'end' : 'start'}>${text}</text>`;
    };
    const path = pixels.length > 1 ? pathMark(pixels, DOTS) : nothing;
    // The start and the learner's points go over the arrows that leave from them.
    const learner = svg`
      ${model.learner.map((p) => {
        if (!p.from) return nothing;
        const [x0, y0] = at(p.from);
        const [x1, y1] = at(p.point);
        return svg`<line class="learner-trail" data-status=${p.status} x1=${r1(x0)} y1=${r1(y0)} x2=${r1(x1)} y2=${r1(y1)}></line>`;
      })}
      ${start ? svg`<circle class="start" data-role="start" cx=${r1(start[0])} cy=${r1(start[1])} r="5.5"></circle>` : nothing}
      ${model.learner.map((p) => {
        const [x, y] = at(p.point);
        return learnerMark(x, y, p.status, p.step);
      })}`;
    const labels = svg`
      ${start ? label(start[0], start[1], iterateName(model, 0), 'label', true) : nothing}
      ${model.learner.map((p) => {
        const [x, y] = at(p.point);
        const m = say(PLOT, this.locale);
        const yours = p.limit
          ? m.yourLimit
          : p.t === undefined
            ? m.yourPoint
            : m.yourIterate({ name: iterateName(model, p.t) });
        return label(x, y, yours, `label-${p.status}`, y < f.top + 24);
      })}`;
    return { path, learner, labels };
  }

  private drawing2d(model: PlotModel, f: Frame): Layers {
    const at = (p: ArrayLike<number>) => [f.x(p[0]!), f.y(p[1]!)] as const;
    const name = model.landscape.name;
    const { path, learner, labels } = this.descentLayers(model, f, at);
    const gradient = arrowMark(model.gradient, f, 'gradient', `∇${name}`);
    const step = arrowMark(model.step, f, 'step', `−${this.exercise?.rateSymbol ?? 'α'}∇${name}`);
    return {
      ground: this.contourLayers(model, f),
      clipped: svg`${path}${gradient.shape}${step.shape}${learner}`,
      free: svg`${gradient.label}${step.label}${labels}`,
    };
  }

  private drawing1d(model: PlotModel, f: Frame): Layers {
    const at = (p: ArrayLike<number>) => [f.x(p[0]!), f.y(valueAt(model.landscape, p))] as const;
    const runs = curve(model.landscape, model.view.x, Math.max(100, Math.round(f.plotWidth / 2)));
    const t = model.tangent;
    const seg = t?.segment;
    const { path, learner, labels } = this.descentLayers(model, f, at);
    const tangent =
      t && seg
        ? svg`<line class="tangent" x1=${r1(f.x(seg[0]))} y1=${r1(f.y(seg[1]))} x2=${r1(f.x(seg[2]))} y2=${r1(f.y(seg[3]))}></line>`
        : nothing;
    // The slope's label sits above the point, on the uphill side of the tangent, clear of the descent.
    const slope =
      t && seg
        ? svg`<text class="label-gradient halo" x=${r1(f.x(t.x) + (t.slope > 0 ? -12 : 12))} y=${r1(f.y(t.y) - 18)} text-anchor=${t.slope > 0 ? 'end' : 'start'}>${say(PLOT, this.locale).slope({ value: formatNumber(t.slope, 3, this.locale) })}</text>`
        : nothing;
    return {
      ground: svg`<path class="curve" d=${pathData(
        runs.map((points) => ({ points })),
        f.x,
        f.y,
      )}></path>`,
      clipped: svg`${tangent}${path}${learner}`,
      free: svg`${slope}${labels}`,
    };
  }

  private table(d: Description) {
    const name = this.model!.landscape.name;
    const m = say(PLOT, this.locale);
    return dataTable(
      m.iteratesTable,
      html`<th scope="col">${m.columnPoint}</th>
        <th scope="col">${m.columnWhere}</th>
        <th scope="col">${name}</th>
        <th scope="col">${m.columnChange({ f: name })}</th>`,
      d.rows.map(
        (r) =>
          html`<tr class=${r.learner ? 'learner-row' : ''}>
            <th scope="row">${r.label}</th>
            <td>${r.point}</td>
            <td>${r.value}</td>
            <td>${r.change}</td>
          </tr>`,
      ),
      !this.described,
    );
  }

  override render() {
    const model = this.model;
    const d = this.description;
    if (!model || !d) return nothing;
    if (this.idle.pending) return html`<div class="pending" style="aspect-ratio: 1 / 1.1"></div>`;
    const two = model.dimension === 2;
    const f = frame(this.size.width, model.view, {
      square: two,
      legend: two ? (model.start ? 62 : 44) : 0,
      locale: this.locale,
    });
    this.frameNow = f;
    const names = model.landscape.variables.map(displayName);
    const yName = two ? names[1]! : `${model.landscape.name}(${names[0]!})`;
    const layers = two ? this.drawing2d(model, f) : this.drawing1d(model, f);
    const startLevel =
      model.start &&
      say(PLOT, this.locale).throughStart({
        name: iterateName(model, 0),
        f: model.landscape.name,
        value: formatNumber(valueAt(model.landscape, model.start), 4, this.locale),
      });
    return html`<figure part="figure">
      <figcaption id="caption" part="caption">${d.caption}</figcaption>
      <div class="canvas">
        <svg
          part="svg"
          viewBox="0 0 ${f.width} ${f.height}"
          role="img"
          aria-labelledby="caption"
          aria-describedby="sentences"
          data-dimension=${model.dimension}
        >
          <defs>${clipRect(f, 'plot-area')}</defs>
          ${axes(f, names[0]!, yName)}
          <g clip-path="url(#plot-area)">${layers.ground}</g>
          ${frameRect(f)} ${two ? this.legendLayer(model, f, startLevel) : nothing}
        </svg>
        <svg
          class="marks"
          part="marks"
          viewBox="0 0 ${f.width} ${f.height}"
          aria-hidden="true"
          data-dimension=${model.dimension}
        >
          <g clip-path="url(#plot-area)">${layers.clipped}</g>
          ${layers.free}
        </svg>
      </div>
      <div id="sentences" class="sentences" part="description" aria-busy=${this.described ? 'false' : 'true'}>
        ${d.sentences.map((s) => html`<p>${s}</p>`)}
      </div>
      ${this.table(d)}
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gd-descent-plot': GdDescentPlot;
  }
}
