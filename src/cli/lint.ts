/** `gd-tutor lint [paths…]`: every problem in the lesson files and the course file, as file:line:col: message. */
import { relative } from 'node:path';
import { formatIssue, lintLesson, loadCourse, type Issue } from '../content/index.js';
import { courseFiles, lessonFiles, readLessonFile } from './lesson-files.js';
import { parseArgs, type ExitCode, type Io } from './io.js';

export function lintCommand(args: readonly string[], io: Io): ExitCode {
  const { positional } = parseArgs(args, {});
  const paths = positional.length > 0 ? positional : ['content'];
  const checks: { path: string; lint: (name: string, text: string) => readonly Issue[] }[] = [
    ...lessonFiles(paths, io.cwd).map((path) => ({ path, lint: lintLesson })),
    ...courseFiles(paths, io.cwd).map((c) => ({
      path: c.path,
      lint: (name: string, text: string) => loadCourse(name, text, c.lessons).issues,
    })),
  ];
  let errors = 0;
  let warnings = 0;
  for (const { path, lint } of checks) {
    const name = relative(io.cwd, path) || path;
    let text: string;
    try {
      text = readLessonFile(path);
    } catch (e) {
      io.stderr.write(`${name}: cannot read: ${(e as Error).message}\n`);
      errors++;
      continue;
    }
    for (const issue of lint(name, text)) {
      io.stdout.write(`${formatIssue(issue)}\n`);
      if (issue.severity === 'error') errors++;
      else warnings++;
    }
  }
  io.stdout.write(
    `${checks.length} file${checks.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`,
  );
  return errors > 0 ? 1 : 0;
}
