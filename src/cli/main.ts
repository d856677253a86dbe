/**
 * The `gd-tutor` command: reads the command name, imports that command's module (commands.ts) and hands over.
 * Every command's logic lives in the library.
 */
import { COMMANDS } from './commands.js';
import { UsageError, type ExitCode, type Io } from './io.js';

const HELP = `gd-tutor — a tutoring engine for gradient descent

Usage:
${Object.values(COMMANDS)
  .map((c) => `  gd-tutor ${c.usage}\n`)
  .join('')}  gd-tutor --help                    Show this help.
`;

export async function main(argv: readonly string[], io: Io): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(HELP);
    return name === undefined ? 2 : 0;
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!entry) {
    io.stderr.write(`gd-tutor: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  // `gd-tutor solve --help` is the command's own usage, not an unknown option (nor a server started, for serve).
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`Usage:\n  gd-tutor ${entry.usage}\n`);
    return 0;
  }
  try {
    const command = await entry.load();
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`gd-tutor ${name}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
