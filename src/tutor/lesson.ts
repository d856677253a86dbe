/**
 * A lesson's session: one exercise session per exercise, opened on demand
 * over one storage, and the lesson's progress folded from their views —
 * which exercises are complete, and the score over every step of every
 * exercise. The lesson element, the framed player and the LMS adapters all
 * read progress from here, so they never count differently.
 */
import type { CompiledLesson } from '../content/compiled.js';

export { openCompiledLesson, type Opened } from '../content/compiled.js';
import { Session, type TutorEvent } from './session.js';
import type { ExerciseView } from './state.js';
import type { SessionStorage } from './storage.js';

export interface ExerciseProgress {
  readonly exercise: string;
  readonly earned: number;
  readonly possible: number;
  readonly complete: boolean;
}

export interface LessonProgress {
  readonly exercises: readonly ExerciseProgress[];
  /** Credit earned over every step of every exercise. */
  readonly earned: number;
  /** Every step of every exercise: one point each. */
  readonly possible: number;
  /** earned / possible, 0 … 1, to the thousandth. */
  readonly score: number;
  /** How many exercises are complete. */
  readonly completed: number;
  /** Every exercise complete. */
  readonly complete: boolean;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** The lesson's progress from each exercise's view (an exercise without one has nothing done yet). */
export function lessonProgress(
  lesson: Pick<CompiledLesson, 'exercises'>,
  views: (exercise: string) => ExerciseView | undefined,
): LessonProgress {
  const exercises = lesson.exercises.map((e): ExerciseProgress => {
    const view = views(e.id);
    return view
      ? { exercise: e.id, earned: view.earned, possible: view.possible, complete: view.complete }
      : { exercise: e.id, earned: 0, possible: e.steps.length, complete: e.steps.length === 0 };
  });
  const earned = round3(exercises.reduce((s, e) => s + e.earned, 0));
  const possible = exercises.reduce((s, e) => s + e.possible, 0);
  const completed = exercises.filter((e) => e.complete).length;
  return {
    exercises,
    earned,
    possible,
    score: possible === 0 ? 0 : round3(earned / possible),
    completed,
    complete: completed === exercises.length,
  };
}

export type LessonEvent =
  | { readonly type: 'exercise'; readonly exercise: string; readonly event: TutorEvent }
  | {
      readonly type: 'progress';
      /** The exercise whose completion moved the lesson on, with its own score. */
      readonly exercise: string;
      readonly score: number;
      readonly progress: LessonProgress;
    };

export interface LessonSessionOptions {
  readonly lesson: CompiledLesson;
  readonly learner?: string;
  readonly storage?: SessionStorage;
  /** The learner's locale: how numbers are read (2,4 in fr) and shown. */
  readonly locale?: string;
  /** The clock, injected so sessions replay identically in tests. */
  readonly now?: () => number;
}

export class LessonSession {
  private readonly sessions = new Map<string, Session>();
  private readonly listeners = new Set<(event: LessonEvent) => void>();

  constructor(private readonly options: LessonSessionOptions) {}

  get lesson(): CompiledLesson {
    return this.options.lesson;
  }

  /** The session of one exercise, opened (and restored from storage) the first time it is asked for. */
  exercise(id: string): Session | undefined {
    const existing = this.sessions.get(id);
    if (existing) return existing;
    const exercise = this.lesson.exercises.find((e) => e.id === id);
    if (!exercise) return undefined;
    const session = new Session({
      exercise,
      policy: this.lesson.policy,
      lesson: this.lesson.id,
      ...(this.options.learner !== undefined ? { learner: this.options.learner } : {}),
      ...(this.options.storage ? { storage: this.options.storage } : {}),
      ...(this.options.now ? { now: this.options.now } : {}),
      ...(this.options.locale !== undefined ? { locale: this.options.locale } : {}),
    });
    this.sessions.set(id, session);
    session.on((event) => {
      this.emit({ type: 'exercise', exercise: id, event });
      if (event.type === 'completed')
        this.emit({ type: 'progress', exercise: id, score: event.score, progress: this.progress() });
    });
    return session;
  }

  /** Progress over every exercise, each restored from storage (opened, not rendered). */
  progress(): LessonProgress {
    return lessonProgress(this.lesson, (id) => this.exercise(id)?.view());
  }

  on(listener: (event: LessonEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: LessonEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
