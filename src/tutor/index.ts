/** The public face of src/tutor: sessions, their state, grading and storage. */
export { Session, type TutorEvent, type Listener, type Answered, type SessionOptions } from './session.js';
export { Tracker, replay, type SessionEvent, type ExerciseView, type StepView, type StepStatus } from './state.js';
export { gradeAnswer, countsAsAttempt, isJudged, isRight, type Grade, type Basis } from './grade.js';
export { creditOf, type Deduction } from './scoring.js';
export { restoreSaved, fingerprint, SESSION_FORMAT, type SavedSession, type Reset, type Restored } from './saved.js';
export {
  LocalStorageAdapter,
  MemoryStorage,
  sessionKey,
  type SessionStorage,
  type StorageResult,
  type WebStorage,
} from './storage.js';
export { readingOf, type Reading } from './preview.js';
export {
  LessonSession,
  lessonProgress,
  openCompiledLesson,
  type LessonProgress,
  type ExerciseProgress,
  type LessonEvent,
  type LessonSessionOptions,
  type Opened,
} from './lesson.js';
