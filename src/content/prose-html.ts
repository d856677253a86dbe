/**
 * Every piece of prose and math an exercise shows, rendered once at compile
 * time and shipped beside it as a dictionary: Markdown source → HTML. The
 * browser looks each string up (components/render/markdown.ts) and needs no
 * Markdown parser and no KaTeX. Keys say how a string is shown, as the
 * browser asks for it: B a block, L a line, I inline math, D displayed math.
 * Each formula inside the prose is in it too, so feedback composed at run
 * time from these pieces finds its math already typeset.
 */
import type { CompiledExercise, CompiledLesson } from './compile.js';
import { markdownBlock, markdownLine, mathMarkup } from './markdown.js';
import { mathSpans } from './math-spans.js';

export type RenderedProse = Readonly<Record<string, string>>;

class Dictionary {
  readonly entries: Record<string, string> = Object.create(null) as Record<string, string>;

  private add(key: string, render: () => string): void {
    if (!Object.hasOwn(this.entries, key)) this.entries[key] = render();
  }

  private formulas(source: string): void {
    for (const span of mathSpans(source))
      this.add(`${span.display ? 'D' : 'I'}${span.latex}`, () => mathMarkup(span.latex, span.display));
  }

  block(source: string): void {
    this.add(`B${source}`, () => markdownBlock(source));
    this.formulas(source);
  }

  line(source: string): void {
    this.add(`L${source}`, () => markdownLine(source));
    this.formulas(source);
  }

  math(latex: string): void {
    this.add(`I${latex}`, () => mathMarkup(latex));
  }
}

function exerciseProse(exercise: CompiledExercise): RenderedProse {
  const d = new Dictionary();
  d.block(exercise.statement);
  for (const step of exercise.steps) {
    d.block(step.prompt);
    for (const line of [...step.hints, ...step.solution, step.feedback.correct, step.feedback.incorrect]) d.line(line);
    for (const m of step.misconceptions) d.line(m.feedback);
    d.math(step.answerLatex);
  }
  return d.entries;
}

/** The lesson with its prose rendered: a dictionary on the lesson (its introduction) and on each exercise. */
export function withRenderedProse(lesson: CompiledLesson): CompiledLesson {
  const d = new Dictionary();
  if (lesson.introduction) d.block(lesson.introduction);
  return {
    ...lesson,
    html: d.entries,
    exercises: lesson.exercises.map((e) => ({ ...e, html: exerciseProse(e) })),
  };
}
