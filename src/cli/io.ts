/**
 * What a command may touch: its streams and its working directory. Commands
 * take these as an argument so tests run them in-process, with exact output.
 * Arguments are read by `node:util`'s parseArgs (strict), with its errors
 * restated as one line that names the option and what the command takes.
 */
import type { Readable, Writable } from 'node:stream';
import { parseArgs as parseArgv } from 'node:util';

export interface Io {
  readonly stdin: Readable;
  readonly stdout: Pick<Writable, 'write'>;
  readonly stderr: Pick<Writable, 'write'>;
  readonly cwd: string;
}

/** A command's exit code: 0 success, 1 a finding (a lint error), 2 a usage or input error. */
export type ExitCode = 0 | 1 | 2;

export class UsageError extends Error {}

type Options = Readonly<
  Record<string, { readonly type: 'string' | 'boolean'; readonly short?: string; readonly multiple?: boolean }>
>;

const spelled = (options: Options): string =>
  Object.entries(options)
    .map(([name, o]) => `--${name}${o.short ? `/-${o.short}` : ''}${o.type === 'string' ? ' VALUE' : ''}`)
    .join(', ') || 'no options';

/** The option a parseArgs message is about: `Option '--seed <value>' argument missing` → seed. */
const optionIn = (message: string): string => /'-{1,2}([^' ]+)/.exec(message)?.[1] ?? '?';

/** Parses `--name value`, `--name=value`, `-o value` and `--flag`; everything else (and all after `--`) is positional. */
export function parseArgs<const O extends Options>(args: readonly string[], options: O) {
  try {
    const { values, positionals } = parseArgv({
      args: [...args],
      options,
      strict: true,
      allowPositionals: true,
    });
    return { options: values, positional: positionals };
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const message = (e as Error).message;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const name = optionIn(message);
      throw new UsageError(
        `unknown option ${name.length === 1 ? '-' : '--'}${name} (this command takes ${spelled(options)})`,
      );
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = optionIn(message);
      if (/does not take an argument/.test(message)) throw new UsageError(`--${name} takes no value`);
      if (/ambiguous/.test(message))
        throw new UsageError(`--${name} needs a value; for one starting with a dash write --${name}=VALUE`);
      throw new UsageError(`--${name} needs a value`);
    }
    throw e;
  }
}
