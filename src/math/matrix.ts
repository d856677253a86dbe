/**
 * Matrices as learners and teachers write them: `[[1, 2], [3, 4]]` (rows as
 * vectors; the ordinary reader gives a vector of vectors) or `[1 2; 3 4]`
 * (rows split by `;`, entries by commas or spaces, as in MATLAB: `1 -2` is two
 * entries, `1 - 2` one). A matrix is a tree too: a vector whose items are its
 * rows, each a vector of equal length. Reading never throws; a text that is not
 * a matrix says why and where.
 */
import { FUNCTIONS, type Node } from './ast.js';
import { decimalComma } from './locale.js';
import { LIMITS } from './limits.js';
import { read, type ReadOptions, type ReadResult } from './parse.js';
import { tokenize, type Token } from './tokenize.js';
import { lowerVectors } from './vectors.js';
import { say } from '../messages/catalogue.js';
import { CHECKER } from '../messages/checker.js';
import { READER } from '../messages/reader.js';

export type Rows = readonly (readonly Node[])[];

export const matrixNode = (rows: Rows): Node => ({
  type: 'vector',
  items: rows.map((r) => ({ type: 'vector', items: r })),
});

/**
 * The rows of a tree that is a matrix (a vector of equal-length vectors of scalars), or why it is not, in the
 * locale's words (a learner's answer) or English (a teacher's value).
 */
export function rowsOf(node: Node, locale?: string): { ok: true; rows: Rows } | { ok: false; message: string } {
  const said = say(CHECKER, locale);
  if (node.type !== 'vector' || !node.items.every((r) => r.type === 'vector'))
    return { ok: false, message: said.matrixExpected };
  const rows = node.items.map((r) => r.items);
  const lengths = rows.map((r) => r.length);
  if (lengths.some((n) => n !== lengths[0])) return { ok: false, message: said.ragged({ lengths }) };
  const lowered: Node[][] = [];
  for (const [i, row] of rows.entries()) {
    lowered.push([]);
    for (const [j, entry] of row.entries()) {
      const l = lowerVectors(entry);
      if (!l.ok) return { ok: false, message: said.entry({ i: i + 1, j: j + 1, why: l.message }) };
      if (!('scalar' in l)) return { ok: false, message: said.entry({ i: i + 1, j: j + 1, why: said.matrixExpected }) };
      lowered[i]!.push(l.scalar);
    }
  }
  return { ok: true, rows: lowered };
}

/** Spans [start, end) of `text` split at top-level occurrences of `at` (outside any bracket). */
function splitTopLevel(text: string, from: number, to: number, at: string): [number, number][] {
  const spans: [number, number][] = [];
  let depth = 0;
  let start = from;
  for (let k = from; k < to; k++) {
    const c = text[k]!;
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === at && depth === 0) {
      spans.push([start, k]);
      start = k + 1;
    }
  }
  spans.push([start, to]);
  return spans;
}

const endsOperand = (t: Token): boolean =>
  t.kind === 'number' ||
  (t.kind === 'ident' && !Object.hasOwn(FUNCTIONS, t.text)) ||
  t.kind === 'close' ||
  (t.kind === 'op' && t.op === '!');
const startsOperand = (t: Token): boolean => t.kind === 'number' || t.kind === 'ident' || t.kind === 'open';

/** A row's entries as spans: split at top-level commas, and at spaces between two operands (`1 -2` too). */
function entrySpans(row: string, comma: boolean): [number, number][] | undefined {
  const tokens = tokenize(row, comma);
  if (!Array.isArray(tokens)) return undefined;
  const spans: [number, number][] = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    if (t.kind === 'open') depth++;
    if (t.kind === 'close') depth--;
    if (depth !== 0) continue;
    if (t.kind === 'op' && t.op === ',') {
      spans.push([start, t.start]);
      start = t.end;
      continue;
    }
    const next = tokens[k + 1]!;
    const after = tokens[k + 2];
    const gap = next.start > t.end;
    const signed =
      next.kind === 'op' && (next.op === '-' || next.op === '+') && after !== undefined && after.start === next.end;
    if (gap && endsOperand(t) && (startsOperand(next) || signed)) {
      spans.push([start, next.start]);
      start = next.start;
    }
  }
  spans.push([start, row.length]);
  return spans;
}

/** `[1 2; 3 4]` as a matrix tree, or undefined when the text is not in that notation. */
function readRowNotation(text: string, options: ReadOptions): ReadResult | undefined {
  if (text.length > (options.maxLength ?? LIMITS.answerLength)) return undefined;
  // `H = [1 2; 3 4]` is read as its right side, as the ordinary reader does.
  const equals = text.lastIndexOf('=');
  const open = equals + 1 + text.slice(equals + 1).search(/\S/);
  const close = text.trimEnd().length - 1;
  if (open <= equals || text[open] !== '[' || !text.includes(';')) return undefined;
  const m = say(READER, options.locale);
  if (text[close] !== ']') return { ok: false, error: { start: open, end: open + 1, message: m.matrixUnclosed } };
  const comma = decimalComma(options.locale);
  const rows: Node[][] = [];
  for (const [rs, re] of splitTopLevel(text, open + 1, close, ';')) {
    const row = text.slice(rs, re);
    if (row.trim() === '')
      return { ok: false, error: { start: rs, end: Math.max(re, rs + 1), message: m.matrixEmptyRow } };
    const spans = entrySpans(row, comma);
    if (!spans) return undefined;
    const entries: Node[] = [];
    for (const [s, e] of spans) {
      const r = read(row.slice(s, e), options);
      if (!r.ok) return { ok: false, error: { ...r.error, start: r.error.start + rs + s, end: r.error.end + rs + s } };
      entries.push(r.node);
    }
    rows.push(entries);
  }
  return { ok: true, node: matrixNode(rows) };
}

/**
 * Reads an answer where a matrix is expected: the ordinary reading when it
 * gives rows (`[[1, 2], [3, 4]]`); otherwise the row notation when the text is
 * in it. In a decimal-comma locale `;` also separates a vector's components,
 * so the ordinary reading of `[-1 -2; -3 -4]` there is the vector (−3, −7):
 * a matrix is what the learner meant, and what is read.
 */
export function readAnswer(text: string, options: ReadOptions = {}): ReadResult {
  const plain = read(text, options);
  if (plain.ok && plain.node.type === 'vector' && plain.node.items.every((r) => r.type === 'vector')) return plain;
  const rows = readRowNotation(text, options);
  if (plain.ok) return rows?.ok ? rows : plain;
  return rows ?? plain;
}
