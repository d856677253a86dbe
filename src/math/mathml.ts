/**
 * MathML for the browser without KaTeX: an expression tree (the learner's
 * "read as …" preview) or the LaTeX our own writer produces (format.ts, as in
 * feedback composed at run time) becomes MathML, which browsers lay out
 * natively and screen readers read. It covers that LaTeX — numbers, letters,
 * Greek, \frac, \sqrt, ^ and _, primes, accents (\hat …), \sum and \prod with
 * limits, \left…\right, \cdot, \times, the functions — and shows anything
 * else as text, never as markup: every character is escaped.
 */
import type { Node } from './ast.js';
import { toLatex, type FormatOptions } from './format.js';
import { GREEK } from './tokenize.js';

const escape = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Greek letters by name; of two glyphs for one name (θ, ϑ) the first, the usual one. */
const LETTERS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(GREEK)
    .reverse()
    .map(([symbol, name]) => [name, symbol]),
);

const FUNCTIONS = new Set([
  'sin',
  'cos',
  'tan',
  'arcsin',
  'arccos',
  'arctan',
  'sinh',
  'cosh',
  'tanh',
  'exp',
  'ln',
  'log',
]);

const OPERATORS: Readonly<Record<string, string>> = {
  cdot: '·',
  odot: '⊙',
  times: '×',
  pm: '±',
  approx: '≈',
  le: '≤',
  leq: '≤',
  ge: '≥',
  geq: '≥',
  ne: '≠',
  neq: '≠',
  to: '→',
  partial: '∂',
  nabla: '∇',
  infty: '∞',
  lVert: '‖',
  rVert: '‖',
  ',': '\u2009',
  ' ': ' ',
  '{': '{',
  '}': '}',
};

/** Accents over a letter, by the characters MathML fonts place on it (ˆ, not ASCII ^). */
const ACCENTS: Readonly<Record<string, string>> = { hat: 'ˆ', bar: '¯', tilde: '˜', vec: '→', dot: '˙' };

/** Large operators and a few more symbols, as whole elements. */
const SYMBOLS: Readonly<Record<string, string>> = {
  sum: '<mo>∑</mo>',
  prod: '<mo>∏</mo>',
  top: '<mi mathvariant="normal">⊤</mi>',
  ldots: '<mo>…</mo>',
  dots: '<mo>…</mo>',
  cdots: '<mo>⋯</mo>',
  quad: '<mspace width="1em"></mspace>',
  qquad: '<mspace width="2em"></mspace>',
  mid: '<mo>∣</mo>',
  in: '<mo>∈</mo>',
};
const LARGE = new Set([SYMBOLS.sum, SYMBOLS.prod]);

const FENCES: Readonly<Record<string, string>> = { '(': '(', ')': ')', '[': '[', ']': ']', '|': '|', '.': '' };

const MATRIX_FENCES: Readonly<Record<string, readonly [string, string]>> = {
  bmatrix: ['[', ']'],
  pmatrix: ['(', ')'],
  matrix: ['', ''],
};

class Reader {
  private k = 0;
  constructor(private readonly s: string) {}

  /** A sequence up to `}`, `\right` or the end (in a matrix's cell, also up to `&`, `\\` or `\end`). */
  row(cell = false): string {
    let out = '';
    for (;;) {
      this.skipSpace();
      if (this.k >= this.s.length || this.s[this.k] === '}' || this.s.startsWith('\\right', this.k)) return out;
      if (cell && (this.s[this.k] === '&' || this.s.startsWith('\\\\', this.k) || this.s.startsWith('\\end', this.k)))
        return out;
      out += this.scripted();
    }
  }

  private skipSpace(): void {
    while (this.s[this.k] === ' ') this.k++;
  }

  /**
   * An atom with its primes and scripts, in either order (x_i^2, x^2_i). A prime is a mark beside the letter, as
   * Chromium sets Unicode's ′ (raised already) well only outside a superscript. A large operator (Σ, Π) takes its
   * scripts as limits, which MathML sets below and above in a display and beside it inline.
   */
  private scripted(): string {
    let base = this.atom();
    const large = LARGE.has(base);
    while (this.s[this.k] === "'") {
      this.k++;
      base = `<mrow>${base}<mo lspace="0em" rspace="0em">′</mo></mrow>`;
    }
    this.skipSpace();
    let sub: string | undefined;
    let sup: string | undefined;
    for (let c = this.s[this.k]; (c === '_' && !sub) || (c === '^' && !sup); c = this.s[this.k]) {
      this.k++;
      if (c === '_') sub = this.argument();
      else sup = this.argument();
      this.skipSpace();
    }
    const [under, over, both] = large ? ['munder', 'mover', 'munderover'] : ['msub', 'msup', 'msubsup'];
    if (sub && sup) return `<${both}>${base}${sub}${sup}</${both}>`;
    if (sub) return `<${under}>${base}${sub}</${under}>`;
    if (sup) return `<${over}>${base}${sup}</${over}>`;
    return base;
  }

