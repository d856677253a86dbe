import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, readAnswer, toLatex, toText } from '../../src/math/index.js';
import { toMathML } from '../../src/math/mathml.js';

const read = (text: string, locale?: string) => {
  const r = readAnswer(text, locale === undefined ? {} : { locale });
  return r.ok ? toText(r.node) : r.error;
};

describe('reading a matrix', () => {
  it('reads [1 2; 3 4] as the nested [[1, 2], [3, 4]]', () => {
    expect(read('[1 2; 3 4]')).toBe('[[1, 2], [3, 4]]');
    expect(read('[1, 2; 3, 4]')).toBe('[[1, 2], [3, 4]]');
    expect(read('H = [1 2; 3 4]')).toBe('[[1, 2], [3, 4]]');
  });

  it('splits a row at spaces between operands, as MATLAB does: 1 -2 is two entries, 1 - 2 and 2x one', () => {
    expect(read('[1 -2; 3 4]')).toBe('[[1, -2], [3, 4]]');
    expect(read('[1 - 2 5; 3 4]')).toBe('[[1 - 2, 5], [3, 4]]');
    expect(read('[2x sin(x); x^2 (x+1)/2]')).toBe('[[2*x, sin(x)], [x^2, (x + 1)/2]]');
  });

  it('reads a decimal comma in fr, where ; separates rows and spaces entries', () => {
    expect(read('[2,5 0; 0 1,5]', 'fr')).toBe('[[2.5, 0], [0, 1.5]]');
    // There `;` also separates a vector's components: where a matrix is expected, rows are what was meant.
    expect(read('[-1 -2; -3 -4]', 'fr')).toBe('[[-1, -2], [-3, -4]]');
    expect(read('[1; 2]', 'fr')).toBe('[[1], [2]]');
    expect(read('[[1; 2]; [3; 4]]', 'fr')).toBe('[[1, 2], [3, 4]]');
  });

  it('points at an empty row or an unreadable entry, where it is', () => {
    expect(read('[1 2; ; 3 4]')).toEqual({
      start: 5,
      end: 6,
      message: 'A row of this matrix is empty: write each row’s entries between the semicolons.',
    });
    expect(read('[1 2; 3 4+]')).toMatchObject({ start: 9, end: 10, message: 'Something is missing after “+”.' });
    expect(read('[1 2; 3 4')).toEqual({
      start: 0,
      end: 1,
      message: 'This [ of a matrix is never closed: end it with ].',
    });
  });

  it('shows a matrix as a bmatrix, in LaTeX and in MathML', () => {
    const r = readAnswer('[1 2; 3 -4]');
    if (!r.ok) throw new Error('unread');
    expect(toLatex(r.node)).toBe('\\begin{bmatrix}1 & 2 \\\\ 3 & -4\\end{bmatrix}');
    expect(toMathML(r.node)).toContain(
      '<mrow><mo>[</mo><mtable><mtr><mtd><mn>1</mn></mtd><mtd><mn>2</mn></mtd></mtr><mtr><mtd><mn>3</mn></mtd><mtd><mo>−</mo><mn>4</mn></mtd></mtr></mtable><mo>]</mo></mrow>',
    );
  });
});

