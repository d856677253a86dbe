/** Finding and reading lesson files, and the course file beside them, for the commands that take them (lint, solve, scorm). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { COURSE_FILES, isCourseFile } from '../content/course.js';
import { MAX_FILE_BYTES } from '../content/source.js';

const isYaml = (f: string): boolean => f.endsWith('.yaml') || f.endsWith('.yml');

/** The lesson files of a folder, sorted by name: its .yaml files but the course file. */
function lessonsIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => isYaml(f) && !isCourseFile(f))
    .sort()
    .map((f) => join(dir, f));
}

/** The .yaml files named (a course file named is not a lesson), or the lessons found under the directories named. */
export function lessonFiles(paths: readonly string[], cwd: string): string[] {
  return paths.flatMap((p) => {
    const full = resolve(cwd, p);
    if (!statSync(full, { throwIfNoEntry: false })?.isDirectory()) return isCourseFile(basename(full)) ? [] : [full];
    return lessonsIn(full);
  });
}

/** A course file to check, and the ids of the lessons in its folder. */
export interface CourseFileAt {
  readonly path: string;
  readonly lessons: readonly string[];
  /** Each lesson's file. */
  readonly paths: ReadonlyMap<string, string>;
}

const courseAt = (path: string, dir: string): CourseFileAt => {
  const files = lessonsIn(dir);
  const ids = files.map((f) => basename(f, extname(f)));
  return { path, lessons: ids, paths: new Map(ids.map((id, k) => [id, files[k]!])) };
};

/** The course of a lesson folder, when it has one (course.yaml, else course.yml). */
export function courseIn(dir: string): CourseFileAt | undefined {
  const names = statSync(dir, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(dir) : [];
  const name = COURSE_FILES.find((n) => names.includes(n));
  if (name === undefined) return undefined;
  return courseAt(join(dir, name), dir);
}

/** The course files among the paths named: a course file itself, or the course of a folder named. */
export function courseFiles(paths: readonly string[], cwd: string): CourseFileAt[] {
  return paths.flatMap((p) => {
    const full = resolve(cwd, p);
    if (statSync(full, { throwIfNoEntry: false })?.isDirectory()) return courseIn(full) ?? [];
    return isCourseFile(basename(full)) ? [courseAt(full, dirname(full))] : [];
  });
}

export function readLessonFile(path: string): string {
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES) return 'x'.repeat(MAX_FILE_BYTES + 1); // loadSource reports it
  return readFileSync(path, 'utf8');
}
