/**
 * `gd-tutor solve FILE [--exercise ID] [--seed N] [--locale fr] [--json | --html | --pdf OUT.pdf]`: the worked solution
 * of every step, as text, as the compiled JSON, or as a printable answer key (HTML on standard output, or a PDF by
 * Chromium); in the lesson's language, or the one --locale names.
 */
import { relative, resolve } from 'node:path';
import { answerKeyPage } from '../../components/render/answer-key.js';
import { formatIssue, loadLesson, type CompiledExercise } from '../content/index.js';
import { plainText } from '../content/plain-text.js';
import { readLessonFile } from './lesson-files.js';
import { isLocale, LOCALES, say, type Locale } from '../messages/catalogue.js';
import { UI } from '../messages/ui.js';
import { parseArgs, UsageError, type ExitCode, type Io } from './io.js';

function render(exercise: CompiledExercise, language: Locale): string {
  const ui = say(UI, language);
  const lines = [`## ${exercise.title} (${exercise.id})`, plainText(exercise.statement), ''];
  exercise.steps.forEach((step, k) => {
    lines.push(`${k + 1}. ${plainText(step.prompt)}`);
    lines.push(`   ${ui.answer} ${plainText(`$${step.answerLatex}$`)}`);
    for (const line of step.solution) lines.push(`   | ${plainText(line)}`);
    for (const m of step.misconceptions)
      lines.push(`   ${ui.namedMistake({ answer: plainText(m.text), name: m.name, feedback: plainText(m.feedback) })}`);
    lines.push('');
  });
  return lines.join('\n');
}

const USAGE =
  'usage: gd-tutor solve FILE [--exercise ID] [--seed N] [--locale en|fr] [--json | --html | --pdf OUT.pdf]';

export async function solveCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { options, positional } = parseArgs(args, {
    exercise: { type: 'string' },
    seed: { type: 'string' },
    locale: { type: 'string' },
    json: { type: 'boolean' },
    html: { type: 'boolean' },
    pdf: { type: 'string' },
  });
  if (positional.length !== 1) throw new UsageError(USAGE);
  if ([options.json, options.html, options.pdf].filter((o) => o !== undefined).length > 1)
    throw new UsageError(`--json, --html and --pdf are one output each; choose one. ${USAGE}`);
  const seed = options.seed === undefined ? 0 : Number(options.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new UsageError('--seed takes a whole number ≥ 0');
  if (options.locale !== undefined && !isLocale(options.locale))
    throw new UsageError(`--locale takes one of ${LOCALES.join(', ')}, not “${options.locale}”`);
  const path = resolve(io.cwd, positional[0]!);
  const name = relative(io.cwd, path);
  const result = loadLesson(name, readLessonFile(path), seed, options.locale ? { locale: options.locale } : {});
  for (const issue of result.issues) io.stderr.write(`${formatIssue(issue)}\n`);
  if (!result.lesson) return 1;
  const exercises = result.lesson.exercises.filter((e) => options.exercise === undefined || e.id === options.exercise);
  if (exercises.length === 0) {
    io.stderr.write(
      `gd-tutor solve: no exercise “${String(options.exercise)}”; exercises: ${result.lesson.exercises.map((e) => e.id).join(', ')}\n`,
    );
    return 2;
  }
  if (options.json) io.stdout.write(`${JSON.stringify({ ...result.lesson, exercises }, null, 2)}\n`);
  else if (options.html) io.stdout.write(answerKeyPage(result.lesson, exercises));
  else if (options.pdf !== undefined) {
    const { printPdf } = await import('./print-pdf.js');
    const out = resolve(io.cwd, options.pdf);
    const printed = await printPdf(answerKeyPage(result.lesson, exercises), out);
    if (!printed.ok) {
      io.stderr.write(`gd-tutor solve: ${printed.message}\n`);
      return 2;
    }
    io.stdout.write(
      `${relative(io.cwd, out)}: the answer key of “${result.lesson.title}”, ${exercises.length} exercise${exercises.length === 1 ? '' : 's'}.\n`,
    );
  } else {
    const { title, language = 'en' } = result.lesson;
    io.stdout.write(`# ${title}\n\n${exercises.map((e) => render(e, language)).join('\n')}`);
  }
  return 0;
}
