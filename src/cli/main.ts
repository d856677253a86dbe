/**
 * The `gd-tutor` command: parses the command name and hands over to a thin
 * command module. Every command's logic lives in the library.
 */
import { checkCommand } from './check.js';
import { deriveCommand } from './derive.js';
import { lintCommand } from './lint.js';
import { newCommand } from './new.js';
import { scormCommand } from './scorm.js';
import { solveCommand } from './solve.js';
import { UsageError, type ExitCode, type Io } from './io.js';

const HELP = `gd-tutor — a tutoring engine for gradient descent

Usage:
  gd-tutor check --jsonl FILE        Judge answers, one JSON request per line (FILE - for stdin).
      in:  {"id":"1","kind":"expr"|"value"|"vector","expected":"2*x","answer":"2x",
            "vars":["x","y"],"tolerance":{"relative":1e-4}}
           (vars for expr and symbolic vectors; tolerance: absolute, relative, places,
            plainNumber; default relative 1e-6)
      out: {"id":"1","verdict":"correct"|"incorrect"|"unreadable"|"empty","latex":"2x",
            "message":"…"} one line per request, in order; incorrect adds "reason",
           unreadable adds "range" {start,end}, vectors add "components".
      Exit 0 when every line was judged, 2 for a malformed line (named by line number).
  gd-tutor derive --function F --wrt V [--vars x,y] [--latex]
                                     Print the derivative of F with respect to V.
  gd-tutor lint [PATH…]              Check lesson files (default: content/); prints file:line:col: message,
                                     exit 1 when there are errors.
  gd-tutor solve FILE [--exercise ID] [--seed N] [--json]
                                     The worked solution of every step, as the engine derives it.
  gd-tutor scorm FILE -o OUT.zip [--version 1.2|2004] [--passing 0.8] [--seed N] [--player DIR]
                                     A SCORM package of the lesson for an LMS (the player from npm run build's dist/).
  gd-tutor serve [--port 8080] [--database-url URL]   The LTI 1.3 tool server (see README, "On an LMS with LTI 1.3").
  gd-tutor new [ID]                  Print a starting lesson file: gd-tutor new my-lesson > content/my-lesson.yaml
  gd-tutor --help                    Show this help.
`;

type Command = (args: readonly string[], io: Io) => ExitCode | Promise<ExitCode>;

const COMMANDS: Readonly<Record<string, Command>> = {
  check: checkCommand,
  derive: deriveCommand,
  lint: lintCommand,
  solve: solveCommand,
  new: newCommand,
  scorm: scormCommand,
  serve: async (args, io) => (await import('./serve.js')).serveCommand(args, io),
};

export async function main(argv: readonly string[], io: Io): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(HELP);
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr.write(`gd-tutor: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`gd-tutor ${name}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
