/**
 * The comparison plot's geometry and words, DOM-free: the optimisers' paths from one start (the engine's runs,
 * compiled with the exercise: `comparison`), the learner's own points beside the exercise's own run, one view
 * that frames them, each run's loss per iteration, and the text alternative — a caption, sentences (where each
 * run starts and ends, when it gets close to the minimum, where the learner's points are) and a table of the
 * losses. While the learner is still answering, the exercise's own path (their answers) is concealed.
 */
import type { CompiledExercise } from '../content/compile.js';
import type { OptimizerKind } from '../content/optimizer.js';
import { formatFor, localeOf, say, type Locale } from '../messages/catalogue.js';
import { PLOT_COMPARE } from '../messages/plot-compare.js';
import type { StepView } from '../tutor/state.js';
import type { Box } from './arrows.js';
import { capitalise, learnerSentence, wordsIn } from './describe.js';
import { displayFunction, displayName, formatNumber, formatPoint } from './format.js';
import { landscapeOf, valueAt, type Landscape } from './landscape.js';
import { learnerPoints, type LearnerPoint } from './learner.js';
import { lossBox, settledAt, type LearnerLoss } from './loss.js';
import { framedPath, squareView } from './view.js';

export type ComparisonExercise = Pick<CompiledExercise, 'function' | 'steps' | 'comparison'>;

export interface Series {
  readonly optimizer: OptimizerKind;
  readonly learningRate: number;
  /** The exercise's own run: the one its steps ask about. */
  readonly own: boolean;
  /** Drawn beyond the start (the own run is concealed until every step is done). */
  readonly shown: boolean;
  readonly path: readonly Float64Array[];
  /** f at each iterate, for the iterations the chart shows. */
  readonly losses: readonly number[];
}

export interface ComparisonModel {
  readonly landscape: Landscape;
  readonly start: Float64Array;
  readonly series: readonly Series[];
  readonly learner: readonly LearnerPoint[];
  /** The map's view: every drawn path and the learner's points. */
  readonly view: Box;
  /** The loss chart's view: iterations across, the loss up. */
  readonly lossView: Box;
  /** The learner's points on the loss chart (their iterate's t and f there). */
  readonly learnerLosses: readonly LearnerLoss[];
}

/** The most iterations the loss chart shows: enough to see who arrives first, few enough to read. */
const MOST_ITERATIONS = 40;

/** How many iterations the loss chart shows: past where the slowest run settles, at least 10, at most 40. */
function shownIterations(series: readonly { path: readonly Float64Array[]; losses: number[] }[]): number {
  const longest = Math.max(...series.map((s) => s.path.length - 1));
  const settle = Math.max(...series.map((s) => settledAt(s.losses)));
  return Math.min(longest, MOST_ITERATIONS, Math.max(10, Math.ceil(settle * 1.25)));
}

/** The model, or undefined when the exercise has no comparison or its function cannot be drawn on a map. */
export function comparisonModel(
  exercise: ComparisonExercise,
  steps: readonly StepView[],
  conceal: boolean,
): ComparisonModel | undefined {
  const runs = exercise.comparison;
  if (!runs || runs.length === 0 || exercise.function?.variables.length !== 2) return undefined;
  const landscape = landscapeOf(exercise.function);
  const first = runs[0]?.path[0];
  if (!landscape || !first) return undefined;
  const all = runs.map((r) => {
    const path = r.path.map((p) => Float64Array.from(p));
    return { run: r, path, losses: path.map((p) => valueAt(landscape, p)) };
  });
  const own = all.find((s) => s.run.own) ?? all[0]!;
  const learner = learnerPoints(exercise, steps, own.path);
  const n = shownIterations(all);
  const series: Series[] = all.map((s) => ({
    optimizer: s.run.optimizer,
    learningRate: s.run.learningRate,
    own: s === own,
    shown: !(conceal && s === own),
    path: s.path,
    losses: s.losses.slice(0, n + 1),
  }));
  const drawn = series.flatMap((s) => {
    if (!s.shown) return [s.path[0]!];
    const settles = s.losses.every(Number.isFinite) && s.losses.at(-1)! <= s.losses[0]!;
    return framedPath([...s.path], settles);
  });
  const learnerLosses = learner
    .filter((p) => p.t !== undefined && !p.limit)
    .map((p) => ({ t: p.t!, loss: valueAt(landscape, p.point), status: p.status, step: p.step }));
  const values = [
    ...series.filter((s) => s.shown).flatMap((s) => s.losses),
    series[0]!.losses[0]!,
    ...learnerLosses.map((p) => p.loss),
  ];
  return {
    landscape,
    start: Float64Array.from(first),
    series,
    learner,
    view: squareView([...drawn, ...learner.map((p) => p.point)]),
    lossView: lossBox(values, Math.max(n, ...learnerLosses.map((p) => p.t))),
    learnerLosses,
  };
}

