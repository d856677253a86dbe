/**
 * Checks a loaded file against the lesson schema and reports each problem at
 * its place, with a fix where one is clear: a misspelt key gets "did you mean
 * learning_rate?", an unknown step kind gets the nearest kind.
 */
import type { TSchema } from '@sinclair/typebox';
import { Value, ValueErrorType } from '@sinclair/typebox/value';
import { didYouMean, type Issue } from './issues.js';
import {
  ExerciseSchema,
  LessonSchema,
  STEP_KINDS,
  STEP_SCHEMAS,
  type ExerciseFile,
  type LessonFile,
} from './schema.js';
import type { Path, Source } from './source.js';

const UNEXPECTED_PROPERTY = ValueErrorType.ObjectAdditionalProperties;
const UNION = ValueErrorType.Union;

const pathOf = (pointer: string): (string | number)[] =>
  pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));

function valueAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const s of path) v = (v as Record<string | number, unknown> | undefined)?.[s];
  return v;
}

/** The keys a schema allows at `path`, for suggestions. */
function keysOf(schema: TSchema | undefined): string[] {
  return schema && typeof schema === 'object' && 'properties' in schema ? Object.keys(schema.properties as object) : [];
}

function schemaAt(path: Path, data: unknown, root: TSchema): TSchema | undefined {
  let schema: TSchema | undefined = root;
  for (let k = 0; k <= path.length && schema; k++) {
    if (
      Array.isArray(schema.anyOf) &&
      (schema.anyOf as TSchema[]).some((s) => (s.properties as Record<string, unknown> | undefined)?.kind)
    ) {
      // A step: its kind says which schema applies.
      const kind = (valueAt(data, path.slice(0, k)) as { kind?: unknown } | undefined)?.kind;
      schema = STEP_SCHEMAS.find((s) => s.properties.kind.const === kind);
    }
    if (k === path.length || !schema) break;
    const segment = path[k]!;
    const properties = schema.properties as Record<string, TSchema> | undefined;
    schema =
      typeof segment === 'number'
        ? (schema.items as TSchema | undefined)
        : (properties?.[segment] ?? (schema.additionalProperties as TSchema | undefined));
  }
  return schema;
}

function describeUnion(schema: TSchema): string {
  const options = (schema.anyOf as TSchema[] | undefined) ?? [];
  const described = options
    .map((o) => (o.const !== undefined ? JSON.stringify(o.const) : String(o.description ?? o.type).replace(/\.$/, '')))
    .filter(Boolean);
  return described.length > 0 ? `one of: ${described.join('; ')}` : 'of another form';
}

function stepIssues(source: Source, path: (string | number)[], step: unknown): Issue[] {
  if (typeof step !== 'object' || step === null || Array.isArray(step))
    return [source.issue(path, 'A step is a mapping with a kind, e.g. {kind: partial, wrt: x}.')];
  const kind = (step as { kind?: unknown }).kind;
  if (typeof kind !== 'string')
    return [source.issue(path, `This step has no kind; kinds are ${STEP_KINDS.join(', ')}.`)];
  const schema = STEP_SCHEMAS.find((s) => s.properties.kind.const === kind);
  if (!schema) {
    const guess = didYouMean(kind, STEP_KINDS);
    return [
      source.issue(
        [...path, 'kind'],
        `Unknown step kind "${kind}".${guess ? ` Did you mean ${guess}?` : ''} Kinds are ${STEP_KINDS.join(', ')}.`,
      ),
    ];
  }
  return schemaIssues(source, schema, step, path);
}

/** The schema's complaints about `value` (found at `base` in the file), one per place; `root` is the file's schema. */
export function schemaIssues(
  source: Source,
  schema: TSchema,
  value: unknown,
  base: (string | number)[],
  root: TSchema = LessonSchema,
): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  for (const error of Value.Errors(schema, value)) {
    const path = [...base, ...pathOf(error.path)];
    const key = path.join('/');
    if ([...seen].some((s) => key.startsWith(`${s}/`) || key === s)) continue;
    const isStep = path.length >= 2 && path[path.length - 2] === 'steps' && typeof path[path.length - 1] === 'number';
    if (error.type === UNION && isStep) {
      issues.push(...stepIssues(source, path, valueAt(source.data, path)));
      seen.add(key);
      continue;
    }
    seen.add(key);
    if (error.type === UNEXPECTED_PROPERTY) {
      const name = String(path[path.length - 1]);
      const allowed = keysOf(schemaAt(path.slice(0, -1), source.data, root)).filter((k) => k !== '$schema');
      const guess = didYouMean(name, allowed);
      issues.push(
        source.issue(
          path,
          `Unknown key "${name}".${guess ? ` Did you mean ${guess}?` : ''}${allowed.length ? ` Allowed here: ${allowed.join(', ')}.` : ''}`,
          { key: true },
        ),
      );
    } else if (error.type === UNION) {
      issues.push(source.issue(path, `This value must be ${describeUnion(error.schema)}.`));
    } else {
      const where = path.length > 0 ? `"${String(path[path.length - 1])}" ` : '';
      const missing = /Expected required property/.test(error.message);
      issues.push(
        source.issue(
          missing ? path.slice(0, -1) : path,
          missing ? `Missing required key ${where.trim()}.` : `${where}${error.message.toLowerCase()}.`,
        ),
      );
    }
  }
  return issues;
}

export type Structured =
  | { readonly ok: true; readonly lesson: LessonFile }
  | {
      readonly ok: false;
      readonly issues: Issue[];
      /** The exercises that are valid on their own, with their index in the file: their errors are worth finding too. */
      readonly valid: readonly { readonly exercise: ExerciseFile; readonly index: number }[];
    };

export function checkStructure(source: Source): Structured {
  const issues = schemaIssues(source, LessonSchema, source.data, []).sort((a, b) => a.line - b.line || a.col - b.col);
  if (issues.length === 0) return { ok: true, lesson: source.data as LessonFile };
  const exercises = (source.data as { exercises?: unknown } | null)?.exercises;
  const valid = Array.isArray(exercises)
    ? exercises.flatMap((exercise: unknown, index) =>
        Value.Check(ExerciseSchema, exercise) ? [{ exercise: exercise, index }] : [],
      )
    : [];
  return { ok: false, issues, valid };
}
