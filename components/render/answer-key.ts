/**
 * A lesson's answer key as HTML: for each exercise its statement, then each step's question, answer and worked
 * solution, with the math typeset by KaTeX as MathML (markdown.ts), so it prints without fonts or scripts. The
 * static site shows it at #/lesson/<id>/key and `gd-tutor solve --html` writes it as a page; ANSWER_KEY_CSS lays
 * it out for paper. Pure: a compiled lesson in, a string out (teacher text is escaped by markdown.ts).
 */
import type { CompiledLesson } from '../../src/content/index.js';
import { markdown, markdownInline, mathHtml } from './markdown.js';
import { say } from '../../src/messages/catalogue.js';
import { UI } from '../../src/messages/ui.js';

const escape = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The key's body: a heading, then one section per exercise. */
export function answerKeyHtml(lesson: CompiledLesson, exercises = lesson.exercises): string {
  const ui = say(UI, lesson.language);
  const sections = exercises.map(
    (exercise, e) => `<section class="key-exercise">
<h2>${e + 1}. ${markdownInline(exercise.title)}</h2>
<div class="key-statement">${markdown(exercise.statement)}</div>
<ol class="key-steps">${exercise.steps
      .map(
        (step) => `<li>
<div class="key-prompt">${markdown(step.prompt)}</div>
<p class="key-answer"><span class="key-label">${ui.answer}</span> ${mathHtml(step.answerLatex)}</p>
${step.solution.length > 0 ? `<ul class="key-solution">${step.solution.map((line) => `<li>${markdownInline(line)}</li>`).join('')}</ul>` : ''}
</li>`,
      )
      .join('\n')}</ol>
</section>`,
  );
  return `<article class="answer-key">
<h1>${escape(ui.answerKey({ title: lesson.title }))}</h1>
${sections.join('\n')}
</article>`;
}

/** For the screen and for paper: one column, each step kept on one page where it fits, no page chrome printed. */
export const ANSWER_KEY_CSS = `.answer-key { line-height: 1.5; }
.answer-key h1 { font-size: 1.5rem; margin: 0 0 1rem; }
.answer-key h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
.key-steps > li { margin: 0 0 0.75rem; break-inside: avoid; }
.key-prompt p { margin: 0; }
.key-answer { margin: 0.25rem 0; }
.key-label { font-weight: 600; }
.key-solution { margin: 0.25rem 0 0; padding-left: 1.25rem; color: #374151; }
math { font-size: 1.1em; }
@media print {
  .no-print, .site-header, .site-footer, .crumbs { display: none !important; }
  .key-exercise { break-before: page; }
  .key-exercise:first-of-type { break-before: auto; }
  .key-solution { color: #000; }
}
`;

/** A whole printable page: what `gd-tutor solve --html` writes. */
export function answerKeyPage(lesson: CompiledLesson, exercises = lesson.exercises): string {
  const language = lesson.language ?? 'en';
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(say(UI, language).answerKey({ title: lesson.title }))}</title>
<style>
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #111827; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
@page { margin: 18mm 16mm; }
${ANSWER_KEY_CSS}</style>
</head>
<body>
${answerKeyHtml(lesson, exercises)}
</body>
</html>
`;
}
