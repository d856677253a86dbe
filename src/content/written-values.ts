/**
 * Values a teacher writes into a lesson (a step's `expected`, the cells of a
 * table), verified against the derivation as a teacher means them: a number
 * written with k decimals ("4.10" has two, read from the source text, not the
 * parsed number) is right when the derivation rounds to it; an integer, or a
 * number the step's tolerance accepts, as before. A wrong one's message gives
 * the right value rounded to the same places: "the table says 11.44; it is 11.24".
 */
import { withinTolerance, type Tolerance } from '../math/index.js';
import type { Issue } from './issues.js';
import type { StepFile } from './schema.js';
import type { Path, Source } from './source.js';
import { cellValue, TABLE_COLUMNS, tableRows } from './steps/table.js';
import type { Point } from './values.js';
import type { Workings } from './workings.js';

type Written = number | string | readonly number[];

/** The decimal places of a number as written: "4.10" → 2, "-0.5" → 1, "1.5e-3" → 4, "25" → 0. */
export function placesOf(text: string): number | undefined {
  const m = /^\s*[-+]?(?:\d+)?(?:\.(\d*))?(?:[eE]([-+]?\d+))?\s*$/.exec(text);
  if (!m || !/\d/.test(text)) return undefined;
  return Math.max(0, (m[1]?.length ?? 0) - Number(m[2] ?? 0));
}

/** `value` rounded to `places` decimals, as a teacher writes it (no "-0.00", no binary noise). */
export function rounded(value: number, places: number | undefined): string {
  if (!Number.isFinite(value)) return String(value);
  if (places === undefined || places === 0 || Math.abs(value) >= 1e21) {
    const short = Number(value.toPrecision(6));
    return String(Object.is(short, -0) ? 0 : short);
  }
  const text = value.toFixed(places);
  return Number(text) === 0 ? text.replace('-', '') : text;
}

/** One written number against its derived value: right when it rounds, or within the step's tolerance. */
function agrees(derived: number, written: number, places: number | undefined, tolerance: Tolerance): boolean {
  if (withinTolerance(written, derived, tolerance)) return true;
  return places !== undefined && places > 0 && withinTolerance(written, derived, { places });
}

interface Comparison {
  readonly ok: boolean;
  /** The written value as in the file. */
  readonly written: string;
  /** The right value, each component rounded to the places written there. */
  readonly right: string;
}

/** Compares written numbers (one, or a vector) at `path` with derived ones. */
function compare(
  written: number | readonly number[],
  derived: readonly number[],
  path: Path,
  source: Source,
  tolerance: Tolerance,
): Comparison {
  const items = typeof written === 'number' ? [written] : written;
  const texts = items.map((w, k) => source.written(typeof written === 'number' ? path : [...path, k]) ?? String(w));
  const places = texts.map(placesOf);
  const ok = items.length === derived.length && items.every((w, k) => agrees(derived[k]!, w, places[k], tolerance));
  const right = derived.map((d, k) => rounded(d, places[k] ?? places[places.length - 1]));
  const shown = (parts: readonly string[]) =>
    typeof written === 'number' && parts.length === 1 ? parts[0]! : `[${parts.join(', ')}]`;
  return { ok, written: shown(texts), right: derived.length === 1 ? right[0]! : `[${right.join(', ')}]` };
}

/** The numbers of a derived answer text ("[2.4, 3.2]", "23/3"), when it is numeric. */
const numbers = (p: Point): number[] => p.map((v) => v.number);

export interface WrittenCheck {
  readonly step: StepFile;
  /** The derivation's expected answer and numbers, for a step with one answer. */
  readonly derived?: { readonly expected: string; readonly numbers?: readonly number[] };
  /** Whether an expression the teacher wrote is judged right against the derivation (the checker decides). */
  readonly sameExpression: (written: string) => boolean | undefined;
  readonly workings: Workings;
  readonly tolerance: Tolerance;
}

/** Every written value of a step that disagrees with the derivation, at its place. */
export function writtenIssues(check: WrittenCheck, at: Path, source: Source): Issue[] {
  const { step, derived, tolerance } = check;
  const issues: Issue[] = [];
  const expected = step.expected as Written | undefined;
  if (expected !== undefined && derived) {
    if (typeof expected === 'string' || !derived.numbers) {
      const text = typeof expected === 'string' ? expected : JSON.stringify(expected).replace(/,/g, ', ');
      if (check.sameExpression(text) !== true)
        issues.push(
          source.issue(
            [...at, 'expected'],
            `The written answer ${text} disagrees with the derived one, ${derived.expected}.`,
          ),
        );
    } else {
      const c = compare(expected, derived.numbers, [...at, 'expected'], source, tolerance);
      if (!c.ok)
        issues.push(
          source.issue(
            [...at, 'expected'],
            `The written answer ${c.written} disagrees with the derived one, ${c.right}.`,
          ),
        );
    }
  }
  if (step.kind === 'table' && step.values) {
    const rows = tableRows(step);
    step.values.forEach((row, r) => {
      const t = rows[r];
      if (t === undefined) return; // past the table: reported with the references
      row.forEach((cell, c) => {
        const path = [...at, 'values', r, c];
        const column = TABLE_COLUMNS[c];
        if (!column) {
          issues.push(
            source.issue(path, `A table row has ${TABLE_COLUMNS.length} columns: ${TABLE_COLUMNS.join(', ')}.`),
          );
          return;
        }
        const comparison = compare(cell, numbers(cellValue(check.workings, t, column)), path, source, tolerance);
        if (!comparison.ok)
          issues.push(
            source.issue(path, `Row ${t}, ${column}: the table says ${comparison.written}; it is ${comparison.right}.`),
          );
      });
    });
  }
  return issues;
}
