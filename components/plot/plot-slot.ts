/**
 * Where an exercise's plots go: the box they stand in, and what an exercise in three or more variables says where
 * a two-variable one has its contour map (why there is none). Apart from the plot module, so both are there from
 * the first render (plot/load.ts), before the plots arrive.
 */
import { html, type TemplateResult } from 'lit';
import type { CompiledExercise } from '../../src/content/compile.js';
import { displayName } from '../../src/plot/names.js';
import { t, type Locale } from '../strings.js';

export const noMap = (exercise: CompiledExercise, locale: Locale): TemplateResult => {
  const variables = exercise.function?.variables ?? [];
  return html`<p class="no-map" part="no-map">
    ${t(locale, 'noMap', {
      name: exercise.function?.name ?? 'f',
      count: variables.length,
      variables: variables.map(displayName).join(', '),
    })}
  </p>`;
};

/** The box the plots of an exercise stand in, one above the other. */
export const plotsBox = (content: TemplateResult, pending = false): TemplateResult =>
  html`<div class="gd-plots${pending ? ' pending' : ''}" style="display: grid; gap: 1rem; margin: 0 0 1rem">
    ${content}
  </div>`;
