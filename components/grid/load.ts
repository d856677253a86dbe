/**
 * Where an exercise gets the grid module (index.ts: the iteration table as one table, the matrix grid input)
 * from. The one-script embed and the package entry (components/index.ts) provide it up front; the app's pages
 * provide a dynamic import (lazy.ts), so a lesson without a table or a matrix does not pay for it. The import
 * lives there, not here, because a dynamic import anywhere in the elements' graph splits the embed into chunks.
 * Until the module arrives (or when nothing provides it) the steps are shown one by one, as they always could be.
 */
import type { DerivedStep } from '../../src/content/derived.js';

export type GridModule = typeof import('./index.js');

let loaded: GridModule | undefined;
let loader: (() => Promise<GridModule>) | undefined;
let loading: Promise<GridModule | undefined> | undefined;

/** The module itself, or how to import it when an exercise first needs it. */
export function provideGrid(source: GridModule | (() => Promise<GridModule>)): void {
  if (typeof source === 'function') loader ??= source;
  else loaded = source;
}

export function loadGrid(): Promise<GridModule | undefined> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= (loader ?? (() => Promise.resolve(undefined)))().then(
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
