/**
 * A lesson's saved sessions as an LMS adapter (SCORM, cmi5) keeps them: one per exercise, first read back from the
 * suspend data the LMS returns (when it is this lesson's), and found by the key the tutor's storage asks for.
 */
import type { CompiledLesson } from '../content/compile.js';
import type { SavedSession } from '../tutor/saved.js';
import { sessionKey, type StorageResult } from '../tutor/storage.js';
import { decodeSuspend } from './suspend.js';

export class LessonSessions extends Map<string, SavedSession> {
  private readonly exerciseOfKey: ReadonlyMap<string, string>;

  constructor(lesson: CompiledLesson, learner: string, suspend: string | undefined) {
    super();
    this.exerciseOfKey = new Map(lesson.exercises.map((e) => [sessionKey(lesson.id, e.id, learner), e.id]));
    const decoded = suspend ? decodeSuspend(suspend) : undefined;
    if (decoded?.lesson === lesson.id) for (const s of decoded.sessions) this.set(s.exercise, s);
  }

  /** The exercise a storage key names, when the key is one of this lesson's for this learner. */
  exerciseOf(key: string): string | undefined {
    return this.exerciseOfKey.get(key);
  }

  /** The storage's answer to loading `key`: its exercise's session as JSON, or nothing. */
  load(key: string): StorageResult<string | undefined> {
    const exercise = this.exerciseOf(key);
    const saved = exercise === undefined ? undefined : this.get(exercise);
    return { ok: true, value: saved ? JSON.stringify(saved) : undefined };
  }
}
