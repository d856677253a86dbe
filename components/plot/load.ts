/**
 * The plot elements and the choice of an exercise's plots, loaded by a dynamic import: about a fifth of the
 * page's JavaScript that the learner's first answer box does not need (the plots are drawn once the browser
 * is idle anyway). A page that imports components/index.ts (the package's entry, the one-script embed) has
 * them already, and the import resolves to the same module.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CompiledExercise } from '../../src/content/compile.js';
import type { StepView } from '../../src/tutor/state.js';
import type { Locale } from '../strings.js';
import { noMap, plotsBox } from './plot-slot.js';

export type PlotModule = typeof import('./index.js');

let loading: Promise<PlotModule | undefined> | undefined;
let loaded: PlotModule | undefined;
let failed = false;

/**
 * The plot module, loaded once per page (registering its elements); later calls share the first import. If it
 * cannot be fetched (a host that copied only the entry), the exercises go on without plots.
 */
export function loadPlots(): Promise<PlotModule | undefined> {
  loading ??= import('./index.js').then(
    (m) => (loaded = m),
    (e: unknown) => {
      failed = true;
      console.warn(`gd-tutor: the plots could not be loaded, the exercises go on without them (${String(e)})`);
      return undefined;
    },
  );
  return loading;
}

/** The plot module if it is loaded, so an element rendered after that draws its plots at once. */
export const loadedPlots = (): PlotModule | undefined => loaded;

/**
 * The plots of an exercise once the module is here; until then the room of the first plot (as a plot keeps it
 * until it is drawn), so the steps below do not move under the learner's hands when it arrives, or for three or
 * more variables the sentence saying why there is no map.
 */
export function exercisePlots(
  plots: PlotModule | undefined,
  exercise: CompiledExercise,
  steps: readonly StepView[],
  locale: Locale,
): TemplateResult | typeof nothing {
  if (plots) return plots.renderExercisePlot(exercise, steps, locale);
  const dimension = exercise.function?.variables.length ?? 0;
  if (dimension > 2) return plotsBox(noMap(exercise, locale));
  if (failed || dimension < 1) return nothing;
  return plotsBox(html`<div style="aspect-ratio: 1 / 1.1"></div>`, true);
}
