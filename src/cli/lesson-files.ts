/** Finding and reading lesson files for the commands that take them (lint, solve, scorm). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MAX_FILE_BYTES } from '../content/source.js';

/** The .yaml files named, or found under the directories named. */
export function lessonFiles(paths: readonly string[], cwd: string): string[] {
  return paths.flatMap((p) => {
    const full = resolve(cwd, p);
    if (!statSync(full, { throwIfNoEntry: false })?.isDirectory()) return [full];
    return readdirSync(full)
      .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
      .sort()
      .map((f) => join(full, f));
  });
}

export function readLessonFile(path: string): string {
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES) return 'x'.repeat(MAX_FILE_BYTES + 1); // loadSource reports it
  return readFileSync(path, 'utf8');
}