  /** A braced group, or the single atom after ^, _ or \frac. */
  private argument(): string {
    this.skipSpace();
    if (this.s[this.k] !== '{') return `<mrow>${this.atom()}</mrow>`;
    this.k++;
    const inner = this.row();
    if (this.s[this.k] === '}') this.k++;
    return `<mrow>${inner}</mrow>`;
  }

  private atom(): string {
    const c = this.s[this.k]!;
    const number = /^\d+(?:\.\d+)?/.exec(this.s.slice(this.k));
    if (number) {
      this.k += number[0].length;
      return `<mn>${number[0]}</mn>`;
    }
    if (c === '{') return this.argument();
    if (c === '\\') return this.command();
    this.k++;
    if (/[A-Za-z]/.test(c)) return `<mi>${c}</mi>`;
    if (c === '-') return '<mo>−</mo>';
    return `<mo>${escape(c)}</mo>`;
  }

  private command(): string {
    const name = /^\\([A-Za-z]+|.)/.exec(this.s.slice(this.k))?.[1] ?? '';
    this.k += name.length + 1;
    if (name === 'frac') return `<mfrac>${this.argument()}${this.argument()}</mfrac>`;
    if (name === 'sqrt') return `<msqrt>${this.argument()}</msqrt>`;
    if (name === 'mathrm' || name === 'operatorname') return `<mi mathvariant="normal">${this.text()}</mi>`;
    if (name === 'text') return `<mtext>${this.text()}</mtext>`;
    if (name === 'left') return this.fenced();
    if (name === 'begin') return this.matrix();
    if (Object.hasOwn(ACCENTS, name))
      return `<mover accent="true">${this.argument()}<mo>${ACCENTS[name]!}</mo></mover>`;
    if (Object.hasOwn(SYMBOLS, name)) return SYMBOLS[name]!;
    if (Object.hasOwn(LETTERS, name)) return `<mi>${LETTERS[name]!}</mi>`;
    if (FUNCTIONS.has(name)) return `<mi>${name}</mi><mo>&#x2061;</mo>`;
    if (Object.hasOwn(OPERATORS, name)) return `<mo>${escape(OPERATORS[name]!)}</mo>`;
    return `<mtext>${escape(`\\${name}`)}</mtext>`;
  }

  /** The letters of a braced group, as text. */
  private text(): string {
    const m = /^\s*\{([^{}]*)\}/.exec(this.s.slice(this.k));
    if (!m) return '';
    this.k += m[0].length;
    return escape(m[1]!);
  }

  private fence(): string {
    const c = this.s[this.k] ?? '';
    this.k++;
    return FENCES[c] === undefined ? escape(c) : FENCES[c];
  }

  /** \begin{bmatrix} a & b \\ c & d \end{bmatrix} (or pmatrix): a table between fences. */
  private matrix(): string {
    const fences = MATRIX_FENCES[this.text()] ?? ['', ''];
    const rows: string[][] = [];
    let cells: string[] = [];
    for (;;) {
      cells.push(`<mtd>${this.row(true)}</mtd>`);
      if (this.s[this.k] === '&') {
        this.k++;
        continue;
      }
      rows.push(cells);
      cells = [];
      if (this.s.startsWith('\\\\', this.k)) {
        this.k += 2;
        continue;
      }
      if (this.s.startsWith('\\end', this.k)) {
        this.k += '\\end'.length;
        this.text();
      }
      break;
    }
    const table = `<mtable>${rows.map((r) => `<mtr>${r.join('')}</mtr>`).join('')}</mtable>`;
    return `<mrow>${fences[0] ? `<mo>${fences[0]}</mo>` : ''}${table}${fences[1] ? `<mo>${fences[1]}</mo>` : ''}</mrow>`;
  }

  /** \left( … \right): a row between stretchy fences. */
  private fenced(): string {
    const open = this.fence();
    const inner = this.row();
    let close = '';
    if (this.s.startsWith('\\right', this.k)) {
      this.k += '\\right'.length;
      close = this.fence();
    }
    return `<mrow>${open ? `<mo>${open}</mo>` : ''}${inner}${close ? `<mo>${close}</mo>` : ''}</mrow>`;
  }
}

/** LaTeX in the subset our writer produces, as a MathML element (with the source as its annotation). */
export function latexToMathML(latex: string, display = false): string {
  const body = new Reader(latex).row();
  return `<math${display ? ' display="block"' : ''}><semantics><mrow>${body}</mrow><annotation encoding="application/x-tex">${escape(latex)}</annotation></semantics></math>`;
}

/** An expression tree as MathML, laid out exactly as toLatex writes it (the brackets the tree needs, 2x, 3·x). */
export const toMathML = (node: Node, options: FormatOptions = {}): string => latexToMathML(toLatex(node, options));
