/**
 * Lint for the math in a lesson's prose (introduction, statements, prompts,
 * hints, feedback, rules): every $…$ is typeset by KaTeX as the renderer
 * will, and a formula that does not typeset is an error at its character.
 */
import katex from 'katex';
import type { Issue } from './issues.js';
import { mathSpans } from './math-spans.js';
import type { Path, Source } from './source.js';

/** The keys whose string values are Markdown with math. */
const PROSE_KEYS = new Set(['introduction', 'statement', 'prompt', 'correct', 'incorrect', 'say']);

/** KaTeX as the renderer runs it: no \href or \url, bounded macro expansion. */
export const KATEX_OPTIONS = { trust: false, strict: 'ignore', maxSize: 20, maxExpand: 200 } as const;

/** Whether the string at `path` is prose: a prose key, a hint, or a misconception's feedback. */
function isProse(path: Path): boolean {
  const key = path[path.length - 1];
  return (
    (typeof key === 'string' && PROSE_KEYS.has(key) && path[path.length - 2] !== 'model') ||
    path.includes('hints') ||
    path[path.length - 2] === 'misconceptions'
  );
}

/** Every prose string of the lesson data, with its path. */
function proseStrings(data: unknown, path: (string | number)[] = []): { path: Path; text: string }[] {
  if (typeof data === 'string') return isProse(path) ? [{ path, text: data }] : [];
  if (Array.isArray(data)) return data.flatMap((item, k) => proseStrings(item, [...path, k]));
  if (typeof data === 'object' && data !== null)
    return Object.entries(data).flatMap(([key, value]) => proseStrings(value, [...path, key]));
  return [];
}

/** The KaTeX error of a formula, with its index in the LaTeX, or undefined when it typesets. */
function formulaError(latex: string, display: boolean): { message: string; index: number } | undefined {
  try {
    katex.renderToString(latex, { ...KATEX_OPTIONS, displayMode: display, throwOnError: true, output: 'mathml' });
    return undefined;
  } catch (e) {
    if (!(e instanceof katex.ParseError)) return { message: (e as Error).message, index: 0 };
    // Typed as a number, but KaTeX leaves it out when an error has no place in the input.
    const position = e.position as number | undefined;
    return { message: e.rawMessage, index: Math.min(position ?? 0, Math.max(0, latex.length - 1)) };
  }
}

/** Control characters (a form feed YAML made of "\f") shown as the escapes that made them. */
const visible = (text: string): string =>
  Array.from(text, (c) => (c < ' ' ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join('');

/** Every formula in the lesson's prose that KaTeX cannot typeset, at the character it stumbles on. */
export function proseMathIssues(source: Source): Issue[] {
  const issues: Issue[] = [];
  for (const { path, text } of proseStrings(source.data)) {
    for (const span of mathSpans(text)) {
      const error = formulaError(span.latex, span.display);
      if (!error) continue;
      const latex = visible(span.latex);
      const shown = latex.length > 40 ? `${latex.slice(0, 37)}…` : latex;
      issues.push(
        source.issueAtChar(
          path,
          span.latexStart + error.index,
          `This formula does not typeset: ${visible(error.message).replace(/\.$/, '')} (in $${shown}$).`,
        ),
      );
    }
  }
  return issues;
}
