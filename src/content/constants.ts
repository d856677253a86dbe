/**
 * `constants:` on a lesson and on an exercise: named numbers (a number, or an expression of numbers and of other
 * constants, such as "sqrt(2)" or "2*c") that an exercise's function, start, learning rate, constraints, number steps
 * and statement may use. A lesson's serve every exercise; an exercise's own override them by name. They are fixed,
 * unlike parameters, which are drawn per variant; a statement writes one as {{name}}.
 * What a teacher can get wrong is reported at the constant: a name that is no constant, a constant named like a
 * variable or a parameter, constants that refer to each other in a cycle.
 */
import { evaluateConstant, freeSymbols, num, read, substitute, type Node } from '../math/index.js';
import type { Issue } from './issues.js';
import type { Path, Source } from './source.js';
import type { Parameters } from './variants.js';

export interface Constants {
  readonly values: Parameters;
  readonly issues: Issue[];
}

type Written = Readonly<Record<string, number | string>>;

/** One constant as written, and where. */
interface Entry {
  readonly raw: number | string;
  readonly path: Path;
  /** Written on the lesson (so a clash names the exercise it clashes in). */
  readonly lesson: boolean;
}

/** Where the first use of `name` stands in `text`, for pointing at it. */
const offsetOf = (text: string, name: string): number =>
  new RegExp(`(?<![A-Za-z0-9_])${name.replace(/[^A-Za-z0-9_]/g, '')}(?![A-Za-z0-9_])`).exec(text)?.index ?? 0;

export function readConstants(
  written: Written | undefined,
  taken: readonly string[],
  at: Path,
  source: Source,
  /** The lesson's constants, which the exercise's override (a clash of theirs is the lesson's to report: see lessonConstantIssues). */
  lessonConstants?: Written,
): Constants {
  const entries = new Map<string, Entry>();
  for (const [name, raw] of Object.entries(lessonConstants ?? {}))
    if (!taken.includes(name)) entries.set(name, { raw, path: ['constants', name], lesson: true });
  for (const [name, raw] of Object.entries(written ?? {}))
    entries.set(name, { raw, path: [...at, 'constants', name], lesson: false });
  const issues: Issue[] = [];
  const names = [...entries.keys()];
  const nodes = new Map<string, Node>();
  for (const [name, entry] of entries) {
    if (taken.includes(name)) {
      issues.push(
        source.issue(entry.path, `“${name}” is also a variable or a parameter; rename the constant.`, { key: true }),
      );
      continue;
    }
    if (typeof entry.raw === 'number') {
      nodes.set(name, num(entry.raw));
      continue;
    }
    // A lesson's constant uses the lesson's alone: what it means must not depend on the exercise.
    const visible = entry.lesson ? Object.keys(lessonConstants ?? {}) : names;
    const parsed = read(entry.raw, { variables: visible });
    if (!parsed.ok) {
      issues.push(
        source.issue(entry.path, `${parsed.error.message} (in “${entry.raw}”)`, { offset: parsed.error.start }),
      );
      continue;
    }
    const stray = freeSymbols(parsed.node).filter((s) => !visible.includes(s));
    if (stray.length > 0) {
      issues.push(
        source.issue(
          entry.path,
          `A constant is a number or an expression of numbers and constants; “${stray[0]}” is not a constant (in “${entry.raw}”)${visible.length > 1 ? `; the constants are ${visible.join(', ')}` : ''}.`,
          { offset: offsetOf(entry.raw, stray[0]!) },
        ),
      );
      continue;
    }
    nodes.set(name, parsed.node);
  }
  const values: Record<string, number> = {};
  const failed = new Set<string>();
  // Each constant worked out after the ones it uses; a cycle is reported once, at the constant where it was entered.
  const resolve = (name: string, through: readonly string[]): number | undefined => {
    if (Object.hasOwn(values, name)) return values[name];
    if (failed.has(name)) return undefined;
    const node = nodes.get(name);
    if (!node) return undefined;
    if (through.includes(name)) {
      const cycle = [...through.slice(through.indexOf(name)), name];
      issues.push(
        source.issue(entries.get(name)!.path, `The constants refer to each other in a cycle: ${cycle.join(' → ')}.`, {
          key: true,
        }),
      );
      cycle.forEach((n) => failed.add(n));
      return undefined;
    }
    const used = freeSymbols(node);
    const parts = used.map((u) => [u, resolve(u, [...through, name])] as const);
    if (parts.some(([, v]) => v === undefined)) {
      failed.add(name);
      return undefined;
    }
    const value = evaluateConstant(substitute(node, Object.fromEntries(parts.map(([u, v]) => [u, num(v!)]))));
    if (!Number.isFinite(value)) {
      issues.push(
        source.issue(entries.get(name)!.path, `The constant “${name}” is not a finite number (it is ${value}).`),
      );
      failed.add(name);
      return undefined;
    }
    return (values[name] = value);
  };
  for (const name of nodes.keys()) resolve(name, []);
  return { values, issues };
}

/** A lesson's constant named like a variable or a parameter of some exercises: one error at the constant, naming them. */
export function lessonConstantIssues(
  constants: Written | undefined,
  exercises: readonly { readonly id: string; readonly taken: readonly string[] }[],
  source: Source,
): Issue[] {
  return Object.keys(constants ?? {}).flatMap((name) => {
    const clashes = exercises.filter((e) => e.taken.includes(name)).map((e) => `“${e.id}”`);
    return clashes.length === 0
      ? []
      : [
          source.issue(
            ['constants', name],
            `The lesson's constant “${name}” is a variable or a parameter of exercise${clashes.length > 1 ? 's' : ''} ${clashes.join(', ')}; rename the constant.`,
            { key: true },
          ),
        ];
  });
}

/** A statement with each {{name}} replaced by its value (a name it does not know is left as written). */
export const interpolate = (text: string, values: Parameters): string =>
  text.replace(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
