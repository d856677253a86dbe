/**
 * What a gradebook needs of a lesson, from its sessions' logs: the score over every step of every exercise, which
 * exercises are complete, and each answer's grade (for SCORM 2004's interactions). Every figure comes from
 * replaying the logs with src/tutor, the same fold the page shows, so the LMS and the learner never disagree. Pure.
 */
import type { CompiledLesson } from '../content/compile.js';
import type { Grade } from '../tutor/grade.js';
import { restoreSaved, type SavedSession } from '../tutor/saved.js';
import { replay, type SessionEvent } from '../tutor/state.js';

export interface ExerciseResult {
  readonly exercise: string;
  readonly earned: number;
  readonly possible: number;
  readonly complete: boolean;
  /** The log as it applies to the exercise now, each event with the grade it got in the replay. */
  readonly events: readonly { readonly event: SessionEvent; readonly grade: Grade | undefined }[];
}

export interface LessonResult {
  readonly exercises: readonly ExerciseResult[];
  readonly earned: number;
  readonly possible: number;
  /** earned / possible, 0 … 1, to the thousandth. */
  readonly scaled: number;
  readonly completed: number;
  /** Every exercise complete. */
  readonly complete: boolean;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** The result of a lesson given the saved session of each exercise started (by exercise id). */
export function lessonResult(lesson: CompiledLesson, sessions: ReadonlyMap<string, SavedSession>): LessonResult {
  const exercises = lesson.exercises.map((exercise): ExerciseResult => {
    const saved = sessions.get(exercise.id);
    const restored = saved ? restoreSaved(JSON.stringify(saved), exercise, lesson.id) : undefined;
    const log = restored?.ok ? restored.saved.events : [];
    const { tracker, grades } = replay(exercise, lesson.policy, log);
    const view = tracker.view();
    return {
      exercise: exercise.id,
      earned: view.earned,
      possible: view.possible,
      complete: view.complete,
      events: log.map((event, k) => ({ event, grade: grades[k] })),
    };
  });
  const earned = round3(exercises.reduce((s, e) => s + e.earned, 0));
  const possible = exercises.reduce((s, e) => s + e.possible, 0);
  const completed = exercises.filter((e) => e.complete).length;
  return {
    exercises,
    earned,
    possible,
    scaled: possible === 0 ? 0 : round3(earned / possible),
    completed,
    complete: completed === exercises.length,
  };
}
