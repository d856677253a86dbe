/**
 * What a command may touch: its streams and its working directory. Commands
 * take these as an argument so tests run them in-process, with exact output.
 */
import type { Readable, Writable } from 'node:stream';

export interface Io {
  readonly stdin: Readable;
  readonly stdout: Pick<Writable, 'write'>;
  readonly stderr: Pick<Writable, 'write'>;
  readonly cwd: string;
}

/** A command's exit code: 0 success, 1 a finding (a lint error), 2 a usage or input error. */
export type ExitCode = 0 | 1 | 2;

export class UsageError extends Error {}

/** Parses `--name value` and `--flag` options; everything else is positional. */
export function parseArgs(
  args: readonly string[],
  spec: Readonly<Record<string, 'string' | 'boolean'>>,
): { options: Record<string, string | boolean>; positional: string[] } {
  const options: Record<string, string | boolean> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const type = spec[name];
    if (!type) throw new UsageError(`unknown option --${name}`);
    if (type === 'boolean') options[name] = true;
    else {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      options[name] = value;
    }
  }
  return { options, positional };
}
