/**
 * The text alternative of a descent plot: a caption, a few sentences that say
 * what the picture shows (where descent starts, which way is uphill, where the
 * learner's points went), and a table of the iterates. The facts are computed
 * (f before and after, the sign of a slope); no sentence judges an answer.
 */
import { displayFunction, displayName, formatNumber, formatPoint, subscript } from './format.js';
import type { LearnerPoint } from './learner.js';
import type { PlotModel } from './model.js';
import { valueAt } from './landscape.js';
import { say, type Locale, type Speaker } from '../messages/catalogue.js';
import { PLOT } from '../messages/plot.js';

/** The words of a plot in one locale, with its numbers written the locale's way. */
type Words = Speaker<(typeof PLOT)['en']> & {
  readonly n: (value: number) => string;
  readonly pt: (point: ArrayLike<number>) => string;
};

export const wordsIn = (locale: Locale | undefined): Words => ({
  ...say(PLOT, locale),
  n: (value) => formatNumber(value, 4, locale),
  pt: (point) => formatPoint(point, 4, locale),
});

export interface Row {
  /** θ₀, θ₁ … (the engine's), or "your θ₁". */
  readonly label: string;
  readonly point: string;
  readonly value: string;
  /** The change of f from the point this one was stepped from. */
  readonly change: string;
  readonly learner: boolean;
}

export interface Description {
  readonly caption: string;
  readonly sentences: readonly string[];
  readonly rows: readonly Row[];
}

/** Engine rows shown before the table skips to the last one. */
const HEAD_ROWS = 8;

/** θₜ for two variables, xₜ for one (named after its variable). */
export function iterateName(model: Pick<PlotModel, 'dimension' | 'landscape'>, t: number): string {
  const stem = model.dimension === 1 ? displayName(model.landscape.variables[0]!) : 'θ';
  return `${stem}${subscript(t)}`;
}

const signature = (model: PlotModel): string =>
  `${model.landscape.name}(${model.landscape.variables.map(displayName).join(', ')})`;

function change(m: Words, before: number, after: number): string {
  const d = after - before;
  if (!Number.isFinite(d)) return '';
  if (d === 0) return m.noChange;
  return m.change({ up: d > 0, amount: m.n(Math.abs(d)) });
}

function learnerName(m: Words, model: Pick<PlotModel, 'dimension' | 'landscape'>, p: LearnerPoint): string {
  if (p.limit) return m.yourLimit;
  return p.t === undefined ? m.yourPoint : m.yourIterate({ name: iterateName(model, p.t) });
}

/** Where a learner's point is, and whether it went downhill from the point it was stepped from. */
export function learnerSentence(m: Words, model: Pick<PlotModel, 'dimension' | 'landscape'>, p: LearnerPoint): string {
  const f = model.landscape.name;
  const value = valueAt(model.landscape, p.point);
  const who = learnerName(m, model, p);
  // Outside the function's domain (the log of a negative) there is no value, and nothing is uphill or downhill of it.
  if (Number.isNaN(value)) return capitalise(m.learnerUndefined({ who, point: m.pt(p.point), f }));
  const here = capitalise(m.learnerHere({ who, point: m.pt(p.point), f, value: m.n(value) }));
  const before = p.from && valueAt(model.landscape, p.from);
  if (!p.from || before === undefined || Number.isNaN(before)) return `${here}.`;
  return m.learnerFrom({ here, d: value - before, before: m.n(before), from: m.pt(p.from) });
}

/** Values within 10⁻⁹ of the scale of zero read as 0 (with ≈): where descent ends is 0, not 1.1 × 10⁻¹¹. */
function nearly(values: ArrayLike<number>, scale: number): { values: number[]; sign: '=' | '≈' } {
  const tiny = (v: number) => v !== 0 && Math.abs(v) < 1e-9 * scale;
  const all = Array.from(values);
  return { values: all.map((v) => (tiny(v) ? 0 : v)), sign: all.some(tiny) ? '≈' : '=' };
}

export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function arrowSentences(m: Words, model: PlotModel, rate: string): string[] {
  const at = model.path[model.current];
  if (!at) return [];
  const name = iterateName(model, model.current);
  const f = model.landscape.name;
  if (model.dimension === 1) {
    const tangent = model.tangent;
    if (!tangent) return [];
    const slope = tangent.slope;
    return [m.tangent({ name, x: m.n(tangent.x), f, slope: m.n(slope), sign: Math.sign(slope) })];
  }
  const sentences: string[] = [];
  if (model.gradient) sentences.push(m.gradient({ name, f, vector: m.pt(model.gradient.vector) }));
  if (model.step && model.learningRate !== undefined) {
    const next = model.path[model.current + 1];
    sentences.push(
      m.step({
        f,
        rate,
        vector: m.pt(model.step.vector),
        ...(next ? { next: `${iterateName(model, model.current + 1)} = ${m.pt(next)}` } : {}),
      }),
    );
  }
  return sentences;
}

/**
 * The plot's text alternative, in the learner's language (English when none is given), the learning rate under
 * the lesson's name for it (α, or η).
 */
export function describePlot(model: PlotModel, locale?: Locale, rate = 'α'): Description {
  const m = wordsIn(locale);
  const f = model.landscape.name;
  const written = displayFunction(model.landscape.text, model.landscape.variables);
  const named = { signature: signature(model), formula: written };
  const caption = model.dimension === 2 ? m.contourCaption(named) : m.graphCaption(named);
  const sentences: string[] = [];
  const start = model.start;
  if (start)
    sentences.push(
      m.starts({
        name: iterateName(model, 0),
        point: m.pt(start),
        f,
        value: m.n(valueAt(model.landscape, start)),
      }),
    );
  sentences.push(...arrowSentences(m, model, rate));
  const last = model.path.length - 1;
  if (last > 0) {
    const end = model.path[last]!;
    const scale = Math.max(1, ...Array.from(model.path[0]!, Math.abs));
    const point = nearly(end, scale);
    const loss = nearly(
      [valueAt(model.landscape, end)],
      Math.max(1, Math.abs(valueAt(model.landscape, model.path[0]!))),
    );
    sentences.push(
      m.after({
        n: last,
        name: iterateName(model, last),
        sign: point.sign,
        point: m.pt(point.values),
        f,
        lossSign: loss.sign,
        loss: m.pt(loss.values),
      }),
    );
  }
  sentences.push(...model.learner.map((p) => learnerSentence(m, model, p)));

  const rows: Row[] = [];
  const engineRow = (t: number): Row => {
    const theta = model.path[t]!;
    const value = valueAt(model.landscape, theta);
    return {
      label: iterateName(model, t),
      point: m.pt(theta),
      value: m.n(value),
      change: t === 0 ? '' : change(m, valueAt(model.landscape, model.path[t - 1]!), value),
      learner: false,
    };
  };
  for (let t = 0; t <= Math.min(last, HEAD_ROWS - 1); t++) rows.push(engineRow(t));
  if (last >= HEAD_ROWS) {
    if (last > HEAD_ROWS) rows.push({ label: '…', point: '', value: '', change: '', learner: false });
    rows.push(engineRow(last));
  }
  for (const p of model.learner) {
    const value = valueAt(model.landscape, p.point);
    rows.push({
      label: learnerName(m, model, p),
      point: m.pt(p.point),
      value: m.n(value),
      change: p.from ? change(m, valueAt(model.landscape, p.from), value) : '',
      learner: true,
    });
  }
  return { caption, sentences, rows };
}
