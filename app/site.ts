/**
 * The contract between the lesson plugin (scripts/vite-plugin-lessons.ts, in
 * Node) and the app (in the browser): where the compiled lessons are and what
 * they hold. No imports with a runtime cost: both sides load this file.
 */
import type { CompiledLesson } from '../src/content/index.js';
import type { Locale } from '../src/messages/catalogue.js';

/** How many seeded variants of each lesson are compiled; a learner gets variant `seed % VARIANTS`. */
export const VARIANTS = 8;

/** The list of lessons, relative to the page (so the site works from any folder). */
export const INDEX_URL = 'lessons/index.json';

/** The course (content/course.yaml) as the index shows it, relative to the page; absent when there is none. */
export const COURSE_URL = 'lessons/course.json';
/** The whole course as a SCORM 2004 package, which a build with a course file writes beside the site's pages. */
export const COURSE_SCORM = 'course-scorm-2004.zip';

/**
 * One variant of a lesson, relative to the page: compiled in the lesson's own language (`<v>.json`), or with the
 * engine's words (prompts, hints, feedback, named mistakes, solutions) in `locale` (`<v>.fr.json`). The teacher's
 * own prose stays in the language it was written in either way.
 */
export const lessonUrl = (id: string, variant: number, locale?: Locale): string =>
  `lessons/${encodeURIComponent(id)}/${variant}${locale === undefined ? '' : `.${locale}`}.json`;

/** One row of lessons/index.json. */
export interface LessonEntry {
  /** The file name without its extension: the lesson's address, and its id in the YAML. */
  readonly id: string;
  readonly title: string;
  /** The file, relative to the project root: content/bowl.yaml. */
  readonly file: string;
  readonly variants: number;
  /** The title of the course unit the lesson is in (rows come in course order); absent for a lesson the course leaves out. */
  readonly unit?: string;
  /** Every error of any variant, as file:line:col: message. Always empty in a build: errors fail it. */
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

/** What lessons/course.json holds: the course's title and units, and its file's problems. */
export interface CourseEntry {
  readonly title: string;
  /** The file, relative to the project root: content/course.yaml. */
  readonly file: string;
  readonly units: readonly { readonly title: string; readonly lessons: readonly string[] }[];
  /** As file:line:col: message; a course with errors is not followed (the index goes by file name). */
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

/** What lessons/<id>/<v>.json and lessons/<id>/<v>.<locale>.json hold: the compiled lesson, or the issues that stopped it. */
export type LessonJson = CompiledLesson | LessonIssues;

export interface LessonIssues {
  readonly issues: readonly string[];
}

/** The HMR event the dev server sends when a lesson file is saved, added or deleted. */
export const LESSON_CHANGED = 'gd:lesson-changed';

export interface LessonChanged {
  readonly id: string;
}

declare module 'vite/types/customEvent.d.ts' {
  interface CustomEventMap {
    'gd:lesson-changed': LessonChanged;
  }
}