/** How close to the lowest value a run must come to count as arrived, relative to the fall from the start. */
const ARRIVED = 1e-3;

export interface ComparisonDescription {
  readonly mapCaption: string;
  readonly lossCaption: string;
  readonly sentences: readonly string[];
  /** A name per run, in order: the columns of the table and the legend. */
  readonly names: readonly string[];
  /** Per iteration t: t and each run's f (empty where a run has stopped or is concealed). */
  readonly rows: readonly { readonly t: number; readonly values: readonly string[] }[];
  readonly tableCaption: string;
  readonly iteration: string;
}

/** The comparison's text alternative, in the learner's language. */
export function describeComparison(model: ComparisonModel, locale?: Locale): ComparisonDescription {
  const m = say(PLOT_COMPARE, locale);
  const plot = wordsIn(locale);
  const f = model.landscape.name;
  const variables = model.landscape.variables;
  const signature = `${f}(${variables.map(displayName).join(', ')})`;
  const names = model.series.map((s) =>
    m.named({ name: m[s.optimizer], rate: formatNumber(s.learningRate, 4, locale) }),
  );
  const joined = formatFor(localeOf(locale)).list(names);
  const sentences: string[] = [
    m.starts({
      n: model.series.length,
      name: 'θ₀',
      point: formatPoint(model.start, 4, locale),
      f,
      value: formatNumber(valueAt(model.landscape, model.start), 4, locale),
    }),
  ];
  const lowest = Math.min(
    ...model.series.filter((s) => s.shown).flatMap((s) => s.path.map((p) => valueAt(model.landscape, p))),
  );
  model.series.forEach((s, k) => {
    const who = capitalise(names[k]!);
    if (!s.shown) {
      sentences.push(m.hidden({ who: names[k]! }));
      return;
    }
    const last = s.path.length - 1;
    const end = s.path[last]!;
    sentences.push(
      m.ends({
        who,
        n: last,
        point: formatPoint(end, 4, locale),
        f,
        loss: formatNumber(valueAt(model.landscape, end), 4, locale),
      }),
    );
    const fall = Math.abs(valueAt(model.landscape, s.path[0]!) - lowest);
    const tolerance = Math.max(fall * ARRIVED, 1e-12);
    const t = s.path.findIndex((p) => valueAt(model.landscape, p) - lowest <= tolerance);
    if (t > 0) sentences.push(m.below({ who, f, tolerance: formatNumber(tolerance, 2, locale), t }));
  });
  const dims = { dimension: 2 as const, landscape: model.landscape };
  sentences.push(...model.learner.map((p) => learnerSentence(plot, dims, p)));
  const n = model.lossView.x[1];
  const rows = Array.from({ length: n + 1 }, (_, t) => ({
    t,
    values: model.series.map((s) =>
      (s.shown || t === 0) && s.losses[t] !== undefined ? formatNumber(s.losses[t], 4, locale) : '',
    ),
  }));
  return {
    mapCaption: m.mapCaption({
      signature,
      formula: displayFunction(model.landscape.text, variables),
      names: joined,
    }),
    lossCaption: m.lossCaption({ f }),
    sentences,
    names,
    rows,
    tableCaption: m.table({ f }),
    iteration: m.iteration,
  };
}
