/**
 * The table of `gd-tutor` commands: each is one file, imported only when it runs, so `--help` loads nothing and
 * a command that does not derive (check, new) never loads the symbolic engines. A new command is one entry here
 * (its usage, shown by --help, and its module) and one file beside this one.
 */
import type { ExitCode, Io } from './io.js';

export type Command = (args: readonly string[], io: Io) => ExitCode | Promise<ExitCode>;

export interface CommandEntry {
  /** Its lines in --help: the synopsis, then what it does (indented to the column below). */
  readonly usage: string;
  readonly load: () => Promise<Command>;
}

export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  check: {
    usage: `check --jsonl FILE        Judge answers, one JSON request per line (FILE - for stdin).
      in:  {"id":"1","kind":"expr"|"value"|"vector"|"matrix","expected":"2*x","answer":"2x",
            "vars":["x","y"],"tolerance":{"relative":1e-4}}
           (vars for expr and symbolic vectors; tolerance: absolute, relative, places,
            sigFigs, plainNumber; default 3 significant figures)
      out: {"id":"1","verdict":"correct"|"incorrect"|"unknown-symbol"|"imprecise"|"unreadable"|"empty",
            "latex":"2x","message":"…"} one line per request, in order; incorrect and imprecise add
           "reason", unknown-symbol adds "symbols", unreadable adds "range" {start,end}, vectors
           add "components", matrices "entries" (row by row; [[1, 2], [3, 4]] or [1 2; 3 4]).
      Exit 0 when every line was judged, 2 for a malformed line (named by line number).`,
    load: async () => (await import('./check.js')).checkCommand,
  },
  derive: {
    usage: `derive --function F --wrt V [--vars x,y] [--latex]
                                     Print the derivative of F with respect to V.`,
    load: async () => (await import('./derive.js')).deriveCommand,
  },
  lint: {
    usage: `lint [PATH…]              Check lesson files (default: content/); prints file:line:col: message,
                                     exit 1 when there are errors.`,
    load: async () => (await import('./lint.js')).lintCommand,
  },
  solve: {
    usage: `solve FILE [--exercise ID] [--seed N] [--locale en|fr] [--json | --html | --pdf OUT.pdf]
                                     The worked solution of every step, as the engine derives it;
                                     --locale writes the engine's words in that language;
                                     --html prints a printable answer key, --pdf prints it to a file
                                     through Chromium.`,
    load: async () => (await import('./solve.js')).solveCommand,
  },
  scorm: {
    usage: `scorm FILE|COURSE -o OUT.zip [--version 1.2|2004] [--passing 0.8] [--seed N] [--player DIR]
                                     A SCORM package of the lesson for an LMS (the player is the package's cdn/);
                                     of content/course.yaml, the whole course: a SCO per lesson, in its units.`,
    load: async () => (await import('./scorm.js')).scormCommand,
  },
  new: {
    usage: `new [ID] [-o FILE]        A starting lesson file: gd-tutor new my-lesson -o content/my-lesson.yaml
                                     (without -o it is printed, its schema reference made for content/).`,
    load: async () => (await import('./new.js')).newCommand,
  },
  serve: {
    usage: `serve [--host 127.0.0.1] [--port 8080] [--public-url URL] [--database-url URL] [--data DIR]
      [--content DIR] [--site DIR] [--platform FILE.json]
                                     The LTI 1.3 tool server (see README, "On an LMS with LTI 1.3").`,
    load: async () => (await import('./serve.js')).serveCommand,
  },
};
