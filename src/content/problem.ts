/**
 * An exercise's problem, made concrete for one variant: the function in its
 * variables (written out, built from a model and its data, or from a matrix),
 * the start point and the learning rate, with the parameters substituted.
 * Every problem a teacher can make here is reported at its place in the file.
 */
import { bin, freeSymbols, num, read, substitute, sym, toLatex, LIMITS, type Node } from '../math/index.js';
import type { Issue } from './issues.js';
import { readComparison, type Contender } from './comparison.js';
import { readMethod } from './optimizer-file.js';
import { modelLoss } from './model-loss.js';
import { isPlain, type Method } from './optimizer.js';
import type { ExerciseFile } from './schema.js';
import type { Path, Source } from './source.js';
import { evaluateAt, type Point, type Value } from './values.js';
import type { Parameters } from './variants.js';

export interface Problem {
  readonly name: string;
  readonly variables: readonly string[];
  /** The function of the variables alone. */
  readonly f: Node;
  /** How the function is shown: as written, with inner functions and data sums kept. */
  readonly written: string;
  /** What the learner must be told besides the function: inner functions, the matrix, the data (LaTeX). */
  readonly given: readonly string[];
  /** For the chain rule: the outer function of the inner names, and each inner function. */
  readonly inner?: {
    readonly outer: Node;
    /** Each inner function written out in the variables. */
    readonly functions: Readonly<Record<string, Node>>;
    /** Each as written, in the variables and the other inner names (a = σ(z)). */
    readonly levels: Readonly<Record<string, Node>>;
  };
  readonly matrix?: {
    readonly A: readonly (readonly number[])[];
    readonly form: 'quadratic' | 'linear' | 'norm_squared';
    readonly row?: number;
  };
  readonly start?: Point;
  readonly learningRate?: Value;
  /** One rate per coordinate (`learning_rate: [0.1, 0.5]`), instead of the one learningRate: θ − α ⊙ ∇f. */
  readonly rates?: Point;
  /** A model's examples: each one's data row and its loss ℓᵢ = ½(predictionᵢ − targetᵢ)², so f is their mean. */
  readonly examples?: readonly { readonly row: Readonly<Record<string, number>>; readonly loss: Node }[];
  /** The update rule and schedule, when not plain gradient descent at a constant rate. */
  readonly method?: Method;
  /** Other optimisers to run from the same start, for the plot that compares their paths (`compare:`). */
  readonly compare?: readonly Contender[];
  readonly parameters: Parameters;
  /**
   * A set of questions only (choice and number steps), with no function, model or matrix: its steps read only the
   * parameters and constants, and f is the constant 0 that no step asks about (the compiled exercise has no function).
   */
  readonly questionsOnly?: true;
}

const QUESTION_KINDS: ReadonlySet<string> = new Set(['choice', 'number']);

/** Whether every step is a question the teacher answers, so that the exercise needs no function. */
export const asksOnlyQuestions = (exercise: ExerciseFile): boolean =>
  exercise.steps.every((s) => QUESTION_KINDS.has(s.kind));

export type Built = { readonly ok: true; readonly problem: Problem } | { readonly ok: false; readonly issues: Issue[] };

const asNodes = (parameters: Parameters): Record<string, Node> =>
  Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, num(v)]));

const sum = (terms: Node[]): Node => terms.reduce((a, b) => bin('+', a, b));

/** Where the first use of `name` stands in `text`, for pointing at it. */
function offsetOf(text: string, name: string): number {
  const m = new RegExp(`(?<![A-Za-z0-9_])${name.replace(/[^A-Za-z0-9_]/g, '')}(?![A-Za-z0-9_])`).exec(text);
  return m?.index ?? 0;
}

