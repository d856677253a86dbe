/** `gd-tutor new [ID]`: prints a starting lesson file (redirect it into content/ID.yaml). */
import { lessonTemplate } from '../content/template.js';
import { parseArgs, UsageError, type ExitCode, type Io } from './io.js';

export function newCommand(args: readonly string[], io: Io): ExitCode {
  const { positional } = parseArgs(args, {});
  const id = positional[0] ?? 'my-lesson';
  if (positional.length > 1 || !/^[a-z][a-z0-9_-]*$/.test(id))
    throw new UsageError('usage: gd-tutor new [ID] > content/ID.yaml   (ID: lower-case letters, digits, - and _)');
  io.stdout.write(lessonTemplate(id));
  return 0;
}
