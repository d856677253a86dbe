/**
 * A lesson's prose rendered at compile time, in Node: Markdown by markdown-it
 * (CommonMark: links, lists, headings, emphasis, code, and \$ for a dollar),
 * each $…$ and $$…$$ typeset by KaTeX as MathML. The browser receives the
 * HTML and never loads KaTeX. Safe by construction: raw HTML in the source is
 * escaped, link targets other than http(s), mailto and relative ones are
 * refused (no javascript:), and links open in a new tab with rel=noopener.
 */
import katex from 'katex';
import MarkdownIt, { type StateInline } from 'markdown-it';
import { BoundedCache } from '../math/bounded-cache.js';
import { mathSpans } from './math-spans.js';
import { KATEX_OPTIONS } from './prose-math.js';

/** A formula as MathML (KaTeX's own error rendering, in red, if it does not typeset: lint has said so). */
export function mathMarkup(latex: string, display = false): string {
  return typeset.remember((display ? 'D' : 'I') + latex, () =>
    katex.renderToString(latex, {
      ...KATEX_OPTIONS,
      displayMode: display,
      output: 'mathml',
      throwOnError: false,
    }),
  );
}

/**
 * Formulas already typeset. A lesson is compiled once per learner (each seed draws its own numbers), and most of its
 * formulas (the function, the hints, the names) are the same in every variant; typesetting was about 40% of compiling.
 * Bounded, so that a server compiling for years keeps a few megabytes at most.
 */
const typeset = new BoundedCache<string, string>(5000);

/** $…$ and $$…$$ at this position, as math-spans.ts finds them in the text that follows. */
function mathRule(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x24 /* $ */) return false;
  const span = mathSpans(state.src.slice(state.pos))[0];
  if (span?.start !== 0) return false;
  if (!silent) {
    const token = state.push(span.display ? 'math_display' : 'math_inline', 'math', 0);
    token.content = span.latex;
  }
  state.pos += span.end;
  return true;
}

const SAFE_LINK = /^(?:https?:|mailto:|#|\/|\.{0,2}\/|[^:]*$)/i;

function createRenderer() {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.inline.ruler.before('escape', 'math', mathRule);
  md.renderer.rules.math_inline = (tokens, k) => mathMarkup(tokens[k]!.content);
  md.renderer.rules.math_display = (tokens, k) => mathMarkup(tokens[k]!.content, true);
  const validate = md.validateLink.bind(md);
  md.validateLink = (url) => validate(url) && SAFE_LINK.test(url.trim());
  const open =
    md.renderer.rules.link_open ?? ((tokens, k, options, _env, self) => self.renderToken(tokens, k, options));
  md.renderer.rules.link_open = (tokens, k, options, env, self) => {
    tokens[k]!.attrSet('target', '_blank');
    tokens[k]!.attrSet('rel', 'noopener noreferrer');
    return open(tokens, k, options, env, self);
  };
  return md;
}

const md = createRenderer();

/** A block of Markdown (paragraphs, lists, headings…) as HTML. */
export const markdownBlock = (source: string): string => md.render(source);

/** One line of Markdown, without a paragraph around it (a hint, a line of a solution, feedback). */
export const markdownLine = (source: string): string => md.renderInline(source);
