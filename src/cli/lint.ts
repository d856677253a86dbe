/** `gd-tutor lint [paths…]`: every problem in the lesson files, as file:line:col: message. */
import { relative } from 'node:path';
import { formatIssue, lintLesson } from '../content/index.js';
import { lessonFiles, readLessonFile } from './lesson-files.js';
import { parseArgs, type ExitCode, type Io } from './io.js';

export function lintCommand(args: readonly string[], io: Io): ExitCode {
  const { positional } = parseArgs(args, {});
  const files = lessonFiles(positional.length > 0 ? positional : ['content'], io.cwd);
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    const name = relative(io.cwd, file) || file;
    let text: string;
    try {
      text = readLessonFile(file);
    } catch (e) {
      io.stderr.write(`${name}: cannot read: ${(e as Error).message}\n`);
      errors++;
      continue;
    }
    for (const issue of lintLesson(name, text)) {
      io.stdout.write(`${formatIssue(issue)}\n`);
      if (issue.severity === 'error') errors++;
      else warnings++;
    }
  }
  io.stdout.write(
    `${files.length} file${files.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`,
  );
  return errors > 0 ? 1 : 0;
}
