/**
 * The grid module (index.ts), loaded by a dynamic import for an exercise with an iteration table or a matrix
 * step: once per page, shared by every exercise. Until it arrives (or if it cannot be fetched) the steps are
 * shown one by one, as they always could be.
 */
import type { DerivedStep } from '../../src/content/derived.js';

export type GridModule = typeof import('./index.js');

let loading: Promise<GridModule | undefined> | undefined;
let loaded: GridModule | undefined;

export function loadGrid(): Promise<GridModule | undefined> {
  loading ??= import('./index.js').then(
    (m) => (loaded = m),
    (e: unknown) => {
      console.warn(`gd-tutor: the answer grids could not be loaded, the steps are shown one by one (${String(e)})`);
      return undefined;
    },
  );
  return loading;
}

export const loadedGrid = (): GridModule | undefined => loaded;

/** Whether an exercise has what the grid module shows: a table's cells, or a matrix answer. */
export const needsGrid = (steps: readonly DerivedStep[]): boolean =>
  steps.some((s) => s.kind === 'table' || s.answer.type === 'matrix');
