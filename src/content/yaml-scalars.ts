/**
 * Where each character of a YAML string came from in the file, and what
 * YAML's escapes did to it. A teacher's text reaches us decoded: quotes gone,
 * lines folded, a block's indentation stripped, "\f" turned into a form feed.
 * To point at a character (a bad formula's error, say) we align the decoded
 * value with the source, and to warn where a double-quoted string lost a
 * LaTeX backslash we read its escapes ourselves.
 */
import { isScalar, visit, type Document, type Scalar } from 'yaml';
import { mathSpans } from './math-spans.js';

/** One piece of the source: where it starts (relative to the scalar) and the text it decodes to. */
interface Unit {
  readonly at: number;
  readonly text: string;
  readonly escape?: string;
}

/** YAML's single-character escapes in double-quoted strings, and what each yields. */
const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

/** What an escape that swallowed a LaTeX backslash became, for the warning. */
export const ESCAPE_NAMES: Readonly<Record<string, string>> = {
  '0': 'a null character',
  a: 'a bell character',
  b: 'a backspace',
  t: 'a tab',
  n: 'a line break',
  v: 'a vertical tab',
  f: 'a form feed',
  r: 'a carriage return',
  e: 'an escape character',
  N: 'a next-line character',
  _: 'a non-breaking space',
  L: 'a line separator',
  P: 'a paragraph separator',
};

function units(raw: string, type: Scalar['type']): Unit[] {
  const out: Unit[] = [];
  let k = 0;
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') k = raw.indexOf('\n') + 1 || raw.length;
  else if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') k = 1;
  while (k < raw.length) {
    const c = raw[k]!;
    if (type === 'QUOTE_DOUBLE' && c === '\\' && k + 1 < raw.length) {
      const e = raw[k + 1]!;
      const hex = { x: 2, u: 4, U: 8 }[e];
      if (hex !== undefined) {
        const code = Number.parseInt(raw.slice(k + 2, k + 2 + hex), 16);
        out.push({ at: k, text: Number.isNaN(code) ? '' : String.fromCodePoint(code) });
        k += 2 + hex;
        continue;
      }
      out.push({ at: k, text: e === '\n' || e === '\r' ? '' : (ESCAPES[e] ?? e), escape: e });
      k += 2;
      continue;
    }
    if (type === 'QUOTE_SINGLE' && c === "'" && raw[k + 1] === "'") {
      out.push({ at: k, text: "'" });
      k += 2;
      continue;
    }
    out.push({ at: k, text: c });
    k++;
  }
  return out;
}

const blank = (s: string) => s === ' ' || s === '\n' || s === '\t' || s === '\r';

/**
 * For each character of `value`, its offset in `raw` (the scalar's source
 * text), aligning the decoded value with the source's pieces; characters that
 * cannot be aligned map to the scalar's start.
 */
export function valueOffsets(raw: string, type: Scalar['type'], value: string): number[] {
  const pieces = units(raw, type);
  const offsets: number[] = [];
  let p = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    let q = p;
    while (q < pieces.length && pieces[q]!.text !== c && !(blank(c) && blank(pieces[q]!.text))) q++;
    if (q === pieces.length) {
      while (offsets.length < value.length) offsets.push(0);
      return offsets;
    }
    offsets.push(pieces[q]!.at);
    p = q + 1;
  }
  return offsets;
}

export interface SwallowedEscape {
  /** Where the escape's backslash stands in the file. */
  readonly offset: number;
  readonly escape: string;
  /** The LaTeX the teacher most likely meant: "\frac". */
  readonly meant: string;
}

/** In math ($…$), or an escape that is never meant in prose: a control character. */
const PROSE_ESCAPES = new Set(['n', 't', 'r', ' ', '"', '/', '\\', 'N', '_', 'L', 'P', 'x', 'u', 'U']);

/**
 * Escapes in double-quoted strings that swallowed what looks like a LaTeX
 * command's backslash: "\frac" read as a form feed and "rac", or "$\theta$"
 * as a tab and "heta". A "\n" between words in prose is left alone.
 */
export function swallowedEscapes(doc: Document, text: string): SwallowedEscape[] {
  const found: SwallowedEscape[] = [];
  visit(doc, {
    Scalar(_, node) {
      if (!isScalar(node) || node.type !== 'QUOTE_DOUBLE' || !node.range) return;
      const start = node.range[0];
      const raw = text.slice(start, node.range[1]);
      const pieces = units(raw, 'QUOTE_DOUBLE');
      const decoded = pieces.map((u) => u.text).join('');
      const math = mathSpans(decoded).map((m) => [m.start, m.end] as const);
      let index = 0;
      for (let u = 0; u < pieces.length; u++) {
        const piece = pieces[u]!;
        const e = piece.escape;
        if (e !== undefined && Object.hasOwn(ESCAPE_NAMES, e)) {
          const word = /^[A-Za-z]*/.exec(raw.slice(piece.at + 2))![0];
          const inMath = math.some(([a, b]) => index >= a && index < b);
          if (/^[a-zA-Z]$/.test(e) && (word.length > 0 || inMath) && (!PROSE_ESCAPES.has(e) || inMath))
            found.push({ offset: start + piece.at, escape: e, meant: `\\${e}${word}` });
        }
        index += piece.text.length;
      }
    },
  });
  return found;
}
