/**
 * The steps of an exercise as the page lays them out: most steps one by one, and the cells of an iteration
 * table (src/content/steps/table.ts: one step per cell, id `<table>-<t>-<column>`) gathered into one table,
 * a row per t and a column per quantity. The cells stay steps of their own (graded, scored, saved and sent to
 * an LMS as before); only the view groups them.
 */
import type { DerivedStep } from '../../src/content/derived.js';
import type { TableColumn } from '../../src/content/steps/table.js';

/** The table's columns in order. Typed against the content layer's list, so a new column fails to compile here. */
const COLUMNS: { readonly [C in TableColumn]: number } = { theta: 0, loss: 1, gradient: 2, next: 3 };
export const TABLE_COLUMN_ORDER = Object.keys(COLUMNS) as readonly TableColumn[];

export interface TableRow {
  readonly t: number;
  /** Per column (in TABLE_COLUMN_ORDER), the index of its step in the exercise. */
  readonly cells: readonly (number | undefined)[];
}

export type StepGroup =
  | { readonly kind: 'step'; readonly index: number }
  | { readonly kind: 'table'; readonly id: string; readonly first: number; readonly rows: readonly TableRow[] };

/** A table cell's table, t and column, read from its id; undefined for any other step. */
function cellOf(step: DerivedStep): { table: string; t: number; column: TableColumn } | undefined {
  if (step.kind !== 'table') return undefined;
  const m = /^(.*)-(\d+)-([a-z]+)$/.exec(step.id);
  if (!m || !Object.hasOwn(COLUMNS, m[3]!)) return undefined;
  return { table: m[1]!, t: Number(m[2]), column: m[3] as TableColumn };
}

/** The steps in order, each table's consecutive cells as one group. */
export function groupSteps(steps: readonly DerivedStep[]): StepGroup[] {
  const groups: StepGroup[] = [];
  let open: { id: string; first: number; rows: Map<number, (number | undefined)[]> } | undefined;
  const close = () => {
    if (open)
      groups.push({
        kind: 'table',
        id: open.id,
        first: open.first,
        rows: [...open.rows].map(([t, cells]) => ({ t, cells })),
      });
    open = undefined;
  };
  steps.forEach((step, index) => {
    const cell = cellOf(step);
    if (!cell) {
      close();
      groups.push({ kind: 'step', index });
      return;
    }
    if (open?.id !== cell.table) {
      close();
      open = { id: cell.table, first: index, rows: new Map() };
    }
    const row = open.rows.get(cell.t) ?? TABLE_COLUMN_ORDER.map(() => undefined);
    row[COLUMNS[cell.column]] = index;
    open.rows.set(cell.t, row);
  });
  close();
  return groups;
}

/** The number each step shows ("Step 2"): a table's cells all show their table's. */
export function stepNumbers(groups: readonly StepGroup[], count: number): number[] {
  const numbers = Array.from({ length: count }, () => 0);
  groups.forEach((g, k) => {
    if (g.kind === 'step') numbers[g.index] = k + 1;
    else for (const r of g.rows) for (const i of r.cells) if (i !== undefined) numbers[i] = k + 1;
  });
  return numbers;
}
