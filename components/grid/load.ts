/**
 * Where an exercise gets the grid module (index.ts: the iteration table as one table, the matrix grid input)
 * from. The one-script embed and the package entry (components/index.ts) provide it up front; the app's pages
 * provide a dynamic import (lazy.ts), so a lesson without a table or a matrix does not pay for it. The import
 * lives there, not here, because a dynamic import anywhere in the elements' graph splits the embed into chunks.
 * Until the module arrives (or when nothing provides it) the steps are shown one by one, as they always could be.
 */
import type { DerivedStep } from '../../src/content/derived.js';
import { lazyModule } from '../lazy-module.js';

export type GridModule = typeof import('./index.js');

const grid = lazyModule<GridModule>((e) => {
  console.warn(`gd-tutor: the answer grids could not be loaded, the steps are shown one by one (${String(e)})`);
});

/** The module itself, or how to import it when an exercise first needs it. */
export const provideGrid = grid.provide;
export const loadGrid = grid.load;
export const loadedGrid = grid.loaded;

/** Whether an exercise has what the grid module shows: a table's cells, or a matrix answer. */
export const needsGrid = (steps: readonly DerivedStep[]): boolean =>
  steps.some((s) => s.kind === 'table' || s.answer.type === 'matrix');
