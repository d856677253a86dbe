/**
 * `gd-tutor scorm FILE|COURSE -o OUT.zip [--version 1.2|2004] [--passing 0.8] [--seed N] [--player DIR]`: a SCORM package
 * of one lesson, or — when FILE is a course file (content/course.yaml) — of the whole course, one SCO per lesson in
 * its units, in the course's order (see src/lms/scorm-package.ts). The lessons are compiled here, from the files;
 * the player is the package's cdn/ (npm run build:cdn in a checkout), or --player DIR.
 */
import { writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import {
  courseOrder,
  formatIssue,
  isCourseFile,
  loadCourse,
  loadLesson,
  type CompiledLesson,
} from '../content/index.js';
import { DEFAULT_PASSING } from '../lms/launch.js';
import { LOCALES } from '../messages/catalogue.js';
import { coursePackage, PlayerMissing, scormPackage, type ScormPackage } from '../lms/scorm-package.js';
import type { CourseNode } from '../lms/scorm-contents.js';
import { courseFiles, readLessonFile } from './lesson-files.js';
import { parseArgs, UsageError, type ExitCode, type Io } from './io.js';

const USAGE =
  'usage: gd-tutor scorm FILE|COURSE -o OUT.zip [--version 1.2|2004] [--passing 0.8] [--seed N] [--player DIR]';
/** As many variants as the site builds (app/site.ts): a learner gets one by a hash of their LMS id. */
const VARIANTS = 8;
/** Two folders up from src/cli/ in a checkout and from dist/cli/ in the package. */
const CDN = resolve(import.meta.dirname, '../../cdn');

/**
 * A lesson file compiled for each seed in its own language, then for each seed in every other language of the
 * catalogue (the player fetches the learner's); or its issues printed and undefined.
 */
function compileVariants(path: string, seeds: readonly number[], io: Io): CompiledLesson[] | undefined {
  const name = relative(io.cwd, path);
  const text = readLessonFile(path);
  const variants: CompiledLesson[] = [];
  for (const s of seeds) {
    const result = loadLesson(name, text, s);
    const errors = result.issues.filter((i) => i.severity === 'error');
    if (!result.lesson || errors.length > 0) {
      for (const issue of result.issues) io.stderr.write(`${formatIssue(issue)}\n`);
      io.stderr.write(`gd-tutor scorm: ${name} has errors; no package was written.\n`);
      return undefined;
    }
    variants.push(result.lesson);
  }
  const language = variants[0]?.language ?? 'en';
  for (const locale of LOCALES.filter((l) => l !== language))
    for (const s of seeds) variants.push(loadLesson(name, text, s, { locale }).lesson!); // no errors above: none here
  return variants;
}

/** The course's units and the lessons it leaves out, compiled; undefined (issues printed) when any has errors. */
function compileCourse(
  path: string,
  seeds: readonly number[],
  io: Io,
): { title: string; nodes: CourseNode[]; lessons: number } | undefined {
  const name = relative(io.cwd, path);
  const [found] = courseFiles([path], io.cwd);
  const result = loadCourse(name, readLessonFile(path), found!.lessons);
  if (!result.course) {
    for (const issue of result.issues) io.stderr.write(`${formatIssue(issue)}\n`);
    io.stderr.write(`gd-tutor scorm: ${name} has errors; no package was written.\n`);
    return undefined;
  }
  const compile = (id: string) => compileVariants(found!.paths.get(id)!, seeds, io);
  const ordered = courseOrder(result.course, found!.lessons, (id) => id);
  const nodes: CourseNode[] = [];
  for (const unit of ordered.units) {
    const lessons = unit.items.map(compile);
    if (lessons.some((l) => l === undefined)) return undefined;
    nodes.push({ kind: 'unit', title: unit.title, lessons: lessons as CompiledLesson[][] });
  }
  for (const id of ordered.rest) {
    const variants = compile(id);
    if (!variants) return undefined;
    nodes.push({ kind: 'lesson', variants });
  }
  return { title: result.course.title, nodes, lessons: found!.lessons.length };
}

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
  const seeds = seed === undefined ? Array.from({ length: VARIANTS }, (_, k) => k) : [seed];

  const path = resolve(io.cwd, positional[0]!);
  const playerDir = typeof options.player === 'string' ? resolve(io.cwd, options.player) : CDN;
  let pkg: ScormPackage;
  let what: string;
  try {
    if (isCourseFile(basename(path))) {
      const course = compileCourse(path, seeds, io);
      if (!course) return 1;
      const id = basename(dirname(path)) || 'course';
      pkg = coursePackage({ version, id, title: course.title, nodes: course.nodes, playerDir, passing });
      what = `of the course “${course.title}” (${course.lessons} lesson${course.lessons === 1 ? '' : 's'} in ${course.nodes.filter((n) => n.kind === 'unit').length} units)`;
    } else {
      const variants = compileVariants(path, seeds, io);
      if (!variants) return 1;
      pkg = scormPackage({ version, variants, playerDir, passing });
      what = `of “${variants[0]!.title}”`;
    }
  } catch (e) {
    if (!(e instanceof PlayerMissing)) throw e;
    io.stderr.write(`gd-tutor scorm: ${e.message} (or pass --player DIR)\n`);
    return 2;
  }
  const out = resolve(io.cwd, options.output);
  writeFileSync(out, pkg.zip);
  io.stdout.write(
    `${relative(io.cwd, out)}: SCORM ${version === '1.2' ? '1.2' : '2004 4th edition'} package ${what}, ` +
      `${pkg.files.length} files, ${Math.ceil(pkg.zip.length / 1024)} KB; ${seeds.length} variant${seeds.length === 1 ? '' : 's'}; ` +
      `passing score ${Math.round(passing * 100)}%.\n`,
  );
  return 0;
}