export function buildProblem(exercise: ExerciseFile, at: Path, source: Source, parameters: Parameters): Built {
  const issues: Issue[] = [];
  const params = Object.keys(parameters);
  const paramNodes = asNodes(parameters);
  const variables = exercise.variables ?? [];

  /** Reads an expression field; reports an unreadable one at its character and undeclared names. */
  const expression = (text: string, path: Path, allowed: readonly string[]): Node | undefined => {
    const result = read(text, { variables: [...allowed, ...params], maxLength: LIMITS.expressionLength });
    if (!result.ok) {
      issues.push(source.issue(path, `${result.error.message} (in “${text}”)`, { offset: result.error.start }));
      return undefined;
    }
    const stray = freeSymbols(result.node, allowed).filter((s) => !allowed.includes(s) && !params.includes(s));
    for (const name of stray)
      issues.push(
        source.issue(
          path,
          `“${name}” is used but not declared: add it to variables${allowed === variables ? '' : ' or parameters'}.`,
          {
            offset: offsetOf(text, name),
          },
        ),
      );
    return stray.length > 0 ? undefined : substitute(result.node, paramNodes);
  };
  const scalar = (value: number | string, path: Path): Value | undefined => {
    if (typeof value === 'number') return evaluateAt(num(value), [], []);
    const node = expression(value, path, []);
    return node && evaluateAt(node, [], []);
  };

  const sources = (['function', 'model', 'matrix'] as const).filter((k) => exercise[k] !== undefined);
  if (sources.length === 0 && asksOnlyQuestions(exercise)) {
    for (const key of ['start', 'learning_rate', 'optimizer', 'schedule', 'compare', 'where'] as const)
      if (exercise[key] !== undefined)
        issues.push(
          source.issue(
            [...at, key],
            `A set of questions without a function has no use for ${key}; remove it, or give the exercise a function.`,
            { key: true },
          ),
        );
    if (issues.length > 0) return { ok: false, issues };
    return {
      ok: true,
      problem: {
        name: exercise.name ?? 'f',
        variables,
        f: num(0),
        written: '',
        given: [],
        parameters,
        questionsOnly: true,
      },
    };
  }
  if (exercise.variables === undefined) {
    issues.push(source.issue(at, 'An exercise that descends needs variables, e.g. variables: [x, y].', { key: false }));
    return { ok: false, issues };
  }
  if (sources.length !== 1) {
    issues.push(
      source.issue(
        at,
        sources.length === 0
          ? 'An exercise needs a function (or a model, or a matrix) to descend; only a set of choice and number questions needs none.'
          : `Give only one of ${sources.join(' and ')}.`,
        { key: false },
      ),
    );
    return { ok: false, issues };
  }

  let f: Node | undefined;
  let written = '';
  const given: string[] = [];
  let inner: Problem['inner'];
  let matrix: Problem['matrix'];
  let examples: Problem['examples'];
  if (exercise.function !== undefined) {
    const where = exercise.where ?? {};
    const innerNames = Object.keys(where);
    const outer = expression(exercise.function, [...at, 'function'], [...variables, ...innerNames]);
    // Inner functions may refer to each other (z = w·x + b, a = σ(z)): each is read over the variables and the
    // other inner names, then written out in the variables alone, level by level; a cycle is an error.
    const levels: Record<string, Node> = {};
    for (const name of innerNames) {
      if (variables.includes(name))
        issues.push(
          source.issue([...at, 'where', name], `“${name}” is a variable; name the inner function differently.`, {
            key: true,
          }),
        );
      const node = expression(
        where[name]!,
        [...at, 'where', name],
        [...variables, ...innerNames.filter((n) => n !== name)],
      );
      if (node) levels[name] = node;
    }
    const functions: Record<string, Node> = {};
    const expand = (name: string, through: readonly string[]): Node | undefined => {
      if (functions[name]) return functions[name];
      if (through.includes(name)) {
        issues.push(
          source.issue([...at, 'where', name], `“${name}” depends on itself (${[...through, name].join(' → ')}).`, {
            key: true,
          }),
        );
        return undefined;
      }
      const node = levels[name];
      if (!node) return undefined;
      const used = freeSymbols(node).filter((s) => innerNames.includes(s));
      const parts = used.map((u) => [u, expand(u, [...through, name])] as const);
      if (parts.some(([, n]) => !n)) return undefined;
      return (functions[name] = substitute(node, Object.fromEntries(parts as (readonly [string, Node])[])));
    };
    for (const name of innerNames) expand(name, []);
    if (outer && Object.keys(functions).length === innerNames.length) {
      f = substitute(outer, functions);
      written = toLatex(outer);
      if (innerNames.length > 0) inner = { outer, functions, levels };
      for (const name of innerNames) given.push(`${toLatex(sym(name))} = ${toLatex(levels[name]!)}`);
    }
  } else if (exercise.model !== undefined) {
    const model = exercise.model;
    const target = model.target ?? 'y';
    const columns = Object.keys(model.data);
    const lengths = new Set(columns.map((c) => model.data[c]!.length));
    if (!columns.includes(target))
      issues.push(source.issue([...at, 'model', 'data'], `The data has no target column “${target}”.`));
    if (lengths.size > 1)
      issues.push(source.issue([...at, 'model', 'data'], 'The data columns have different lengths.'));
    const prediction = expression(
      model.prediction,
      [...at, 'model', 'prediction'],
      [...variables, ...columns.filter((c) => c !== target)],
    );
    if (prediction && issues.length === 0) {
      const rows = Array.from({ length: model.data[target]!.length }, (_, i) =>
        Object.fromEntries(columns.map((c) => [c, model.data[c]![i]!])),
      );
      const loss = modelLoss(model.loss ?? 'mse_half', (row) => substitute(prediction, row), rows, columns, target);
      f = loss.f;
      examples = loss.examples;
      written = loss.written;
      given.push(
        `(${columns.map((c) => toLatex(sym(`${c}_i`))).join(', ')}) \\in \\{${Array.from({ length: model.data[target]!.length }, (_, i) => `(${columns.map((c) => model.data[c]![i]).join(', ')})`).join(', ')}\\}`,
      );
    }
  } else if (exercise.matrix !== undefined) {
    const spec = exercise.matrix;
    const A = (spec.A ?? []).map((row, i) =>
      row.map((entry, j) => scalar(entry, [...at, 'matrix', 'A', i, j])?.number ?? NaN),
    );
    const n = variables.length;
    if (
      spec.form !== 'norm_squared' &&
      (A.length !== (spec.form === 'linear' ? A.length : n) || A.some((r) => r.length !== n))
    )
      issues.push(
        source.issue(
          [...at, 'matrix', 'A'],
          `A must have ${n} columns${spec.form === 'quadratic' ? ` and ${n} rows` : ''}, one per variable.`,
        ),
      );
    if (spec.form === 'linear' && (spec.row === undefined || spec.row > A.length))
      issues.push(source.issue([...at, 'matrix'], `A linear form needs row: a row of A from 1 to ${A.length}.`));
    if (issues.length === 0) {
      const x = variables.map(sym);
      const terms =
        spec.form === 'quadratic'
          ? A.flatMap((row, i) => row.map((a, j) => bin('*', num(a), bin('*', x[i]!, x[j]!))))
          : spec.form === 'linear'
            ? A[spec.row! - 1]!.map((a, j) => bin('*', num(a), x[j]!))
            : x.map((xi) => bin('^', xi, num(2)));
      f = sum(terms);
      matrix = { A, form: spec.form, ...(spec.row ? { row: spec.row } : {}) };
      if (spec.form !== 'norm_squared')
        given.push(`A = \\begin{pmatrix}${A.map((r) => r.join(' & ')).join(' \\\\ ')}\\end{pmatrix}`);
      written =
        spec.form === 'quadratic'
          ? 'x^{\\top} A x'
          : spec.form === 'linear'
            ? `(Ax)_{${spec.row}}`
            : '\\lVert x \\rVert^2';
    }
  }

  let start: Point | undefined;
  if (exercise.start) {
    if (exercise.start.length !== variables.length)
      issues.push(
        source.issue(
          [...at, 'start'],
          `The start point has ${exercise.start.length} coordinates but there ${variables.length === 1 ? 'is 1 variable' : `are ${variables.length} variables`} (${variables.join(', ')}).`,
        ),
      );
    const coords = exercise.start.map((c, k) => scalar(c, [...at, 'start', k]));
    if (coords.every((c): c is Value => c !== undefined)) start = coords;
  }
  const positive = (v: Value | undefined, path: Path): Value | undefined => {
    if (v && !(v.number > 0))
      issues.push(source.issue(path, `The learning rate must be positive (it is ${v.number}).`));
    return v;
  };
  let learningRate: Value | undefined;
  let rates: Point | undefined;
  const rateWritten = exercise.learning_rate;
  if (Array.isArray(rateWritten)) {
    const read = rateWritten.map((r, k) =>
      positive(scalar(r, [...at, 'learning_rate', k]), [...at, 'learning_rate', k]),
    );
    if (rateWritten.length !== variables.length)
      issues.push(
        source.issue(
          [...at, 'learning_rate'],
          `Per-coordinate rates give one rate per variable: ${rateWritten.length} given, ${variables.length} variable${variables.length === 1 ? '' : 's'} (${variables.join(', ')}).`,
        ),
      );
    if (read.every((r): r is Value => r !== undefined)) rates = read;
    const plain = (exercise.optimizer ?? 'gd') === 'gd' || (exercise.optimizer as { kind?: string }).kind === 'gd';
    if (!plain || exercise.schedule || exercise.model)
      issues.push(
        source.issue(
          [...at, 'learning_rate'],
          `Per-coordinate rates are for plain gradient descent (optimizer gd, no schedule, a function): ${
            exercise.model
              ? 'a model’s stochastic steps take one rate'
              : 'AdaGrad, RMSProp and Adam already scale each coordinate by their own state; momentum and schedules take one α'
          }. Give learning_rate one number.`,
        ),
      );
  } else if (rateWritten !== undefined)
    learningRate = positive(scalar(rateWritten, [...at, 'learning_rate']), [...at, 'learning_rate']);
  const method = readMethod(exercise, at, source, scalar, issues);
  if (rates && exercise.compare)
    issues.push(
      source.issue(
        [...at, 'compare'],
        'A comparison runs every optimiser at one learning rate; give learning_rate one number to compare optimisers.',
        { key: true },
      ),
    );
  const compare = rates ? undefined : readComparison(exercise.compare, learningRate, at, source, scalar, issues);
  if (compare && !exercise.start)
    issues.push(
      source.issue([...at, 'compare'], 'A comparison runs every optimiser from the start: give the exercise a start.'),
    );
  if (issues.length > 0 || !f) return { ok: false, issues };
  return {
    ok: true,
    problem: {
      name: exercise.name ?? (exercise.model ? 'J' : 'f'),
      variables,
      f,
      written,
      given,
      ...(inner ? { inner } : {}),
      ...(matrix ? { matrix } : {}),
      ...(examples ? { examples } : {}),
      ...(start ? { start } : {}),
      ...(learningRate ? { learningRate } : {}),
      ...(rates ? { rates } : {}),
      ...(method && !isPlain(method) ? { method } : {}),
      ...(compare ? { compare } : {}),
      parameters,
    },
  };
}
