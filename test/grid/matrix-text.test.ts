import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matrixCells, matrixText } from '../../components/grid/matrix-text.js';
import { readAnswer, rowsOf } from '../../src/math/matrix.js';
import { toLatex } from '../../src/math/format.js';
import { read } from '../../src/math/parse.js';

/** What the checker reads from a text where a matrix is expected: each entry as LaTeX, or its message. */
function checkerReads(text: string, locale: string): string[][] | string {
  const r = readAnswer(text, { locale });
  if (!r.ok) return r.error.message;
  const rows = rowsOf(r.node);
  return rows.ok ? rows.rows.map((row) => row.map((e) => toLatex(e))) : rows.message;
}

describe('a matrix typed in a grid, as text', () => {
  it('is written in the row notation, bracketing only an entry a space or a comma would split', () => {
    expect(
      matrixText([
        ['1', '2'],
        ['3', '4'],
      ]),
    ).toBe('[1 2; 3 4]');
    expect(
      matrixText([
        [' 0.4 ', '-2x'],
        ['x - y', 'f(a, b)'],
      ]),
    ).toBe('[0.4 -2x; (x - y) (f(a, b))]');
    expect(
      matrixText([
        ['0,4', '1'],
        ['', '2'],
      ]),
    ).toBe('[0,4 1; () 2]');
    expect(
      matrixText([
        ['', ''],
        ['', ''],
      ]),
    ).toBe('');
  });

  it('is read by the checker as the entries the learner typed, in English and in French', () => {
    expect(
      checkerReads(
        matrixText([
          ['0.4', 'x - y'],
          ['-1', '2x'],
        ]),
        'en',
      ),
    ).toEqual([
      ['0.4', 'x - y'],
      ['-1', '2x'],
    ]);
    expect(
      checkerReads(
        matrixText([
          ['0,4', 'x - y'],
          ['-1', '2,5x'],
        ]),
        'fr',
      ),
    ).toEqual([
      ['0.4', 'x - y'],
      ['-1', '2.5x'],
    ]);
  });

  it('gives the checker each entry as it reads that entry alone, whatever the entries', () => {
    const entry = fc.oneof(
      fc.constantFrom('x', '-x', '2x', 'x - y', 'x -y', '-2 + x', 'sin(x) cos(y)', 'x^2', '1/2', '(x + 1)(x - 1)'),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v) => String(Number(v.toPrecision(6)))),
    );
    const grid = fc
      .tuple(fc.integer({ min: 2, max: 3 }), fc.integer({ min: 1, max: 3 }))
      .chain(([r, c]) => fc.array(fc.array(entry, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));
    fc.assert(
      fc.property(grid, fc.constantFrom('en', 'fr'), (cells, locale) => {
        const typed = cells.map((r) => r.map((e) => (locale === 'fr' ? e.replace('.', ',') : e)));
        const alone = typed.map((r) =>
          r.map((e) => {
            const one = read(e, { locale });
            return one.ok ? toLatex(one.node) : one.error.message;
          }),
        );
        expect(checkerReads(matrixText(typed), locale)).toEqual(alone);
      }),
      { numRuns: 300 },
    );
  });

  it('opens in the grid from the row notation and from rows as vectors, of the expected shape only', () => {
    expect(matrixCells('[1 2; 3 4]', 2, 2)).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(matrixCells('[[1, 2x], [x - y, 4]]', 2, 2)).toEqual([
      ['1', '2x'],
      ['x - y', '4'],
    ]);
    expect(matrixCells('[[0,4 ; 1] ; [2 ; 3]]', 2, 2)).toEqual([
      ['0,4', '1'],
      ['2', '3'],
    ]);
    expect(matrixCells('', 2, 3)).toEqual([
      ['', '', ''],
      ['', '', ''],
    ]);
    expect(matrixCells('[1 2; 3 4]', 2, 3)).toBeUndefined();
    expect(matrixCells('(1, 2)', 2, 2)).toBeUndefined();
    expect(matrixCells('[1 2; (3 4]', 2, 2)).toBeUndefined();
  });

  it('comes back to the same cells: grid → text → grid is the identity (entries trimmed)', () => {
    const entry = fc.oneof(
      fc.constantFrom(
        '',
        '0',
        '-1',
        '0.4',
        '0,4',
        '2x',
        'x - y',
        'sin(x)',
        'f(a, b)',
        '(x)',
        '(x, y)',
        'x^2 + 1',
        '[1]',
        'a;b',
      ),
      fc.stringMatching(/^[a-z0-9 .,+\-*^()]{0,8}$/).filter((s) => balanced(s)),
    );
    const grid = fc
      .tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 1, max: 4 }))
      .chain(([r, c]) => fc.array(fc.array(entry, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));
    fc.assert(
      fc.property(grid, (cells) => {
        const trimmed = cells.map((r) => r.map((e) => e.trim()));
        const text = matrixText(cells);
        const back = matrixCells(text, cells.length, cells[0]!.length);
        expect(back).toEqual(text === '' ? trimmed.map((r) => r.map(() => '')) : trimmed);
      }),
      { numRuns: 500 },
    );
  });
});

function balanced(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === '(') depth++;
    if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}
