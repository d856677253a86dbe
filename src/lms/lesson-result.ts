/**
 * What a gradebook needs of a lesson, from its sessions' logs: the score over every step of every exercise, which
 * exercises are complete, and each answer's grade (for SCORM 2004's interactions). Every figure comes from
 * replaying the logs with src/tutor and tallying them with its lesson progress, the same fold the page shows, so
 * the LMS and the learner never disagree. Pure.
 */
import type { CompiledLesson } from '../content/compile.js';
import type { Grade } from '../tutor/grade.js';
import { restoreSaved, type SavedSession } from '../tutor/saved.js';
import { lessonProgress, type ExerciseProgress, type LessonProgress } from '../tutor/lesson.js';
import { replay, type SessionEvent } from '../tutor/state.js';

export interface ExerciseResult extends ExerciseProgress {
  /** The log as it applies to the exercise now, each event with the grade it got in the replay. */
  readonly events: readonly { readonly event: SessionEvent; readonly grade: Grade | undefined }[];
}

export interface LessonResult extends Omit<LessonProgress, 'exercises' | 'score'> {
  readonly exercises: readonly ExerciseResult[];
  /** earned / possible, 0 … 1, to the thousandth (the lesson's score). */
  readonly scaled: number;
}

/** The result of a lesson given the saved session of each exercise started (by exercise id). */
export function lessonResult(lesson: CompiledLesson, sessions: ReadonlyMap<string, SavedSession>): LessonResult {
  const replays = new Map(
    lesson.exercises.map((exercise) => {
      const saved = sessions.get(exercise.id);
      const restored = saved ? restoreSaved(JSON.stringify(saved), exercise, lesson.id) : undefined;
      const log = restored?.ok ? restored.saved.events : [];
      const { tracker, grades } = replay(exercise, lesson.policy, log);
      return [exercise.id, { view: tracker.view(), events: log.map((event, k) => ({ event, grade: grades[k] })) }];
    }),
  );
  // The tally is the lesson session's, the one the page shows: only the replay of the logs is the LMS's own.
  const { exercises, score, ...progress } = lessonProgress(lesson, (id) => replays.get(id)?.view);
  return {
    ...progress,
    scaled: score,
    exercises: exercises.map((e) => ({ ...e, events: replays.get(e.exercise)!.events })),
  };
}
