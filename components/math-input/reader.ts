/**
 * Where an answer box gets the reader behind its "read as …" preview (src/tutor/preview.ts: the checker's own
 * parser, so most of the engine's weight). The one-script embed and the package entry (components/index.ts)
 * provide it up front; the app's pages provide a dynamic import (components/lazy-engine.ts), loaded once the page is
 * idle, so a box is ready for typing before it arrives. Until it does, the box shows no preview.
 */
export type Reader = typeof import('../../src/tutor/preview.js');

let loaded: Reader | undefined;
let loader: (() => Promise<Reader>) | undefined;
let loading: Promise<Reader | undefined> | undefined;

/** The reader itself, or how to import it when a box first needs it. */
export function provideReader(source: Reader | (() => Promise<Reader>)): void {
  if (typeof source === 'function') loader ??= source;
  else loaded = source;
}

export const loadedReader = (): Reader | undefined => loaded;

/** Loads the reader (once; a failed load is tried again by the next call, and the box goes on without a preview). */
export function loadReader(): Promise<Reader | undefined> {
  if (loaded) return Promise.resolve(loaded);
  loading ??= (loader ?? (() => Promise.resolve(undefined)))().then(
    (m) => (loaded = m),
    (e: unknown) => {
      loading = undefined;
      console.warn(`gd-tutor: the answer preview could not be loaded (${String(e)})`);
      return undefined;
    },
  );
  return loading;
}