describe('checking a matrix', () => {
  const m = (answer: string, expected = '[[1, 2], [3, 4]]', locale?: string) => {
    const v = check({ kind: 'matrix', expected, answer, ...(locale === undefined ? {} : { locale }) });
    return v.verdict === 'incorrect' ? [v.reason, v.message] : v.verdict;
  };

  it('names the transpose, the sign and swapped rows', () => {
    expect(m('[1 3; 2 4]')).toEqual([
      'transpose',
      'This is the transpose of the answer: rows and columns are swapped.',
    ]);
    expect(m('[-1 -2; -3 -4]')).toEqual([
      'sign',
      'Every entry has the wrong sign: this is the negative of the answer.',
    ]);
    expect(m('[3 4; 1 2]')).toEqual(['swapped-rows', 'Rows 1 and 2 are swapped; the entries are otherwise right.']);
  });

  it('names the wrong entries by row and column, and a wrong shape by its size', () => {
    expect(m('[1 2; 4 5]')).toEqual(['entries', 'Entries (2, 1), (2, 2) of the 2×2 matrix are not right.']);
    expect(m('[1 2 0; 3 4 0]')).toEqual(['wrong-shape', 'Your matrix is 2×3; a 2×2 matrix is expected.']);
    expect(m('(1, 2)')).toEqual(['not-a-matrix', 'A matrix is expected, written like [[1, 2], [3, 4]] or [1 2; 3 4].']);
  });

  it('treats an unknown name in an entry as no attempt, and rounding per entry as for numbers', () => {
    expect(check({ kind: 'matrix', expected: '[[2*x, 0], [0, 2]]', answer: '[2z 0; 0 2]', vars: ['x'] })).toMatchObject(
      {
        verdict: 'unknown-symbol',
        symbols: ['z'],
      },
    );
    expect(m('[0.333 0; 0 1]', '[[1/3, 0], [0, 1]]')).toBe('correct');
    expect(check({ kind: 'matrix', expected: '[[1/3, 0], [0, 1]]', answer: '[0.3 0; 0 1]' })).toMatchObject({
      verdict: 'imprecise',
      message: 'Entry (1, 1): Rounded too far: give the answer to at least 3 significant figures.',
    });
  });

  it('says it in the learner’s language: the verdicts come from the message catalogue', () => {
    const fr = (answer: string) => m(answer, undefined, 'fr');
    expect(fr('[1 3; 2 4]')).toEqual([
      'transpose',
      'C’est la transposée de la réponse : les lignes et les colonnes sont échangées.',
    ]);
    expect(fr('[-1 -2; -3 -4]')).toEqual([
      'sign',
      'Chaque coefficient a le mauvais signe : c’est l’opposé de la réponse.',
    ]);
    expect(fr('[3 4; 1 2]')).toEqual([
      'swapped-rows',
      'Les lignes 1 et 2 sont échangées ; les coefficients sont justes par ailleurs.',
    ]);
    expect(fr('[1 2; 3 5]')).toEqual(['entries', 'Le coefficient (2, 2) de la matrice 2×2 n’est pas juste.']);
    expect(fr('[1 2; 4 5]')).toEqual([
      'entries',
      'Les coefficients (2, 1), (2, 2) de la matrice 2×2 ne sont pas justes.',
    ]);
    expect(fr('[1 2 0; 3 4 0]')).toEqual(['wrong-shape', 'Votre matrice est 2×3 ; une matrice 2×2 est attendue.']);
  });

  it('reads the expected matrix in row notation too, as a teacher or a check --jsonl line may write it', () => {
    expect(m('[[1, 2], [3, 4]]', '[1 2; 3 4]')).toBe('correct');
    expect(m('[1 3; 2 4]', '[1 2; 3 4]')).toEqual([
      'transpose',
      'This is the transpose of the answer: rows and columns are swapped.',
    ]);
  });

  it('refuses an expected answer that is not a matrix, for the teacher', () => {
    expect(() => check({ kind: 'matrix', expected: '[[1, 2], [3]]', answer: '1' })).toThrow(
      'expected answer “[[1, 2], [3]]”: The rows have different lengths (2, 1); every row of a matrix has as many entries.',
    );
  });
});

describe('hostile matrix input', () => {
  const expectation = (answer: string) => check({ kind: 'matrix', expected: '[[1, 2], [3, 4]]', answer, vars: ['x'] });

  it('never throws on any text, in either notation (fast-check)', () => {
    const pieces = fc.constantFrom('[', ']', ';', ',', ' ', '1', '-', 'x', '(', ')', '2.5', '^', '[[', ']]', '=', '|');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), fc.string({ maxLength: 40 }), (parts, noise) => {
        const v = expectation(parts.join('') + noise);
        return ['correct', 'incorrect', 'unreadable', 'empty', 'unknown-symbol', 'imprecise'].includes(v.verdict);
      }),
    );
  });

  it('refuses an answer longer than the limit before splitting it into entries', () => {
    const long = `[${Array.from({ length: 200 }, () => '1 2').join('; ')}]`;
    expect(expectation(long)).toMatchObject({
      verdict: 'unreadable',
      message: 'This is longer than 500 characters; shorten it.',
    });
  });
});
