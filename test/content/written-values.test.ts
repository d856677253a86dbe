/**
 * Values a teacher writes are read as written: a number with k decimals in the file is right when the
 * derivation rounds to it, and a wrong one is answered with the right value rounded to the same places.
 * Tables of any length, or at chosen t, are verified cell by cell; hints may be given per column or per cell.
 */
import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../src/content/index.js';
import { placesOf, rounded } from '../../src/content/written-values.js';
import { bowl, lesson, lint } from './lesson-text.js';

/** f(x) = (x − 1)² + 0.3x⁴ from x₀ = 2 with α = 0.05, worked here by hand-written arithmetic, not by the engine. */
function handTable(rows: number): { x: number; f: number; g: number; next: number }[] {
  const out = [];
  let x = 2;
  for (let t = 0; t < rows; t++) {
    const f = (x - 1) ** 2 + 0.3 * x ** 4;
    const g = 2 * (x - 1) + 1.2 * x ** 3;
    const next = x - 0.05 * g;
    out.push({ x, f, g, next });
    x = next;
  }
  return out;
}

const quartic = (steps: string[]) =>
  lesson(
    '- id: e',
    '  title: E',
    '  function: (x - 1)^2 + 0.3*x^4',
    '  variables: [x]',
    '  start: [2]',
    '  learning_rate: 0.05',
    '  steps:',
    ...steps.map((s) => `    ${s}`),
  );

/** A table step written with two decimals in every cell; `edit` may change the text of one row. */
function writtenTable(rows: number, edit: (row: string, t: number) => string = (r) => r) {
  const cells = handTable(rows).map(({ x, f, g, next }, t) =>
    edit(`      - [${[x, f, g, next].map((v) => v.toFixed(2)).join(', ')}]`, t),
  );
  return quartic(['- kind: table', `  rows: ${rows}`, '  values:', ...cells.map((c) => c.slice(4))]);
}

describe('a number is right when the derivation rounds to it, to the places written', () => {
  it('reads the places from the source text: "4.10" has two, "1.5e-3" four', () => {
    expect(['4.10', '4.1', '25', '-0.50', '1.5e-3', '2E2', 'x', '']).toEqual(
      ['4.10', '4.1', '25', '-0.50', '1.5e-3', '2E2', 'x', ''].map((t) => t),
    );
    expect(['4.10', '4.1', '25', '-0.50', '1.5e-3', '2E2', 'x', ''].map(placesOf)).toEqual([
      2,
      1,
      0,
      2,
      4,
      0,
      undefined,
      undefined,
    ]);
  });

  it('rounds the right value to those places, as a teacher writes it', () => {
    expect([rounded(11.2449, 2), rounded(4.1, 2), rounded(-0.001, 2), rounded(16.38400000001, 0)]).toEqual([
      '11.24',
      '4.10',
      '0.00',
      '16.384',
    ]);
  });

  it('a 25-row table rounded to two decimals lints clean (the old check called it wrong cell by cell)', () => {
    expect(lint(writtenTable(25))).toEqual([]);
  });

  it('a wrong cell is named with the right value to the same places, never 16 digits', () => {
    const text = writtenTable(25, (row, t) => (t === 7 ? row.replace(/, ([\d.]+)\]$/, ', 9.99]') : row));
    const right = handTable(25)[7]!.next.toFixed(2);
    expect(right).toBe('0.84');
    expect(lint(text)).toEqual(['lesson.yaml:21:30: Row 7, next: the table says 9.99; it is 0.84.']);
  });

  it('a written expected value with trailing zeros: [2.40, 3.20] is [2.4, 3.2]; one place off names the right one', () => {
    expect(lint(bowl({}, ['- kind: update', '  expected: [2.40, 3.20]']))).toEqual([]);
    expect(lint(bowl({}, ['- kind: update', '  expected: [2.41, 3.2]']))).toEqual([
      'lesson.yaml:12:19: The written answer [2.41, 3.2] disagrees with the derived one, [2.40, 3.2].',
    ]);
    expect(lint(bowl({}, ['- kind: loss', '  after: 1', '  expected: 17']))).toEqual([
      'lesson.yaml:13:19: The written answer 17 disagrees with the derived one, 16.',
    ]);
  });

  it('a value rounded to fewer places than the step tolerance asks is still right as written', () => {
    // f(θ₁) on the quartic is 1.396160688: 1.40 is it to two places.
    expect(lint(quartic(['- kind: loss', '  after: 1', '  expected: 1.40']))).toEqual([]);
    expect(lint(quartic(['- kind: loss', '  after: 1', '  expected: 1.39']))).toEqual([
      'lesson.yaml:13:19: The written answer 1.39 disagrees with the derived one, 1.40.',
    ]);
  });
});

