/**
 * The content layer's front door: a lesson file's text in, a compiled lesson
 * (for a seed) or the problems found in it out. Pure but for the clock of the
 * time budget, which callers may pass: reading files is the caller's business
 * (the CLI, the Vite plugin, tests). Whatever the text, the answer is issues
 * at file:line:col, never an exception.
 */
import type { Locale } from '../messages/catalogue.js';
import { timeBudget, type Budget } from './budget.js';
import { compileExercise, compileLesson, exerciseSeed, type CompiledLesson } from './compile.js';
import type { Issue } from './issues.js';
import { withRenderedProse } from './prose-html.js';
import { proseMathIssues } from './prose-math.js';
import { referenceIssues } from './references.js';
import { loadSource, type Source } from './source.js';
import type { ExerciseFile, LessonFile } from './schema.js';
import { checkStructure } from './structure.js';

export interface LessonResult {
  readonly lesson?: CompiledLesson;
  readonly issues: readonly Issue[];
}

export interface LoadOptions {
  /** The time the file may take to draw its variants (default: about 2 s of the real clock). */
  readonly budget?: Budget;
  /** Whether to render the prose to HTML (default true); lint, which wants only the issues, skips it. */
  readonly render?: boolean;
  /** The language to write the engine's words in, over the lesson's own `language:` (`gd-tutor solve --locale fr`). */
  readonly locale?: Locale;
}

const byPlace = (a: Issue, b: Issue) => a.line - b.line || a.col - b.col;

/** Loads, validates and compiles one lesson file for `seed`. */
export function loadLesson(file: string, text: string, seed = 0, options: LoadOptions = {}): LessonResult {
  try {
    const result = load(file, text, seed, options.budget ?? timeBudget(), options.locale);
    return result.lesson && options.render !== false ? { ...result, lesson: withRenderedProse(result.lesson) } : result;
  } catch (e) {
    // A bug of ours, not the teacher's: still an answer at a place, so a server or a lint run goes on.
    const reason = e instanceof Error ? e.message : String(e);
    return {
      issues: [
        {
          file,
          line: 1,
          col: 1,
          severity: 'error',
          message: `The lesson compiler failed: ${reason}. Please report it.`,
        },
      ],
    };
  }
}

function load(file: string, text: string, seed: number, budget: Budget, locale?: Locale): LessonResult {
  const loaded = loadSource(file, text);
  if (!loaded.ok) return { issues: loaded.issues };
  const source = loaded.source;
  // What the text says as written: YAML escapes that ate a backslash, formulas KaTeX cannot typeset.
  const prose = [...loaded.warnings, ...proseMathIssues(source)];
  const structured = checkStructure(source);
  if (!structured.ok) {
    // A schema error in one exercise does not hide what is wrong in the others.
    const others = structured.valid.flatMap(({ exercise, index }) =>
      exerciseIssues(exercise, index, source, seed, budget, writtenConstants(source.data)),
    );
    return { issues: [...prose, ...structured.issues, ...others].sort(byPlace) };
  }
  const lessonConstants = Object.keys(structured.lesson.constants ?? {});
  const references = structured.lesson.exercises.flatMap((exercise, k) =>
    referenceIssues(exercise, ['exercises', k], source, lessonConstants),
  );
  const compiled = compileLesson(structured.lesson, source, seed, budget, locale);
  if (references.length === 0 && prose.length === 0) return compiled;
  const issues = [...prose, ...references, ...compiled.issues].sort(byPlace);
  return issues.some((i) => i.severity === 'error') ? { issues } : { ...compiled, issues };
}

function exerciseIssues(
  exercise: ExerciseFile,
  index: number,
  source: Source,
  seed: number,
  budget: Budget,
  lessonConstants: LessonFile['constants'],
): Issue[] {
  const at = ['exercises', index];
  return [
    ...referenceIssues(exercise, at, source, Object.keys(lessonConstants ?? {})),
    ...compileExercise(exercise, at, source, exerciseSeed(seed, exercise.id), budget, 'en', lessonConstants).issues,
  ];
}

/** The lesson's constants when the file's structure is wrong elsewhere: only a mapping of numbers and strings. */
function writtenConstants(data: unknown): LessonFile['constants'] {
  const c = (data as { constants?: unknown } | null)?.constants;
  if (!c || typeof c !== 'object' || Array.isArray(c)) return undefined;
  const entries = Object.entries(c as Record<string, unknown>).filter(
    (e): e is [string, number | string] => typeof e[1] === 'number' || typeof e[1] === 'string',
  );
  return Object.fromEntries(entries);
}

/** Seeds a lint run compiles besides the default, so a variant that breaks is found. */
const LINT_SEEDS = [0, 1, 2, 3, 4];

/** Every problem in a lesson file, across several variants, each reported once. */
export function lintLesson(file: string, text: string, options: LoadOptions = {}): Issue[] {
  const budget = options.budget ?? timeBudget();
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const seed of LINT_SEEDS) {
    for (const issue of loadLesson(file, text, seed, { budget, render: false }).issues) {
      const key = `${issue.line}:${issue.col}:${issue.message}`;
      if (!seen.has(key)) {
        seen.add(key);
        issues.push(issue);
      }
    }
    if (issues.some((i) => i.severity === 'error') || budget.spent() || !/^\s*parameters\s*:/m.test(text)) break;
  }
  return issues.sort(byPlace);
}
