/** Runs the CLI in-process, as the tests of each command do: its output, error output and exit code. */
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export async function runCli(args: readonly string[], options: { stdin?: string; cwd?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdin: Readable.from([options.stdin ?? '']),
    stdout: { write: (s: string) => ((stdout += s), true) },
    stderr: { write: (s: string) => ((stderr += s), true) },
    cwd: options.cwd ?? process.cwd(),
  });
  return { code, stdout, stderr };
}
