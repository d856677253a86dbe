/**
 * Where a key sends the focus in a grid of answer cells (an iteration table, a matrix): arrows move to the
 * neighbouring cell (left and right only from the ends of the text, so they still move the caret inside a
 * cell), Enter to the next cell in reading order and Shift+Enter back. Cells that cannot take an answer (a
 * locked or settled step) are stepped over. Pure: the grid element asks, then focuses.
 */

export interface Cell {
  readonly row: number;
  readonly col: number;
}

export interface KeyPress {
  readonly key: string;
  readonly shift: boolean;
  /** The caret (selection start and end) in the cell's text, and the text's length. */
  readonly caret: { readonly start: number; readonly end: number; readonly length: number };
}

/** The cells that can take the focus, by position: rows of booleans (a ragged last row is allowed). */
export type Open = readonly (readonly boolean[])[];

const isOpen = (open: Open, c: Cell): boolean => open[c.row]?.[c.col] === true;

/** The first open cell from `from` going by (dr, dc) each time, not counting `from` itself. */
function walk(open: Open, from: Cell, dr: number, dc: number): Cell | undefined {
  for (let c = { row: from.row + dr, col: from.col + dc }; c.row >= 0 && c.row < open.length;) {
    const width = open[c.row]!.length;
    if (c.col < 0 || c.col >= width) return undefined;
    if (isOpen(open, c)) return c;
    c = { row: c.row + dr, col: c.col + dc };
  }
  return undefined;
}

/** The open cells in reading order: row by row, left to right. */
const readingOrder = (open: Open): Cell[] =>
  open.flatMap((r, row) => r.flatMap((on, col) => (on ? [{ row, col }] : [])));

function nextInReading(open: Open, from: Cell, by: 1 | -1): Cell | undefined {
  const order = readingOrder(open);
  const at = (c: Cell) => c.row * 1e6 + c.col;
  const here = at(from);
  return by === 1 ? order.find((c) => at(c) > here) : order.filter((c) => at(c) < here).pop();
}

/**
 * The cell a key moves to, or undefined when the key is not the grid's (it then does what it does in a text
 * box) or there is no cell that way.
 */
export function moveFrom(open: Open, from: Cell, press: KeyPress): Cell | undefined {
  const { start, end, length } = press.caret;
  switch (press.key) {
    case 'ArrowUp':
      return walk(open, from, -1, 0);
    case 'ArrowDown':
      return walk(open, from, 1, 0);
    case 'ArrowLeft':
      return start === 0 && end === 0 ? walk(open, from, 0, -1) : undefined;
    case 'ArrowRight':
      return start === length && end === length ? walk(open, from, 0, 1) : undefined;
    case 'Enter':
      return nextInReading(open, from, press.shift ? -1 : 1);
    default:
      return undefined;
  }
}
