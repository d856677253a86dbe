/**
 * Where an answer box gets the reader behind its "read as …" preview (src/tutor/preview.ts: the checker's own
 * parser, so most of the engine's weight). The one-script embed and the package entry (components/index.ts)
 * provide it up front; the app's pages provide a dynamic import (components/lazy-engine.ts), loaded once the page is
 * idle, so a box is ready for typing before it arrives. Until it does, the box shows no preview.
 */
import { lazyModule } from '../lazy-module.js';

export type Reader = typeof import('../../src/tutor/preview.js');

const reader = lazyModule<Reader>((e) => {
  console.warn(`gd-tutor: the answer preview could not be loaded (${String(e)})`);
});

/** The reader itself, or how to import it when a box first needs it. */
export const provideReader = reader.provide;
export const loadedReader = reader.loaded;
/** Loads the reader (a failed load is tried again by the next call, and the box goes on without a preview). */
export const loadReader = reader.load;
