import { html, nothing, svg } from 'lit';
import { formatNumber, subscript } from '../../src/plot/format.js';
import { frame, type Frame } from '../../src/plot/layout.js';
import { describeLosses, lossView, type LearnerLoss } from '../../src/plot/loss.js';
import { axes, clipRect, frameRect, learnerMark, pathMark } from './marks.js';
import { PlotElement } from './plot-element.js';
import { dataTable } from './data-table.js';
import type { Scale } from '../../src/plot/scale.js';
import { cutAtBox } from '../../src/plot/visible.js';
import { say } from '../../src/messages/catalogue.js';
import { PLOT } from '../../src/messages/plot.js';
import type { Locale } from '../strings.js';

const r1 = (v: number) => Math.round(v * 10) / 10;

/** The data of the text alternative, with its sentence. */
interface Told {
  readonly losses: readonly number[];
  readonly learner: readonly LearnerLoss[];
  readonly name: string;
  readonly stem: string;
  readonly locale: Locale;
  readonly sentence: string;
}
/** Rows of the table before it skips to the last iteration. */
const HEAD_ROWS = 8;

/**
 * @tagname gd-loss-chart
 * @summary The loss per iteration of gradient descent: the engine's iterates as a line, the learner's own points
 * beside it. A table of the values is its text alternative.
 *
 * @csspart figure - The figure around the chart, its caption and its text alternative.
 * @csspart svg - The drawing.
 * @csspart caption - The caption.
 * @csspart description - The sentence saying how the loss moves.
 * @csspart table - The details element holding the table of losses.
 *
 * @cssproperty --gd-plot-path - The loss line.
 * @cssproperty --gd-plot-right - A learner's point graded right.
 * @cssproperty --gd-plot-wrong - A learner's point graded wrong.
 * @cssproperty --gd-plot-axis - Axes and tick labels.
 * @cssproperty --gd-plot-font-size - Size of the labels in the drawing.
 */
export class GdLossChart extends PlotElement {
  static override properties = {
    losses: { attribute: false },
    learner: { attribute: false },
    name: {},
    stem: {},
    moving: { type: Boolean },
  };

  /** The loss at each iterate θ₀, θ₁, … */
  declare losses: readonly number[];
  /** The learner's own points: the loss where the learner put θₜ. */
  declare learner: readonly LearnerLoss[];
  /** The function's name (J, f). */
  declare name: string;
  /** How an iterate is written: θ (θₜ), or the variable of a one-variable function (xₜ). */
  declare stem: string;
  /**
   * The losses are changing frame by frame (a host's slider is being dragged): the line follows every frame, the
   * sentence and the table are written again only once this is false, and say aria-busy meanwhile.
   */
  declare moving: boolean;

  private frameNow: Frame | undefined;
  /** What the sentence and the table say: the data they were last written for (it waits while moving). */
  private told: Told | undefined;

  constructor() {
    super();
    this.losses = [];
    this.learner = [];
    this.name = 'f';
    this.stem = 'θ';
    this.moving = false;
  }

  /** Whether the sentence and the table say what is drawn. */
  private get toldNow(): boolean {
    const t = this.told;
    return (
      t !== undefined &&
      t.losses === this.losses &&
      t.learner === this.learner &&
      t.name === this.name &&
      t.stem === this.stem &&
      t.locale === this.locale
    );
  }

  protected override willUpdate(): void {
    // The sentence and the table cost a frame's budget: while moving, the last ones stay (marked busy).
    if (this.toldNow || (this.moving && this.told)) return;
    const { losses, learner, name, stem, locale } = this;
    this.told = { losses, learner, name, stem, locale, sentence: describeLosses(losses, name, locale) };
  }

  /** The data-to-pixel scales of the last drawing, in viewBox units. */
  get scales(): { x: Scale; y: Scale } | undefined {
    return this.frameNow && { x: this.frameNow.x, y: this.frameNow.y };
  }

  private table(told: Told, busy: boolean) {
    const { losses, learner, locale } = told;
    const n = losses.length - 1;
    const rows: (number | 'gap')[] = [...Array(Math.min(n + 1, HEAD_ROWS)).keys()];
    if (n > HEAD_ROWS) rows.push('gap');
    if (n >= HEAD_ROWS) rows.push(n);
    const m = say(PLOT, locale);
    const shown = (x: number) => formatNumber(x, 4, locale);
    return dataTable(
      m.lossesTable,
      html`<th scope="col">${m.columnIteration}</th>
        <th scope="col">${told.name}(${told.stem}ₜ)</th>`,
      html`${rows.map((t) =>
        t === 'gap'
          ? html`<tr>
              <th scope="row">…</th>
              <td></td>
            </tr>`
          : html`<tr>
              <th scope="row">${t}</th>
              <td>${shown(losses[t]!)}</td>
            </tr>`,
      )}
      ${learner.map(
        (p) =>
          html`<tr class="learner-row">
            <th scope="row">${m.yours({ t: p.t })}</th>
            <td>${shown(p.loss)}</td>
          </tr>`,
      )}`,
      busy,
    );
  }

  override render() {
    const told = this.told;
    if (this.losses.length === 0 || !told) return nothing;
    const busy = !this.toldNow;
    const view = lossView(this.losses, this.learner);
    const m = say(PLOT, this.locale);
    const f = frame(this.size.width, view, {
      square: false,
      legend: 0,
      integerX: true,
      aspect: 0.45,
      locale: this.locale,
    });
    this.frameNow = f;
    const far = {
      x: [f.left - f.plotWidth, f.left + 2 * f.plotWidth] as const,
      y: [f.top - 4 * f.plotHeight, f.top + 5 * f.plotHeight] as const,
    };
    const points = cutAtBox(
      this.losses.map((loss, t) => [f.x(t), f.y(loss)] as const),
      far,
    );
    const caption = m.lossCaption({ f: this.name, stem: this.stem });
    return html`<figure part="figure">
      <figcaption id="caption" part="caption">${caption}</figcaption>
      <svg
        part="svg"
        viewBox="0 0 ${f.width} ${f.height}"
        role="img"
        aria-labelledby="caption"
        aria-describedby="sentences"
      >
        <defs>${clipRect(f, 'plot-area')}</defs>
        ${axes(f, 't', this.name)}
        <g clip-path="url(#plot-area)">
          ${pathMark(points, 200)}
          ${this.learner.map(
            (p) => svg`<line class="learner-trail" data-status=${p.status}
              x1=${r1(f.x(p.t))} x2=${r1(f.x(p.t))} y1=${r1(f.y(this.losses[p.t] ?? p.loss))} y2=${r1(f.y(p.loss))}></line>
              ${learnerMark(f.x(p.t), f.y(p.loss), p.status, p.step)}`,
          )}
        </g>
        ${frameRect(f)}
        ${this.learner.map(
          (p) =>
            svg`<text class="label-${p.status} halo" x=${r1(f.x(p.t) + 10)} y=${r1(f.y(p.loss) - 12)}>${m.yourIterate({ name: `${this.stem}${subscript(p.t)}` })}</text>`,
        )}
      </svg>
      <div id="sentences" class="sentences" part="description" aria-busy=${busy ? 'true' : 'false'}>
        <p>${told.sentence}</p>
      </div>
      ${this.table(told, busy)}
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gd-loss-chart': GdLossChart;
  }
}
