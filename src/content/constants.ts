/**
 * `constants:` on an exercise: named numbers (a number, or an expression of
 * numbers such as "sqrt(2)") that its function, start, learning rate and
 * statement may use. They are fixed, unlike parameters, which are drawn per
 * variant; a statement writes one as {{name}}.
 */
import { evaluateConstant, freeSymbols, read } from '../math/index.js';
import type { Issue } from './issues.js';
import type { Path, Source } from './source.js';
import type { Parameters } from './variants.js';

export interface Constants {
  readonly values: Parameters;
  readonly issues: Issue[];
}

export function readConstants(
  written: Readonly<Record<string, number | string>> | undefined,
  taken: readonly string[],
  at: Path,
  source: Source,
): Constants {
  const values: Record<string, number> = {};
  const issues: Issue[] = [];
  for (const [name, raw] of Object.entries(written ?? {})) {
    const where = [...at, 'constants', name];
    if (taken.includes(name)) {
      issues.push(
        source.issue(where, `“${name}” is also a variable or a parameter; rename the constant.`, { key: true }),
      );
      continue;
    }
    if (typeof raw === 'number') {
      values[name] = raw;
      continue;
    }
    const parsed = read(raw, { variables: [] });
    const stray = parsed.ok ? freeSymbols(parsed.node) : [];
    const value = parsed.ok && stray.length === 0 ? evaluateConstant(parsed.node) : NaN;
    if (!Number.isFinite(value))
      issues.push(
        source.issue(
          where,
          parsed.ok
            ? `A constant is a number or an expression of numbers${stray.length > 0 ? `; “${stray[0]}” is not a number` : ''} (in “${raw}”).`
            : `${parsed.error.message} (in “${raw}”)`,
        ),
      );
    else values[name] = value;
  }
  return { values, issues };
}

/** A statement with each {{name}} replaced by its value (a name it does not know is left as written). */
export const interpolate = (text: string, values: Parameters): string =>
  text.replace(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
