import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveFrom, type Open } from '../../components/grid/grid-navigation.js';

const caret = (start: number, end = start, length = 3) => ({ start, end, length });
const press = (key: string, c = caret(0), shift = false) => ({ key, shift, caret: c });

/** 3 rows of 4 cells; row 1's third cell locked. */
const OPEN: Open = [
  [true, true, true, true],
  [true, true, false, true],
  [true, true, true, true],
];

describe('moving between the cells of a grid', () => {
  it('arrows up and down go to the cell above or below, stepping over a locked one', () => {
    expect(moveFrom(OPEN, { row: 1, col: 0 }, press('ArrowUp'))).toEqual({ row: 0, col: 0 });
    expect(moveFrom(OPEN, { row: 0, col: 2 }, press('ArrowDown'))).toEqual({ row: 2, col: 2 });
    expect(moveFrom(OPEN, { row: 0, col: 0 }, press('ArrowUp'))).toBeUndefined();
    expect(moveFrom(OPEN, { row: 2, col: 3 }, press('ArrowDown'))).toBeUndefined();
  });

  it('arrows left and right leave a cell only from the ends of its text, else they move the caret', () => {
    expect(moveFrom(OPEN, { row: 0, col: 1 }, press('ArrowLeft', caret(0)))).toEqual({ row: 0, col: 0 });
    expect(moveFrom(OPEN, { row: 0, col: 1 }, press('ArrowLeft', caret(1)))).toBeUndefined();
    expect(moveFrom(OPEN, { row: 0, col: 1 }, press('ArrowRight', caret(3)))).toEqual({ row: 0, col: 2 });
    expect(moveFrom(OPEN, { row: 0, col: 1 }, press('ArrowRight', caret(2)))).toBeUndefined();
    // A selection is the caret's business too.
    expect(moveFrom(OPEN, { row: 0, col: 1 }, press('ArrowRight', caret(0, 3)))).toBeUndefined();
    // Right across a locked cell, and never past the end of a row.
    expect(moveFrom(OPEN, { row: 1, col: 1 }, press('ArrowRight', caret(3)))).toEqual({ row: 1, col: 3 });
    expect(moveFrom(OPEN, { row: 1, col: 3 }, press('ArrowRight', caret(3)))).toBeUndefined();
  });

  it('Enter goes to the next open cell in reading order, Shift+Enter to the one before', () => {
    expect(moveFrom(OPEN, { row: 0, col: 3 }, press('Enter'))).toEqual({ row: 1, col: 0 });
    expect(moveFrom(OPEN, { row: 1, col: 1 }, press('Enter'))).toEqual({ row: 1, col: 3 });
    expect(moveFrom(OPEN, { row: 1, col: 0 }, press('Enter', caret(0), true))).toEqual({ row: 0, col: 3 });
    expect(moveFrom(OPEN, { row: 2, col: 3 }, press('Enter'))).toBeUndefined();
  });

  it('leaves every other key to the text box', () => {
    for (const key of ['Tab', 'a', '1', 'Home', 'Backspace', ' '])
      expect(moveFrom(OPEN, { row: 1, col: 1 }, press(key))).toBeUndefined();
  });

  it('only ever lands on an open cell, one step away in the direction of the key', () => {
    const grid = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
      .chain(([rows, cols]) =>
        fc.array(fc.array(fc.boolean(), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
      );
    const key = fc.constantFrom('ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Enter');
    fc.assert(
      fc.property(grid, key, fc.boolean(), fc.nat(), fc.nat(), (open, k, shift, r, c) => {
        const from = { row: r % open.length, col: c % open[0]!.length };
        const to = moveFrom(open, from, { key: k, shift, caret: caret(0, 0, 0) });
        if (!to) return;
        expect(open[to.row]![to.col]).toBe(true);
        expect(to).not.toEqual(from);
        if (k === 'ArrowUp' || k === 'ArrowDown') expect(to.col).toBe(from.col);
        if (k === 'ArrowLeft' || k === 'ArrowRight') expect(to.row).toBe(from.row);
        if (k === 'ArrowUp') expect(to.row).toBeLessThan(from.row);
        if (k === 'ArrowDown') expect(to.row).toBeGreaterThan(from.row);
        if (k === 'ArrowLeft') expect(to.col).toBeLessThan(from.col);
        if (k === 'ArrowRight') expect(to.col).toBeGreaterThan(from.col);
      }),
    );
  });
});
