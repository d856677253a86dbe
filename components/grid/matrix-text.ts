/**
 * A matrix typed in a grid, as the text the checker reads, and back: the grid writes the row notation
 * `[1 2; 3 4]`, which reads the same in every locale (a French 0,4 stays a decimal), and brackets an entry
 * only where a space, a comma or a semicolon in it would otherwise split it (`[(x - y) 2; 3 4]`). Reading back
 * takes that notation and `[[1, 2], [3, 4]]` (with `;` between entries in a decimal-comma locale's way,
 * `[[0,4 ; 1] ; [2 ; 3]]`), so an answer typed in the text box opens in the grid; anything else stays text.
 */

/**
 * An entry that the row notation would split, that is empty, or that would read as a row (`[1]`) goes in
 * brackets. A comma between two digits
 * does not split it: it is a decimal comma (0,4) where the locale writes one, and a slip the checker names
 * where it does not.
 */
const needsBrackets = (entry: string): boolean =>
  entry === '' ||
  entry.startsWith('[') ||
  /[\s,;]/.test(entry.replace(/(\d),(?=\d)/g, '$1')) ||
  // `()` or `((x y))` as typed: reading back would take the brackets off.
  unbracket(entry) !== entry;

/** The grid's cells (rows of entries, as typed) as matrix text; all empty is the empty answer. */
export function matrixText(cells: readonly (readonly string[])[]): string {
  const trimmed = cells.map((r) => r.map((e) => e.trim()));
  if (trimmed.every((r) => r.every((e) => e === ''))) return '';
  const rows = trimmed.map((r) => r.map((e) => (needsBrackets(e) ? `(${e})` : e)).join(' '));
  return `[${rows.join('; ')}]`;
}

/** Spans of `text` split where `split(char, depth)` says, at bracket depth 0 only; undefined if unbalanced. */
function splitTop(text: string, at: (c: string) => boolean): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c) && --depth < 0) return undefined;
    else if (depth === 0 && at(c)) {
      parts.push(text.slice(start, k));
      start = k + 1;
    }
  }
  if (depth !== 0) return undefined;
  parts.push(text.slice(start));
  return parts;
}

/** `(x - y)` → `x - y` where the grid put the brackets; `(x)` stays as the learner typed it. */
function unbracket(entry: string): string {
  const inner = entry.slice(1, -1);
  const closes = entry.startsWith('(') && entry.endsWith(')') && splitTop(inner, () => false) !== undefined;
  return closes && needsBrackets(inner.trim()) ? inner.trim() : entry;
}

const inside = (text: string, open: string, close: string): string | undefined =>
  text.startsWith(open) && text.endsWith(close) ? text.slice(open.length, -close.length) : undefined;

/** `[1 2; 3 4]`: rows at `;`, entries at spaces outside brackets. */
function rowNotation(body: string): string[][] | undefined {
  const rows = splitTop(body, (c) => c === ';');
  return rows?.map((r) => (splitTop(r.trim(), (c) => /\s/.test(c)) ?? []).filter((e) => e !== '').map(unbracket));
}

/** `[[1, 2], [3, 4]]` (or `;` between entries and rows): each row a bracketed list. */
function nestedNotation(body: string): string[][] | undefined {
  const sep = body.includes(';') ? ';' : ',';
  const rows = splitTop(body, (c) => c === sep)?.map((r) => inside(r.trim(), '[', ']'));
  if (!rows || rows.some((r) => r === undefined)) return undefined;
  return rows.map((r) => splitTop(r!, (c) => c === sep)?.map((e) => e.trim()) ?? []);
}

/**
 * The cells of `text` when it is a rows × cols matrix (two rows or more) in one of the notations above; an
 * empty text is an empty grid. Otherwise undefined: the text is kept as it is, in the text box.
 */
export function matrixCells(text: string, rows: number, cols: number): string[][] | undefined {
  const t = text.trim();
  if (t === '') return Array.from({ length: rows }, () => Array.from({ length: cols }, () => ''));
  const body = inside(t, '[', ']');
  if (body === undefined) return undefined;
  const fits = (cells: string[][] | undefined) => cells?.length === rows && cells.every((r) => r.length === cols);
  const nested = body.trim().startsWith('[') ? nestedNotation(body.trim()) : undefined;
  if (fits(nested)) return nested;
  const plain = body.includes(';') ? rowNotation(body) : undefined;
  return fits(plain) ? plain : undefined;
}
