/**
 * Lesson text to HTML in the browser, without KaTeX or a Markdown parser: the
 * prose of a lesson arrives rendered at compile time (src/content/prose-html.ts),
 * and each string is looked up there. Text composed at run time from those
 * pieces (feedback that adds a checker's remark, "your update follows from
 * your gradient (6, 9)") is rendered here: escaped, a little inline Markdown,
 * and each formula from the dictionary or, for a learner's own answer, by our
 * MathML emitter. Nothing a learner or a teacher wrote can inject markup.
 */
import { latexToMathML, mathSpans } from '../../src/tutor/typeset.js';

const escape = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** What compiled lessons brought: keyed B (block), L (line), I (inline math), D (displayed math) + source. */
const rendered = new Map<string, string>();

/** Makes a compiled lesson's or exercise's rendered prose available to the functions below. */
export function useRenderedProse(html: Readonly<Record<string, string>> | undefined): void {
  if (html) for (const [key, value] of Object.entries(html)) rendered.set(key, value);
}

/**
 * What this module rendered itself, by source. An exercise re-renders on every keystroke: each text is
 * rendered once. Bounded, so a long session cannot grow it.
 */
const CACHE_LIMIT = 2000;
const cache = new Map<string, string>();

function lookup(key: string, render: () => string): string {
  let html = rendered.get(key) ?? cache.get(key);
  if (html === undefined) {
    html = render();
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, html);
  }
  return html;
}

export function mathHtml(latex: string, display = false): string {
  return lookup(`${display ? 'D' : 'I'}${latex}`, () => latexToMathML(latex, display));
}

function inline(text: string): string {
  return escape(text.replace(/\\\$/g, '$'))
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>');
}

/** Prose and math apart, so escaping never touches the LaTeX. */
function withMath(text: string): string {
  let out = '';
  let last = 0;
  for (const span of mathSpans(text)) {
    out += inline(text.slice(last, span.start)) + mathHtml(span.latex, span.display);
    last = span.end;
  }
  return out + inline(text.slice(last));
}

/** A Markdown block (a prompt, a statement, an introduction). */
export function markdown(source: string): string {
  return lookup(`B${source}`, () =>
    source
      .trim()
      .split(/\n\s*\n/)
      .map((block) => {
        const lines = block.split('\n');
        if (lines.every((l) => /^\s*[-*] /.test(l)))
          return `<ul>${lines.map((l) => `<li>${withMath(l.replace(/^\s*[-*] /, ''))}</li>`).join('')}</ul>`;
        return `<p>${withMath(lines.join(' '))}</p>`;
      })
      .join(''),
  );
}

/** One line of Markdown without a paragraph around it (a hint, a line of a solution, feedback). */
export const markdownInline = (source: string): string => lookup(`L${source}`, () => withMath(source));
