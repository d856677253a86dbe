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

function change(before: number, after: number): string {
  const d = after - before;
  if (!Number.isFinite(d)) return '';
  if (d === 0) return 'no change';
  return `${d > 0 ? 'up' : 'down'} ${formatNumber(Math.abs(d))} (${d > 0 ? 'uphill' : 'downhill'})`;
}

function learnerName(model: PlotModel, p: LearnerPoint): string {
  if (p.limit) return 'your limit';
  return p.t === undefined ? 'your point' : `your ${iterateName(model, p.t)}`;
}

function learnerSentence(model: PlotModel, p: LearnerPoint): string {
  const f = model.landscape.name;
  const value = valueAt(model.landscape, p.point);
  const here = `${learnerName(model, p)} = ${formatPoint(p.point)}, where ${f} = ${formatNumber(value)}`;
  if (!p.from) return `${capitalise(here)}.`;
  const before = valueAt(model.landscape, p.from);
  const d = value - before;
  const direction = d > 0 ? 'uphill: higher than' : d < 0 ? 'downhill: lower than' : 'level with';
  return `${capitalise(here)}, ${direction} ${formatNumber(before)} at ${formatPoint(p.from)}.`;
}

/** Values within 10⁻⁹ of the scale of zero read as 0 (with ≈): where descent ends is 0, not 1.1 × 10⁻¹¹. */
function nearly(values: ArrayLike<number>, scale: number): { values: number[]; sign: '=' | '≈' } {
  const tiny = (v: number) => v !== 0 && Math.abs(v) < 1e-9 * scale;
  const all = Array.from(values);
  return { values: all.map((v) => (tiny(v) ? 0 : v)), sign: all.some(tiny) ? '≈' : '=' };
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function arrowSentences(model: PlotModel): string[] {
  const at = model.path[model.current];
  if (!at) return [];
  const name = iterateName(model, model.current);
  const f = model.landscape.name;
  if (model.dimension === 1) {
    const tangent = model.tangent;
    if (!tangent) return [];
    const slope = tangent.slope;
    const way = slope > 0 ? 'descent moves left' : slope < 0 ? 'descent moves right' : 'descent stands still';
    return [`The tangent at ${name} = ${formatNumber(tangent.x)} has slope ${f}′ = ${formatNumber(slope)}, so ${way}.`];
  }
  const sentences: string[] = [];
  if (model.gradient)
    sentences.push(`The gradient at ${name}, ∇${f} = ${formatPoint(model.gradient.vector)}, points uphill.`);
  if (model.step && model.learningRate !== undefined) {
    const next = model.path[model.current + 1];
    sentences.push(
      `The step −α∇${f} = ${formatPoint(model.step.vector)} goes downhill${next ? ` to ${iterateName(model, model.current + 1)} = ${formatPoint(next)}` : ''}.`,
    );
  }
  return sentences;
}

export function describePlot(model: PlotModel): Description {
  const f = model.landscape.name;
  const written = displayFunction(model.landscape.text, model.landscape.variables);
  const caption =
    model.dimension === 2
      ? `Contour map of ${signature(model)} = ${written} (darker is lower)`
      : `Graph of ${signature(model)} = ${written}`;
  const sentences: string[] = [];
  const start = model.start;
  if (start)
    sentences.push(
      `Descent starts at ${iterateName(model, 0)} = ${formatPoint(start)}, where ${f} = ${formatNumber(valueAt(model.landscape, start))}.`,
    );
  sentences.push(...arrowSentences(model));
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
      `After ${last} step${last === 1 ? '' : 's'}, gradient descent is at ${iterateName(model, last)} ${point.sign} ${formatPoint(point.values)}, where ${f} ${loss.sign} ${formatPoint(loss.values)}.`,
    );
  }
  sentences.push(...model.learner.map((p) => learnerSentence(model, p)));

  const rows: Row[] = [];
  const engineRow = (t: number): Row => {
    const theta = model.path[t]!;
    const value = valueAt(model.landscape, theta);
    return {
      label: iterateName(model, t),
      point: formatPoint(theta),
      value: formatNumber(value),
      change: t === 0 ? '' : change(valueAt(model.landscape, model.path[t - 1]!), value),
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
      label: learnerName(model, p),
      point: formatPoint(p.point),
      value: formatNumber(value),
      change: p.from ? change(valueAt(model.landscape, p.from), value) : '',
      learner: true,
    });
  }
  return { caption, sentences, rows };
}