describe('tables at chosen t, with hints per column and per cell', () => {
  const chosen = (extra: string[] = []) => bowl({}, ['- kind: table', '  rows: [0, 1, 2, 3, 4, 5, 20]', ...extra]);

  it('rows at t = 0–5 and 20: row 20 is θ after 20 steps, asked without carrying row 5 forward', () => {
    const steps = loadLesson('lesson.yaml', chosen()).lesson!.exercises[0]!.steps;
    expect(steps).toHaveLength(28);
    const theta20 = steps.find((s) => s.id === 'table-20-theta')!;
    expect(theta20.prompt).toBe(
      'Row 20: $\\theta_{20}$, the iterate after 20 steps. Give numbers to at least 3 significant figures.',
    );
    expect(theta20.carry).toBeUndefined();
    expect(steps.find((s) => s.id === 'table-5-theta')!.carry?.inputs[0]?.step).toBe('table-4-next');
    // (3, 4) · 0.8²⁰: the bowl shrinks every coordinate by 1 − 2α each step.
    const expected = theta20.answer.expected;
    const [x20, y20] = expected.type === 'vector' ? expected.components.map((c) => c.value) : [];
    expect(x20).toBeCloseTo(3 * 0.8 ** 20, 15);
    expect(y20).toBeCloseTo(4 * 0.8 ** 20, 15);
  });

  it('each written row is verified at its own t', () => {
    const values = [
      '  values:',
      '    - [[3, 4], 25, [6, 8], [2.4, 3.2]]',
      '    - [[2.4, 3.2], 16, [4.8, 6.4], [1.92, 2.56]]',
      '    - []',
      '    - []',
      '    - []',
      '    - []',
      '    - [[0.035, 0.046], 0.0033, [0.07, 0.09], [0.03, 0.04]]',
    ];
    expect(lint(chosen(values))).toEqual([]);
    const wrong = [...values.slice(0, 7), '    - [[0.035, 0.046], 0.0034, [0.07, 0.09], [0.03, 0.04]]'];
    expect(lint(chosen(wrong))).toEqual(['lesson.yaml:20:30: Row 20, loss: the table says 0.0034; it is 0.0033.']);
  });

  it('rows that go backwards are an error at the row', () => {
    expect(lint(bowl({}, ['- kind: table', '  rows: [0, 5, 3]']))).toEqual([
      'lesson.yaml:12:22: The rows of a table go forward: t = 3 comes after t = 5. List each t once, in increasing order.',
    ]);
  });

  it('hints per column and per cell: a cell’s own first, then its column’s, then the engine’s', () => {
    const text = chosen(['  hints:', '    loss: [Square and add.]', '    20.next: [Shrink by 0.8 once more.]']);
    expect(lint(text)).toEqual([]);
    const steps = loadLesson('lesson.yaml', text).lesson!.exercises[0]!.steps;
    const hints = (id: string) => steps.find((s) => s.id === id)!.hints;
    expect(hints('table-3-loss')).toEqual(['Square and add.']);
    expect(hints('table-20-next')).toEqual(['Shrink by 0.8 once more.']);
    expect(hints('table-3-next')).toEqual(['Subtract α times the gradient from this row’s iterate.']);
  });

  it('a hint for a cell the table does not have is an error at its key', () => {
    expect(lint(chosen(['  hints:', '    21.next: [No such row.]']))).toEqual([
      'lesson.yaml:14:11: “21.next” names no cell of this table: use a column (theta, loss, gradient, next) or a row and a column, like "20.next".',
    ]);
  });
});
