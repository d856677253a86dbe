/**
 * Judging a matrix answer entry by entry against an expected matrix, and
 * naming the shapes of the usual mistakes: the transpose (rows for columns),
 * every sign flipped, two rows swapped. How one entry is judged (numbers
 * within the tolerance, expressions by equivalence) is the caller's: check.ts
 * passes its scalar judge in, so a matrix entry is judged exactly as a vector
 * component is. The words are the message catalogue's (src/messages/checker.ts).
 */
import type { Node } from './ast.js';
import type { Rows } from './matrix.js';
import { say } from '../messages/catalogue.js';
import { CHECKER } from '../messages/checker.js';

export type MatrixShapeReason = 'transpose' | 'sign' | 'swapped-rows';
export type MatrixReason = 'not-a-matrix' | 'wrong-shape' | 'entries' | MatrixShapeReason;

export type MatrixJudgement<S> =
  | { readonly kind: 'correct' }
  | { readonly kind: 'shape'; readonly reason: 'wrong-shape' | MatrixShapeReason; readonly message: string }
  | {
      readonly kind: 'entries';
      /** The judgement of each entry, row by row. */
      readonly judged: readonly (readonly S[])[];
      readonly right: readonly (readonly boolean[])[];
      /** A named mistake the whole answer equals, when it equals one. */
      readonly named?: { readonly reason: MatrixShapeReason; readonly message: string };
      /** The wrong entries named: "Entries (1, 2), (2, 1)". */
      readonly where: string;
      readonly message: string;
    };

/** Judges one entry: `k` numbers the entry, so each gets its own sample points. */
export type EntryJudge<S> = (expected: Node, answer: Node, k: number) => S;

const transpose = (m: Rows): Rows => (m[0] ?? []).map((_, j) => m.map((row) => row[j]!));
const negate = (m: Rows): Rows => m.map((row) => row.map((x): Node => ({ type: 'neg', arg: x })));

/** Every matrix with two rows of `m` swapped, with the rows' numbers (from 1). */
function rowSwaps(m: Rows): { rows: Rows; i: number; j: number }[] {
  const out: { rows: Rows; i: number; j: number }[] = [];
  for (let i = 0; i < m.length; i++)
    for (let j = i + 1; j < m.length; j++) {
      const rows = [...m];
      [rows[i], rows[j]] = [rows[j]!, rows[i]!];
      out.push({ rows, i: i + 1, j: j + 1 });
    }
  return out;
}

const saidIn = (locale: string | undefined) => say(CHECKER, locale);
type Said = ReturnType<typeof saidIn>;

const sameShape = (a: Rows, b: Rows): boolean => a.length === b.length && a[0]?.length === b[0]?.length;

/** Whether every entry of `answer` is judged right against `expected` (stops at the first that is not). */
function allRight<S extends { readonly ok: boolean }>(expected: Rows, answer: Rows, entry: EntryJudge<S>): boolean {
  if (!sameShape(expected, answer)) return false;
  const columns = expected[0]?.length ?? 0;
  return expected.every((row, i) => row.every((x, j) => entry(x, answer[i]![j]!, i * columns + j).ok));
}

/** The named mistake `answer` equals, if any (it is already known not to be right). */
function namedMistake<S extends { readonly ok: boolean }>(
  expected: Rows,
  answer: Rows,
  entry: EntryJudge<S>,
  said: Said,
): { reason: MatrixShapeReason; message: string } | undefined {
  if (allRight(transpose(expected), answer, entry)) return { reason: 'transpose', message: said.transpose };
  if (allRight(negate(expected), answer, entry)) return { reason: 'sign', message: said.negated };
  for (const swap of rowSwaps(expected))
    if (allRight(swap.rows, answer, entry))
      return { reason: 'swapped-rows', message: said.swappedRows({ i: swap.i, j: swap.j }) };
  return undefined;
}

/** Judges `answer` against `expected`, both as rows of scalar trees; the messages are in `locale`. */
export function judgeMatrix<S extends { readonly ok: boolean }>(
  expected: Rows,
  answer: Rows,
  entry: EntryJudge<S>,
  locale?: string,
): MatrixJudgement<S> {
  const said = saidIn(locale);
  const r = expected.length;
  const c = expected[0]?.length ?? 0;
  if (!sameShape(expected, answer)) {
    const named = namedMistake(expected, answer, entry, said);
    return named
      ? { kind: 'shape', ...named }
      : {
          kind: 'shape',
          reason: 'wrong-shape',
          message: said.matrixShape({
            rows: answer.length,
            columns: answer[0]?.length ?? 0,
            expectedRows: r,
            expectedColumns: c,
          }),
        };
  }
  const judged = expected.map((row, i) => row.map((x, j) => entry(x, answer[i]![j]!, i * c + j)));
  const right = judged.map((row) => row.map((s) => s.ok));
  if (right.every((row) => row.every(Boolean))) return { kind: 'correct' };
  const wrong = right.flatMap((row, i) => row.flatMap((ok, j) => (ok ? [] : [[i + 1, j + 1] as const])));
  const named = namedMistake(expected, answer, entry, said);
  const where = said.entries({ wrong });
  return {
    kind: 'entries',
    judged,
    right,
    ...(named ? { named } : {}),
    where,
    message: named?.message ?? said.entriesWrong({ which: where, n: wrong.length, rows: r, columns: c }),
  };
}
