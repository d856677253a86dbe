/**
 * `gd-tutor scorm FILE -o OUT.zip [--version 1.2|2004] [--passing 0.8] [--seed N] [--player DIR]`: a SCORM package
 * of one lesson (see src/lms/scorm-package.ts). The lesson is compiled here, from the file given; the player is the
 * package's cdn/ (npm run build:cdn in a checkout), or --player DIR.
 */
import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { formatIssue, loadLesson, type CompiledLesson } from '../content/index.js';
import { DEFAULT_PASSING } from '../lms/launch.js';
import { PlayerMissing, scormPackage } from '../lms/scorm-package.js';
import { readLessonFile } from './lesson-files.js';
import { parseArgs, UsageError, type ExitCode, type Io } from './io.js';

const USAGE = 'usage: gd-tutor scorm FILE -o OUT.zip [--version 1.2|2004] [--passing 0.8] [--seed N] [--player DIR]';
/** As many variants as the site builds (app/site.ts): a learner gets one by a hash of their LMS id. */
const VARIANTS = 8;
/** Two folders up from src/cli/ in a checkout and from dist/cli/ in the package. */
const CDN = resolve(import.meta.dirname, '../../cdn');

export function scormCommand(args: readonly string[], io: Io): ExitCode {
  const { options, positional } = parseArgs(args, {
    output: { type: 'string', short: 'o' },
    version: { type: 'string' },
    passing: { type: 'string' },
    seed: { type: 'string' },
    player: { type: 'string' },
  });
  if (positional.length !== 1 || typeof options.output !== 'string') throw new UsageError(USAGE);
  const version = options.version ?? '2004';
  if (version !== '1.2' && version !== '2004') throw new UsageError('--version is 1.2 or 2004');
  const passing = options.passing === undefined ? DEFAULT_PASSING : Number(options.passing);
  if (!(passing >= 0 && passing <= 1)) throw new UsageError('--passing is a scaled score from 0 to 1, such as 0.8');
  const seed = options.seed === undefined ? undefined : Number(options.seed);
  if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0))
    throw new UsageError('--seed takes a whole number ≥ 0');

  const path = resolve(io.cwd, positional[0]!);
  const name = relative(io.cwd, path);
  const text = readLessonFile(path);
  const variants: CompiledLesson[] = [];
  for (const s of seed === undefined ? Array.from({ length: VARIANTS }, (_, k) => k) : [seed]) {
    const result = loadLesson(name, text, s);
    const errors = result.issues.filter((i) => i.severity === 'error');
    if (!result.lesson || errors.length > 0) {
      for (const issue of result.issues) io.stderr.write(`${formatIssue(issue)}\n`);
      io.stderr.write(`gd-tutor scorm: ${name} has errors; no package was written.\n`);
      return 1;
    }
    variants.push(result.lesson);
  }
  const playerDir = typeof options.player === 'string' ? resolve(io.cwd, options.player) : CDN;
  let pkg;
  try {
    pkg = scormPackage({ version, variants, playerDir, passing });
  } catch (e) {
    if (!(e instanceof PlayerMissing)) throw e;
    io.stderr.write(`gd-tutor scorm: ${e.message} (or pass --player DIR)\n`);
    return 2;
  }
  const out = resolve(io.cwd, options.output);
  writeFileSync(out, pkg.zip);
  io.stdout.write(
    `${relative(io.cwd, out)}: SCORM ${version === '1.2' ? '1.2' : '2004 4th edition'} package of “${variants[0]!.title}”, ` +
      `${pkg.files.length} files, ${Math.ceil(pkg.zip.length / 1024)} KB; ${variants.length} variant${variants.length === 1 ? '' : 's'}; ` +
      `passing score ${Math.round(passing * 100)}%.\n`,
  );
  return 0;
}
