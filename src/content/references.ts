/**
 * Every name and index a lesson refers to, checked before anything is derived:
 * `wrt` names a declared variable, a parameter range is not empty, a
 * constraint speaks of the parameters, a table's written rows stay within its
 * rows. Each finding is an error at the reference itself, with the fix.
 */
import { compile, freeSymbols, num, read, substitute } from '../math/index.js';
import { didYouMean, type Issue } from './issues.js';
import type { ExerciseFile, ParameterFile } from './schema.js';
import type { Path, Source } from './source.js';
import { TABLE_COLUMNS, tableRows, type TableColumn } from './steps/table.js';
import type { Parameters } from './variants.js';

const list = (names: readonly string[]): string => names.join(', ');

function wrtIssues(exercise: ExerciseFile, at: Path, source: Source): Issue[] {
  const variables = exercise.variables ?? [];
  return exercise.steps.flatMap((step, k) => {
    if (!('wrt' in step)) return [];
    // A chain factor may be taken with respect to an inner function (∂L/∂a), or several (∂L/∂s₁, ∂L/∂s₂).
    const allowed = step.kind === 'factor' ? [...variables, ...Object.keys(exercise.where ?? {})] : variables;
    const named = typeof step.wrt === 'string' ? [step.wrt] : step.wrt;
    return named.flatMap((name, j) => {
      if (allowed.includes(name)) return [];
      const guess = name.length > 2 ? didYouMean(name, allowed) : undefined;
      const path = typeof step.wrt === 'string' ? [...at, 'steps', k, 'wrt'] : [...at, 'steps', k, 'wrt', j];
      return [
        source.issue(
          path,
          `“${name}” is not a ${step.kind === 'factor' ? 'variable or a name under where' : 'variable'} of this exercise${guess ? `; did you mean ${guess}?` : '.'} wrt must be one of ${list(allowed)}.`,
        ),
      ];
    });
  });
}

function rangeIssue(name: string, spec: ParameterFile, at: Path, source: Source): Issue | undefined {
  if ('choice' in spec) return undefined;
  const [lo, hi] = 'integer' in spec ? spec.integer : spec.decimal;
  const key = 'integer' in spec ? 'integer' : 'decimal';
  if (lo > hi)
    return source.issue(
      [...at, key],
      `The range [${lo}, ${hi}] of parameter ${name} is empty: write the smaller bound first, [${hi}, ${lo}].`,
    );
  if ('decimal' in spec) {
    const places = spec.places ?? 1;
    const scale = 10 ** places;
    if (Math.ceil(lo * scale - 1e-9) > Math.floor(hi * scale + 1e-9))
      return source.issue(
        [...at, key],
        `No number with ${places} decimal place${places === 1 ? '' : 's'} lies in [${lo}, ${hi}] (parameter ${name}); widen the range or set more places.`,
      );
  }
  return undefined;
}

function parameterIssues(
  exercise: ExerciseFile,
  at: Path,
  source: Source,
  lessonConstants: readonly string[],
): Issue[] {
  const specs = exercise.parameters ?? {};
  const names = [...new Set([...Object.keys(specs), ...Object.keys(exercise.constants ?? {}), ...lessonConstants])];
  const issues: Issue[] = [];
  for (const name of Object.keys(specs)) {
    const where = [...at, 'parameters', name];
    if ((exercise.variables ?? []).includes(name))
      issues.push(
        source.issue(where, `“${name}” is both a variable and a parameter; rename the parameter.`, { key: true }),
      );
    const range = rangeIssue(name, specs[name]!, where, source);
    if (range) issues.push(range);
  }
  (exercise.constraints ?? []).forEach((constraint, k) => {
    if (typeof constraint !== 'object') return;
    const texts =
      'distinct' in constraint
        ? constraint.distinct
        : ['positive' in constraint ? constraint.positive : constraint.nonzero];
    const key = Object.keys(constraint)[0]!;
    texts.forEach((text, j) => {
      const path = 'distinct' in constraint ? [...at, 'constraints', k, key, j] : [...at, 'constraints', k, key];
      const parsed = read(text, { variables: names });
      if (!parsed.ok) {
        issues.push(source.issue(path, `${parsed.error.message} (in “${text}”)`, { offset: parsed.error.start }));
        return;
      }
      const stray = freeSymbols(parsed.node).filter((s) => !names.includes(s));
      if (stray.length > 0)
        issues.push(
          source.issue(
            path,
            `A constraint speaks of the parameters (${names.length > 0 ? list(names) : 'none declared'}); “${stray[0]}” is not one.`,
          ),
        );
    });
  });
  return issues;
}

function tableIssues(exercise: ExerciseFile, at: Path, source: Source): Issue[] {
  return exercise.steps.flatMap((step, k) => {
    if (step.kind !== 'table') return [];
    const here = [...at, 'steps', k];
    const rows = tableRows(step);
    const issues: Issue[] = [];
    const back = rows.findIndex((t, r) => r > 0 && t <= rows[r - 1]!);
    if (back >= 0)
      issues.push(
        source.issue(
          [...here, 'rows', back],
          `The rows of a table go forward: t = ${rows[back]} comes after t = ${rows[back - 1]}. List each t once, in increasing order.`,
        ),
      );
    if (step.values && step.values.length > rows.length)
      issues.push(
        source.issue(
          [...here, 'values', rows.length],
          `The table has ${rows.length} row${rows.length === 1 ? '' : 's'} (t = ${rows.join(', ')}); this written row is past it. Add its t to rows or remove the row.`,
        ),
      );
    const hints = step.hints;
    if (hints && !Array.isArray(hints))
      for (const key of Object.keys(hints)) {
        const [t, column] = key.includes('.') ? key.split('.', 2) : [undefined, key];
        const known = TABLE_COLUMNS.includes(column as TableColumn) && (t === undefined || rows.includes(Number(t)));
        if (!known)
          issues.push(
            source.issue(
              [...here, 'hints', key],
              `“${key}” names no cell of this table: use a column (${TABLE_COLUMNS.join(', ')}) or a row and a column, like "${rows[rows.length - 1]}.next".`,
              { key: true },
            ),
          );
      }
    return issues;
  });
}

/** Every broken reference in one exercise whose structure is valid; `at` is its path in the file. */
export function referenceIssues(
  exercise: ExerciseFile,
  at: Path,
  source: Source,
  /** The names of the lesson's constants, which constraints may use too. */
  lessonConstants: readonly string[] = [],
): Issue[] {
  return [
    ...wrtIssues(exercise, at, source),
    ...parameterIssues(exercise, at, source, lessonConstants),
    ...tableIssues(exercise, at, source),
  ];
}

/** A constraint's expression for one draw of the parameters; NaN when it names anything else (reported above). */
export function parameterExpression(text: string, parameters: Parameters): number {
  const r = read(text, { variables: Object.keys(parameters) });
  if (!r.ok) return NaN;
  const values = Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, num(v)]));
  try {
    return compile(substitute(r.node, values), [])(new Float64Array(0));
  } catch {
    return NaN;
  }
}
