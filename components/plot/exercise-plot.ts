/**
 * Which plots an exercise shows, from what its steps ask: the descent plot
 * (the learner's points drawn as they answer) — or, for an exercise that compares optimisers (`compare:`), their
 * paths on one map with each one's loss per iteration — a loss chart for exercises that
 * iterate, and the learning-rate explorer for exercises that ask about the rate
 * (naming the regime only once the learner has answered for it).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CompiledExercise } from '../../src/content/compile.js';
import type { StepView } from '../../src/tutor/state.js';
import { answersKey } from '../../src/plot/answers.js';
import { displayName } from '../../src/plot/format.js';
import { learnerPoints } from '../../src/plot/learner.js';
import { shownIterations, type LearnerLoss } from '../../src/plot/loss.js';
import { lossSeries, pathOf, landscapeOf, valueAt } from '../../src/plot/landscape.js';
import type { Locale } from '../strings.js';
import { noMap, plotsBox } from './plot-slot.js';

const ITERATES = new Set(['iterate', 'table', 'limit', 'limit_loss']);
const RATE_QUESTIONS = new Set(['regime', 'max_rate']);

/** The engine's losses and the learner's, for an iterating exercise; cached per exercise and answers. */
const lossCache = new WeakMap<CompiledExercise, { key: string; losses: number[]; learner: LearnerLoss[] }>();

function lossesOf(exercise: CompiledExercise, steps: readonly StepView[]) {
  const key = answersKey(steps);
  const cached = lossCache.get(exercise);
  if (cached?.key === key) return cached;
  const landscape = exercise.function && landscapeOf(exercise.function);
  if (!landscape || !exercise.start) return undefined;
  // The engine's own path when it comes compiled (an optimiser's, or one rate per coordinate); plain descent is run here.
  const path = exercise.path
    ? exercise.path.map((p) => Float64Array.from(p))
    : exercise.learningRate !== undefined
      ? pathOf(landscape, exercise.learningRate, exercise.start, 200)
      : undefined;
  if (!path) return undefined;
  const learner = learnerPoints(exercise, steps, path)
    .filter((p) => p.t !== undefined && !p.limit)
    .map((p) => ({ t: p.t!, loss: valueAt(landscape, p.point), status: p.status, step: p.step }));
  const all = lossSeries(landscape, path);
  const entry = { key, losses: all.slice(0, shownIterations(all, learner)), learner };
  lossCache.set(exercise, entry);
  return entry;
}

const DONE = ['correct', 'carried', 'revealed'];

/** Whether every step has been answered right or revealed: until then the engine's path is an answer key. */
const allDone = (exercise: CompiledExercise, steps: readonly StepView[]): boolean =>
  exercise.steps.every((_, k) => DONE.includes(steps[k]?.status ?? 'open'));

/** Whether every step asking about the rate has been answered right or revealed. */
const rateQuestionsDone = (exercise: CompiledExercise, steps: readonly StepView[]): boolean =>
  exercise.steps.every((s, k) => !RATE_QUESTIONS.has(s.kind) || DONE.includes(steps[k]?.status ?? 'open'));

/** The loss chart of an iterating exercise, once it is done (the engine's losses are the table's answers). */
function lossChart(exercise: CompiledExercise, steps: readonly StepView[], iterates: boolean, locale: Locale) {
  const hasPath = exercise.start !== undefined && (exercise.learningRate !== undefined || exercise.path !== undefined);
  const losses = iterates && hasPath && allDone(exercise, steps) ? lossesOf(exercise, steps) : undefined;
  if (!losses || !exercise.function) return nothing;
  const variables = exercise.function.variables;
  return html`<gd-loss-chart
    .locale=${locale}
    .losses=${losses.losses}
    .learner=${losses.learner}
    .name=${exercise.function.name}
    .stem=${variables.length === 1 ? displayName(variables[0]!) : 'θ'}
  ></gd-loss-chart>`;
}

/**
 * The plots for an exercise and the learner's answers so far (the session's
 * step views). A function of three or more variables has no map: a sentence
 * says why, and an iterating exercise gets its loss chart.
 */
export function renderExercisePlot(
  exercise: CompiledExercise,
  steps: readonly StepView[],
  locale: Locale = 'en',
): TemplateResult | typeof nothing {
  // A set of questions only has no function, so nothing to draw.
  if (!exercise.function) return nothing;
  const dimension = exercise.function.variables.length;
  const kinds = new Set(exercise.steps.map((s) => s.kind));
  const iterates = [...kinds].some((k) => ITERATES.has(k));
  if (dimension > 2) return plotsBox(html`${noMap(exercise, locale)} ${lossChart(exercise, steps, iterates, locale)}`);
  if (dimension < 1) return nothing;
  const asksRate = [...kinds].some((k) => RATE_QUESTIONS.has(k));
  const hasPath = exercise.start !== undefined && exercise.learningRate !== undefined;
  // An exercise that only asks about rates has no rate of its own to draw: the explorer is its picture.
  const plot = hasPath || !asksRate;
  const done = allDone(exercise, steps);
  const explorer = asksRate && exercise.start !== undefined && exercise.function.gradient.length === dimension;
  // An exercise that compares optimisers shows them on one map, its own path among them, with their losses.
  if (exercise.comparison && dimension === 2)
    return plotsBox(
      html`<gd-compare-plot
        .exercise=${exercise}
        .steps=${steps}
        .locale=${locale}
        ?conceal=${!done}
      ></gd-compare-plot>`,
    );
  return plotsBox(html`
    ${
      plot
        ? html`<gd-descent-plot
            .exercise=${exercise}
            .steps=${steps}
            .locale=${locale}
            ?conceal=${!done}
          ></gd-descent-plot>`
        : nothing
    }
    ${lossChart(exercise, steps, iterates, locale)}
    ${
      explorer
        ? html`<gd-rate-explorer
            .exercise=${exercise}
            .locale=${locale}
            ?conceal-regime=${!rateQuestionsDone(exercise, steps)}
          ></gd-rate-explorer>`
        : nothing
    }
  `);
}
