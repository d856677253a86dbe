/**
 * Lesson text to safe HTML: a small Markdown (paragraphs, lists, **bold**,
 * *emphasis*, `code`) with $…$ and $$…$$ math rendered by KaTeX as MathML,
 * which browsers lay out natively and screen readers read, with no fonts or
 * style sheets to load. Everything else is escaped: teacher text cannot
 * inject markup, and KaTeX runs with trust off (no \href, no \url).
 */
import katex from 'katex';

const escape = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Rendered text by source. An exercise re-renders on every keystroke (the draft is saved as it is typed), and
 * its prompts, hints and solutions do not change: each is typeset once. Bounded, so a long session cannot grow it.
 */
const CACHE_LIMIT = 2000;
const cache = new Map<string, string>();

function cached(key: string, render: () => string): string {
  let html = cache.get(key);
  if (html === undefined) {
    html = render();
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, html);
  }
  return html;
}

export function mathHtml(latex: string, display = false): string {
  return cached(`${display ? 'D' : 'I'}${latex}`, () => typeset(latex, display));
}

function typeset(latex: string, display: boolean): string {
  return katex.renderToString(latex, {
    displayMode: display,
    output: 'mathml',
    throwOnError: false,
    trust: false,
    strict: 'ignore',
    maxSize: 20,
    maxExpand: 200,
  });
}

function inline(text: string): string {
  return escape(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>');
}

/** Splits text into prose and math, so escaping never touches the LaTeX. */
function withMath(text: string): string {
  let out = '';
  const pattern = /\$\$([\s\S]+?)\$\$|\$([^$\n]+?)\$/g;
  let last = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out += inline(text.slice(last, m.index));
    out += m[1] !== undefined ? mathHtml(m[1], true) : mathHtml(m[2]!);
    last = m.index + m[0].length;
  }
  return out + inline(text.slice(last));
}

/** Renders a Markdown block (several paragraphs, maybe lists). */
export function markdown(source: string): string {
  return cached(`B${source}`, () => block(source));
}

function block(source: string): string {
  return source
    .trim()
    .split(/\n\s*\n/)
    .map((block) => {
      const lines = block.split('\n');
      if (lines.every((l) => /^\s*[-*] /.test(l)))
        return `<ul>${lines.map((l) => `<li>${withMath(l.replace(/^\s*[-*] /, ''))}</li>`).join('')}</ul>`;
      return `<p>${withMath(lines.join(' '))}</p>`;
    })
    .join('');
}

/** Renders one line of Markdown without a paragraph around it. */
export const markdownInline = (source: string): string => cached(`L${source}`, () => withMath(source));
