import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { PlotExercise } from './descent-plot.component.js';
import {
  descend,
  explorerView,
  rateControl,
  regimeAt,
  type Descent,
  type RateControl,
  type RegimeReport,
} from '../../src/plot/explorer.js';
import { displayName, formatNumber, formatPoint } from '../../src/plot/format.js';
import { say } from '../../src/messages/catalogue.js';
import { PLOT } from '../../src/messages/plot.js';
import { STEPS_CONVERGENCE } from '../../src/messages/steps-convergence.js';
import { plotStyles } from './plot.styles.js';
import { landscapeOf, type Landscape } from '../../src/plot/landscape.js';
import { rateExplorerStyles } from './rate-explorer.styles.js';
import type { Box } from '../../src/plot/view.js';
import type { Locale } from '../strings.js';

/**
 * Milliseconds the slider rests before the engine runs descent to name the regime, and before the plots write
 * their text alternatives again (the drawing follows every frame; the words wait until the value holds still).
 */
const VERDICT_DELAY = 120;

/**
 * @tagname gd-rate-explorer
 * @summary Try learning rates: a slider for α and boxes for the start; the path and the loss per iteration are
 * redrawn as it moves, and the regime (slow, converges, one step, oscillates, flips, diverges) is named by the
 * engine's own run of descent.
 *
 * @csspart controls - The slider and the start boxes.
 * @csspart rate - The learning-rate slider.
 * @csspart regime - The sentence naming the regime (a live region).
 * @csspart plot - The descent plot (a gd-descent-plot).
 * @csspart loss - The loss chart (a gd-loss-chart).
 *
 * @cssproperty --gd-color-accent - The slider.
 * @cssproperty --gd-color-surface - The regime's panel.
 * @cssproperty --gd-color-correct-bg - The panel when descent converges.
 * @cssproperty --gd-color-incorrect-bg - The panel when it diverges or never settles.
 * @cssproperty --gd-radius - Corner radius.
 */
export class GdRateExplorer extends LitElement {
  static override styles = [plotStyles, rateExplorerStyles];

  static override properties = {
    exercise: { attribute: false },
    iterations: { type: Number },
    concealRegime: { type: Boolean, attribute: 'conceal-regime' },
    learningRate: { type: Number, attribute: 'learning-rate' },
    start: { attribute: false },
    locale: {},
  };

  /** The exercise whose function is explored (its start and learning rate are where the controls begin). */
  declare exercise: PlotExercise | undefined;
  /** Iterations drawn and charted. */
  declare iterations: number;
  /** Withholds the regime's name (while the learner is still asked for it). */
  declare concealRegime: boolean;
  /** The learning rate shown (the slider sets it); by default the exercise's, or a fifth of the stable limit. */
  declare learningRate: number | undefined;
  /** The start point (the boxes set it); by default the exercise's. */
  declare start: readonly number[] | undefined;
  /** The language of its plot's caption and sentences. */
  declare locale: Locale;

  private landscape: Landscape | undefined;
  private control: RateControl | undefined;
  private view: Box | undefined;
  private descent: Descent | undefined;
  /** The regimes the engine named, by learning rate and start: a slider dragged back and forth asks again for the same ones. */
  private readonly reports = new Map<string, RegimeReport>();
  private pending: ReturnType<typeof setTimeout> | undefined;
  /** While the rate or the start keeps changing (a drag): the plots draw, their words and the regime wait. */
  private moving = false;
  private settling: ReturnType<typeof setTimeout> | undefined;
  /** The slider's latest value, applied at the next animation frame: one redraw per frame, however fast it moves. */
  private nextRate: number | undefined;
  private frame = 0;
  /** The key of the rate and start drawn, for the engine's reports (worked out once per update, not per read). */
  private key = '';
  /** The exercise without its steps: the explorer draws descent, not the learner's answers. */
  private bare: PlotExercise | undefined;

  constructor() {
    super();
    this.exercise = undefined;
    this.iterations = 50;
    this.concealRegime = false;
    this.learningRate = undefined;
    this.start = undefined;
    this.locale = 'en';
  }

  /** The rate explored: the one set, else where the slider starts. */
  private get currentRate(): number {
    return this.learningRate ?? this.control?.initial ?? 0.1;
  }

  /** The start explored: the one set, else the exercise's, else 1 in every coordinate. */
  private get currentStart(): readonly number[] {
    const dimension = this.exercise?.function?.variables.length ?? 0;
    return this.start ?? this.exercise?.start ?? new Array<number>(dimension).fill(1);
  }

  /** Descent at the current rate and start, with the engine's regime once it has run (it waits for the slider to rest). */
  get result(): (Descent & Partial<RegimeReport>) | undefined {
    return this.descent && { ...this.descent, ...this.report };
  }

