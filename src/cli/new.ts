/**
 * `gd-tutor new [ID] [-o FILE]`: a starting lesson file, written to FILE or printed. Its first line points the
 * editor's YAML extension at the schema of the gd-tutor that ran (this checkout's schema/, or the installed package's
 * node_modules/gd-tutor/schema/), as a path relative to where the file goes: FILE's folder, or content/ when printed
 * (the README's `gd-tutor new ID > content/ID.yaml`).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { lessonTemplate } from '../content/template.js';
import { parseArgs, UsageError, type ExitCode, type Io } from './io.js';

/** Two folders up from src/cli/ in a checkout and from dist/cli/ in the package. */
const SCHEMA = resolve(import.meta.dirname, '../../schema/lesson.schema.json');

function schemaReference(fromDir: string): string {
  return relative(fromDir, SCHEMA).split(sep).join('/');
}

export function newCommand(args: readonly string[], io: Io): ExitCode {
  const { options, positional } = parseArgs(args, { output: { type: 'string', short: 'o' } });
  const id = positional[0] ?? 'my-lesson';
  if (positional.length > 1 || !/^[a-z][a-z0-9_-]*$/.test(id))
    throw new UsageError('usage: gd-tutor new [ID] [-o content/ID.yaml]   (ID: lower-case letters, digits, - and _)');
  if (options.output === undefined) {
    io.stdout.write(lessonTemplate(id, schemaReference(resolve(io.cwd, 'content'))));
    return 0;
  }
  const out = resolve(io.cwd, options.output);
  if (existsSync(out)) {
    io.stderr.write(`gd-tutor new: ${options.output} exists; it was left as it is.\n`);
    return 2;
  }
  try {
    writeFileSync(out, lessonTemplate(id, schemaReference(dirname(out))), { flag: 'wx' });
  } catch (e) {
    io.stderr.write(`gd-tutor new: cannot write ${options.output}: ${(e as Error).message}\n`);
    return 2;
  }
  io.stdout.write(
    `${relative(io.cwd, out)}: a new lesson “${id}”; check it with gd-tutor lint ${relative(io.cwd, out)}\n`,
  );
  return 0;
}
