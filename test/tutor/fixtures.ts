/** Loading the lessons of content/ for session tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { loadLesson, type CompiledLesson } from '../../src/content/index.js';
import { MemoryStorage, Session, type SessionStorage } from '../../src/tutor/index.js';
import type { Locale } from '../../src/messages/index.js';
import { isCourseFile } from '../../src/content/course.js';

const contentDir = new URL('../../content/', import.meta.url);

export function lessonFromContent(file: string, seed = 0, locale?: Locale): CompiledLesson {
  const result = loadLesson(file, readFileSync(new URL(file, contentDir), 'utf8'), seed, locale ? { locale } : {});
  if (!result.lesson) throw new Error(`${file}: ${result.issues.map((i) => i.message).join('; ')}`);
  return result.lesson;
}

export const contentFiles = (): string[] =>
  readdirSync(contentDir)
    .filter((f) => f.endsWith('.yaml') && !isCourseFile(f))
    .sort();

/** A session on one exercise with a ticking clock (1, 2, 3, … ms) and memory storage. */
export function openSession(
  lesson: CompiledLesson,
  exerciseId: string,
  storage: SessionStorage = new MemoryStorage(),
  locale?: string,
) {
  const exercise = lesson.exercises.find((e) => e.id === exerciseId);
  if (!exercise) throw new Error(`no exercise ${exerciseId}`);
  let clock = 0;
  return new Session({
    exercise,
    policy: lesson.policy,
    lesson: lesson.id,
    storage,
    now: () => ++clock,
    ...(locale ? { locale } : {}),
  });
}

/** The bowl's one-step exercise answered right, step by step, as a learner types it. */
export const BOWL_RIGHT: readonly (readonly [string, string])[] = [
  ['loss', '25'],
  ['partial-x', '2x'],
  ['partial-y', '2y'],
  ['gradient', '(6, 8)'],
  ['norm', '10'],
  ['update-0', '(2.4, 3.2)'],
  ['loss-1', '16'],
];
