/**
 * The answer checker (grade.ts, with the parser, the equivalence checks and the decimal arithmetic under it) is
 * most of the engine, and a page needs none of it to show an exercise: sessions reach it through here. grade.ts
 * provides itself when it is evaluated, so whatever imports it (src/tutor/index.ts, the package's entry points,
 * the command line, the server, the one-script embed) has it at once. The app's pages do not: they provide a
 * dynamic import instead (components/lazy-engine.ts), and load it once the first answer box is ready, or when
 * the learner checks or saved work is restored, whichever comes first. The import lives there, not here: a
 * dynamic import in the elements' graph splits the one-script embed into chunks.
 */
import type { EarlierAnswer, Graded, PreparedStep } from './verdict.js';
import type { AnswerTree } from './carry.js';
import type { DerivedStep } from '../content/index.js';
import { hasSavedWork, type SessionStorage } from './storage.js';

export interface Checker {
  readonly prepareStep: (step: DerivedStep, locale?: string) => PreparedStep;
  readonly gradeAnswer: (prepared: PreparedStep, text: string, earlier: ReadonlyMap<string, EarlierAnswer>) => Graded;
  readonly expectedTree: (step: DerivedStep) => { tree: AnswerTree; latex: string };
}

let provided: Checker | undefined;
let loader: (() => Promise<unknown>) | undefined;
let loading: Promise<Checker> | undefined;

/** The checker itself (grade.ts, as it is evaluated), or how to import it (an import of grade.ts) when first needed. */
export function provideChecker(source: Checker | (() => Promise<unknown>)): void {
  if (typeof source === 'function') loader ??= source;
  else provided = source;
}

/** Whether the checker is here: a session can then grade, and restore saved answers, at once. */
export const checkerReady = (): boolean => provided !== undefined;

/** The checker, when a session grades; asking before it is loaded is a bug in the host, said plainly. */
export function checker(): Checker {
  if (!provided)
    throw new Error(
      'gd-tutor: the answer checker is not loaded. Import gd-tutor (or src/tutor/index.ts), or await loadChecker() before answering or restoring saved work.',
    );
  return provided;
}

/** Loads the checker (once; a failed load, a network error, is tried again by the next call). */
export function loadChecker(): Promise<Checker> {
  if (provided) return Promise.resolve(provided);
  if (!loader) return Promise.reject(new Error('nothing provides the answer checker (see src/tutor/checker.ts)'));
  loading ??= loader().then(
    () => checker(),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * Whether opening these exercises' sessions must wait for the checker: it is not here, and the learner has saved
 * work that opening replays.
 */
export const checkerNeededToOpen = (
  storage: SessionStorage,
  lesson: string,
  exercises: readonly string[],
  learner?: string,
): boolean => !checkerReady() && hasSavedWork(storage, lesson, exercises, learner);

/** What went wrong loading the checker, for a message (a network error's text, as the browser gives it). */
export const loadError = (e: unknown): string => (e instanceof Error ? e.message : String(e));