  private get report(): RegimeReport | undefined {
    return this.reports.get(this.key);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.pending);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.applyRate();
    // Taken off the page mid-drag: its plots say the last rate drawn, as they would once it rested.
    this.settle();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const ex = this.exercise;
    if (changed.has('exercise')) {
      this.landscape = ex?.function && landscapeOf(ex.function);
      this.bare = ex && { ...ex, steps: [] };
    }
    const landscape = this.landscape;
    if (!landscape) return;
    if (changed.has('exercise') || changed.has('start')) {
      this.control = rateControl(landscape, this.currentStart, ex?.learningRate);
      this.view = explorerView(landscape, this.currentStart, this.control.safe);
    }
    if (changed.has('exercise')) this.reports.clear();
    if (changed.has('exercise') || changed.has('start') || changed.has('learningRate') || changed.has('iterations')) {
      this.descent = descend(landscape, this.currentRate, this.currentStart, this.iterations);
      this.key = `${this.currentRate}|${this.currentStart.join()}`;
      if (this.hasUpdated && !changed.has('exercise') && (changed.has('learningRate') || changed.has('start')))
        this.move();
    }
    if (!this.report && !this.concealRegime) this.askEngine(landscape);
  }

  /** The rate or the start moved: the words wait until they hold still for VERDICT_DELAY ms. */
  private move(): void {
    this.moving = true;
    clearTimeout(this.settling);
    this.settling = setTimeout(() => {
      this.settle();
    }, VERDICT_DELAY);
  }

  private settle(): void {
    clearTimeout(this.settling);
    if (!this.moving) return;
    this.moving = false;
    this.requestUpdate();
  }

  /**
   * The engine's run may take tens of milliseconds at a slow rate, more than a frame: it runs once the
   * slider rests (after VERDICT_DELAY ms without a change), while the path and loss chart follow every move.
   */
  private askEngine(landscape: Landscape): void {
    clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      const key = this.key;
      const report = regimeAt(landscape, this.currentRate, this.currentStart);
      if (!report) return;
      if (this.reports.size > 200) this.reports.clear();
      this.reports.set(key, report);
      this.requestUpdate();
    }, VERDICT_DELAY);
  }

  /** A drag sends input events faster than frames: the latest value is drawn at the next one. */
  private onRate(e: Event): void {
    const value = Number((e.target as HTMLInputElement).value);
    if (!Number.isFinite(value) || value <= 0) return;
    this.nextRate = value;
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      this.applyRate();
    });
  }

  /** The slider was let go (or set by the keyboard): its value is drawn and described at once. */
  private onRateChange(e: Event): void {
    this.onRate(e);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.applyRate();
    void this.updateComplete.then(() => {
      this.settle();
    });
  }

  private applyRate(): void {
    if (this.nextRate !== undefined) this.learningRate = this.nextRate;
    this.nextRate = undefined;
  }

  private onStart(k: number, e: Event): void {
    const value = Number((e.target as HTMLInputElement).value);
    if ((e.target as HTMLInputElement).value.trim() === '' || !Number.isFinite(value)) return;
    const start = [...this.currentStart];
    start[k] = value;
    this.start = start;
  }

  private regime() {
    const x = this.descent;
    if (!x) return nothing;
    const m = say(PLOT, this.locale);
    const learningRate = `${this.exercise?.rateSymbol ?? 'α'} = ${formatNumber(x.learningRate, 4, this.locale)}`;
    const names = this.landscape?.variables.map(displayName) ?? [];
    const from = `${names.length === 1 ? names[0]! : 'θ'}₀ = ${formatPoint(x.start, 4, this.locale)}`;
    if (this.concealRegime)
      return html`<p
        class="regime"
        part="regime"
        role="status"
        aria-live="polite"
        aria-busy=${this.moving ? 'true' : 'false'}
        data-regime=""
      >
        ${m.regimeConcealed({ rate: learningRate, from })}
      </p>`;
    const report = this.report;
    // While the engine runs, the sentence waits: aria-busy holds it back from screen readers until it is whole.
    return html`<p
      class="regime"
      part="regime"
      role="status"
      aria-live="polite"
      aria-busy=${report && !this.moving ? 'false' : 'true'}
      data-regime=${report?.regime ?? ''}
    >
      ${m.regimeAt({ rate: learningRate, from })}
      ${report ? html`<strong>${say(STEPS_CONVERGENCE, this.locale)[`regime_${report.regime}`]}</strong>.` : '…'}
    </p>`;
  }

  override render() {
    const ex = this.exercise;
    const landscape = this.landscape;
    const control = this.control;
    const x = this.descent;
    if (!ex || !landscape || !control || !x) return nothing;
    const names = landscape.variables.map(displayName);
    return html`<div class="wrap">
      <div class="controls" part="controls">
        <div class="rate">
          <label for="rate">${say(PLOT, this.locale).rateLabel({ rate: ex.rateSymbol ?? 'α' })}</label>
          <input
            id="rate"
            part="rate"
            type="range"
            min=${control.min}
            max=${control.max}
            step=${control.step}
            .value=${String(x.learningRate)}
            @input=${this.onRate}
            @change=${this.onRateChange}
          />
          <output for="rate" aria-hidden="true">${formatNumber(x.learningRate, 4, this.locale)}</output>
        </div>
        <fieldset>
          <legend>${say(PLOT, this.locale).startLegend}</legend>
          ${names.map(
            (name, k) =>
              html`<label
                >${name}₀
                <input
                  type="number"
                  step="any"
                  .value=${String(x.start[k] ?? '')}
                  @input=${(e: Event) => {
                    this.onStart(k, e);
                  }}
              /></label>`,
          )}
        </fieldset>
      </div>
      ${this.regime()}
      <div class="charts">
        <gd-descent-plot
          part="plot"
          .exercise=${this.bare}
          .learningRate=${x.learningRate}
          .start=${x.start}
          .view=${this.view}
          .iterations=${this.iterations}
          .moving=${this.moving}
          .locale=${this.locale}
        ></gd-descent-plot>
        <gd-loss-chart
          part="loss"
          .losses=${x.losses}
          .name=${landscape.name}
          .stem=${names.length === 1 ? names[0]! : 'θ'}
          .moving=${this.moving}
          .locale=${this.locale}
        ></gd-loss-chart>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gd-rate-explorer': GdRateExplorer;
  }
}
