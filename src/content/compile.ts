/**
 * From a validated lesson file to a compiled lesson: for a seed, each
 * exercise's variant is drawn (meeting its constraints), every step derived,
 * the teacher's overrides and rules applied, and every value the teacher wrote
 * verified against the derivation. The result is plain JSON: what a session
 * and the components need, with no symbolic engine left to run.
 */
import {
  hashString,
  judge,
  prepare,
  precisionWanted,
  DEFAULT_TOLERANCE,
  type Kind,
  type Tolerance,
} from '../math/index.js';
import type { Answer, DerivedStep, Misconception } from './derived.js';
import { run, stepper } from './descent.js';
import type { Issue } from './issues.js';
import { buildProblem, type Problem } from './problem.js';
import type { ConstraintFile, ExerciseFile, LessonFile, PolicyFile, StepFile, ToleranceFile } from './schema.js';
import type { Path, Source } from './source.js';
import { deriveStep, type Derivation, type Earlier } from './steps/index.js';
import { cellValue, TABLE_COLUMNS } from './steps/table.js';
import { pointLatex, valueText } from './values.js';
import { draws, type Parameters } from './variants.js';
import { DerivationError, latexName, Workings } from './workings.js';
import { compile as compileNode, read, substitute, num } from '../math/index.js';

export const FORMAT_VERSION = 1;

export interface Policy {
  readonly attempts: number;
  readonly hintCost: number;
  readonly solutionCost: number;
  readonly retryCost: number;
  readonly carriedForwardCredit: number;
  readonly unlock: 'sequential' | 'free';
}

export interface CompiledExercise {
  readonly id: string;
  readonly title: string;
  readonly statement: string;
  readonly seed: number;
  readonly parameters: Parameters;
  readonly function: {
    readonly latex: string;
    readonly text: string;
    readonly variables: readonly string[];
    readonly name: string;
    /** The partial derivatives, one per variable, as checker text (for plots and descent in the browser). */
    readonly gradient: readonly string[];
  };
  readonly start?: readonly number[];
  readonly learningRate?: number;
  readonly steps: readonly DerivedStep[];
}

export interface CompiledLesson {
  readonly format: typeof FORMAT_VERSION;
  readonly id: string;
  readonly title: string;
  readonly introduction: string;
  readonly policy: Policy;
  readonly exercises: readonly CompiledExercise[];
}

export function policyOf(p: PolicyFile = {}): Policy {
  return {
    attempts: p.attempts ?? 3,
    hintCost: p.hint_cost ?? 0.1,
    solutionCost: p.solution_cost ?? 1,
    retryCost: p.retry_cost ?? 0.1,
    carriedForwardCredit: p.carried_forward_credit ?? 1,
    unlock: p.unlock ?? 'sequential',
  };
}

const toleranceOf = (t: ToleranceFile | undefined): Tolerance =>
  t
    ? {
        ...(t.absolute !== undefined ? { absolute: t.absolute } : {}),
        ...(t.relative !== undefined ? { relative: t.relative } : {}),
        ...(t.places !== undefined ? { places: t.places } : {}),
        ...(t.sig_figs !== undefined ? { sigFigs: t.sig_figs } : {}),
        ...(t.plain_number !== undefined ? { plainNumber: t.plain_number } : {}),
      }
    : DEFAULT_TOLERANCE;

/** What a numeric answer's prompt adds: the precision wanted, which the tolerance decides. */
function withPrecision(prompt: string, answer: Answer): string {
  const numeric = answer.type === 'value' || (answer.type === 'vector' && answer.vars.length === 0);
  return numeric ? `${prompt} Give numbers ${precisionWanted(answer.tolerance)}.` : prompt;
}

const checkerKind = (a: Answer): Kind | undefined => (a.type === 'choice' ? undefined : a.type);
const varsOf = (a: Answer): readonly string[] => (a.type === 'expr' || a.type === 'vector' ? a.vars : []);
const tolOf = (a: Answer): Tolerance | undefined =>
  a.type === 'value' || a.type === 'vector' ? a.tolerance : undefined;

/** Whether `answer` would be judged correct against `expected` under the step's rules. */
export function sameAnswer(a: Answer, expected: string, answer: string): boolean | undefined {
  const kind = checkerKind(a);
  if (!kind) return expected === answer;
  const prepared = prepare(kind, expected, varsOf(a), tolOf(a));
  return prepared.ok ? judge(prepared.expectation, answer).verdict === 'correct' : undefined;
}

/** What each kind's answer is called in feedback ("your gradient (6, 9)"). */
const NOUNS: { readonly [K in StepFile['kind']]: string } = {
  partial: 'derivative',
  partial_value: 'derivative',
  gradient: 'gradient',
  negative_gradient: 'descent direction',
  norm: 'gradient length',
  step: 'step',
  update: 'update',
  loss: 'loss',
  iterate: 'iterate',
  table: 'table entry',
  limit: 'limit',
  limit_loss: 'loss at the limit',
  regime: 'answer',
  decrease: 'predicted change',
  max_rate: 'learning rate',
};

/** A default id that reads as what the step asks: partial-x, update-0, loss-1. */
function defaultId(step: StepFile): string {
  const kind = step.kind.replace('_', '-');
  if ('wrt' in step) return `${kind}-${step.wrt}`;
  if ('after' in step && step.after !== undefined) return `${kind}-${step.after}`;
  return kind;
}

function meets(constraint: ConstraintFile, problem: Problem, parameters: Parameters): boolean {
  const value = (text: string) => {
    const r = read(text, { variables: Object.keys(parameters) });
    return r.ok
      ? compileNode(
          substitute(r.node, Object.fromEntries(Object.entries(parameters).map(([k, v]) => [k, num(v)]))),
          [],
        )(new Float64Array(0))
      : NaN;
  };
  if (typeof constraint === 'object') {
    if ('positive' in constraint) return value(constraint.positive) > 0;
    if ('nonzero' in constraint) return value(constraint.nonzero) !== 0;
    const vs = constraint.distinct.map(value);
    return new Set(vs).size === vs.length;
  }
  if (!problem.start) return true;
  const w = new Workings(problem);
  const theta = problem.start;
  switch (constraint) {
    case 'not_minimum':
      return w.gradientAt(theta).some((g) => Math.abs(g.number) > 1e-9);
    case 'loss_decreases':
      return problem.rate !== undefined && w.lossAt(w.point(1)).number < w.lossAt(theta).number;
    case 'converges': {
      if (!problem.rate) return true;
      const r = run(
        stepper(w.compiledGradient(), problem.rate.number),
        Float64Array.from(theta, (v) => v.number),
      );
      return r.regime !== 'diverges' && r.regime !== 'flips';
    }
  }
}

const describeConstraint = (c: ConstraintFile): string => (typeof c === 'string' ? c : JSON.stringify(c));

interface Variant {
  readonly problem: Problem;
  readonly parameters: Parameters;
}

function drawVariant(
  exercise: ExerciseFile,
  at: Path,
  source: Source,
  seed: number,
): { variant?: Variant; issues: Issue[] } {
  const specs = exercise.parameters ?? {};
  const constraints = exercise.constraints ?? [];
  const failures = new Map<number, number>();
  for (const parameters of Object.keys(specs).length > 0 ? draws(specs, seed) : [{}]) {
    const built = buildProblem(exercise, at, source, parameters);
    if (!built.ok) return { issues: built.issues };
    const failed = constraints.findIndex((c) => !meets(c, built.problem, parameters));
    if (failed < 0) return { variant: { problem: built.problem, parameters }, issues: [] };
    failures.set(failed, (failures.get(failed) ?? 0) + 1);
  }
  const worst = [...failures.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  return {
    issues: [
      source.issue(
        [...at, 'constraints', worst],
        Object.keys(specs).length > 0
          ? `No draw of the parameters meets the constraint ${describeConstraint(constraints[worst]!)} (200 tried); widen the parameter ranges or drop the constraint.`
          : `The exercise does not meet its constraint ${describeConstraint(constraints[worst]!)}.`,
      ),
    ],
  };
}

function statementOf(exercise: ExerciseFile, w: Workings): string {
  if (exercise.statement) return exercise.statement;
  const p = w.problem;
  const theta0 = w.variables.length === 1 ? `${latexName(w.variables[0]!)}_0` : '\\theta_0';
  const start = p.start && `gradient descent starts at $${theta0} = ${pointLatex(p.start)}$`;
  const rate = p.rate && `learning rate $\\alpha = ${valueText(p.rate)}$`;
  const descent = start && rate ? `${start} with ${rate}` : (start ?? (rate && `the ${rate}`));
  const given = p.given.length > 0 ? `, where ${p.given.map((g) => `$${g}$`).join(' and ')}` : '';
  return `Let $${w.signature} = ${p.written}$${given}.${descent ? ` In this exercise, ${descent}.` : ''}`;
}

/** Applies what the teacher wrote over what the engine derived, and keeps only meaningful misconceptions. */
function finish(d: Derivation, id: string, step: StepFile, at: Path, source: Source, issues: Issue[]): DerivedStep {
  const feedback = step.feedback ?? {};
  const rules: Misconception[] = (step.rules ?? []).map((rule, k) => ({
    id: `rule-${k + 1}`,
    name: 'teacher rule',
    answer: rule.answer,
    feedback: rule.say,
  }));
  rules.forEach((rule, k) => {
    const kind = checkerKind(d.answer);
    if (kind && !prepare(kind, rule.answer, varsOf(d.answer)).ok)
      issues.push(
        source.issue(
          [...at, 'rules', k, 'answer'],
          `This rule's answer “${rule.answer}” cannot be read as a ${kind} answer.`,
        ),
      );
  });
  const kept: Misconception[] = [];
  for (const m of [...rules, ...d.misconceptions]) {
    const overridden = feedback.misconceptions?.[m.id];
    const candidate = overridden ? { ...m, feedback: overridden } : m;
    // A "mistake" that gives the right answer, or the same answer as one already named, names nothing.
    if (sameAnswer(d.answer, candidate.answer, d.answer.expected) !== false) continue;
    if (kept.some((k) => sameAnswer(d.answer, k.answer, candidate.answer) !== false)) continue;
    kept.push(candidate);
  }
  for (const key of Object.keys(feedback.misconceptions ?? {}))
    if (!d.misconceptions.some((m) => m.id === key))
      issues.push(
        source.issue(
          [...at, 'feedback', 'misconceptions', key],
          `No misconception “${key}” for a ${step.kind} step; known: ${d.misconceptions.map((m) => m.id).join(', ') || 'none'}.`,
          { key: true, severity: 'warning' },
        ),
      );
  return {
    id,
    kind: step.kind,
    title: d.title,
    noun: d.noun ?? NOUNS[step.kind],
    prompt: d.id ? withPrecision(d.prompt, d.answer) : (step.prompt ?? withPrecision(d.prompt, d.answer)),
    answer: d.answer,
    answerLatex: d.answerLatex,
    solution: d.solution,
    // A table's hints (the teacher's, when given) serve every cell of it.
    hints: step.hints && step.hints.length > 0 ? step.hints : d.hints,
    feedback: {
      correct: feedback.correct ?? d.correct,
      incorrect: feedback.incorrect ?? 'Not yet: check your working against the hints.',
    },
    misconceptions: kept,
    ...(d.carry ? { carry: d.carry } : {}),
  };
}

/** Verifies values the teacher wrote into a step against the derivation. */
function verifyWritten(
  step: StepFile,
  derived: readonly DerivedStep[],
  w: Workings,
  at: Path,
  source: Source,
): Issue[] {
  const issues: Issue[] = [];
  const written = (value: number | string | readonly number[]) =>
    Array.isArray(value) ? `[${value.join(', ')}]` : String(value);
  if (step.expected !== undefined && derived.length === 1) {
    const d = derived[0]!;
    if (sameAnswer(d.answer, d.answer.expected, written(step.expected)) !== true)
      issues.push(
        source.issue(
          [...at, 'expected'],
          `The written answer ${written(step.expected)} disagrees with the derived one, ${d.answer.expected}.`,
        ),
      );
  }
  if (step.kind === 'table' && step.values) {
    step.values.forEach((row, t) => {
      row.forEach((cell, c) => {
        const column = TABLE_COLUMNS[c];
        if (!column) {
          issues.push(
            source.issue(
              [...at, 'values', t, c],
              `A table row has ${TABLE_COLUMNS.length} columns: ${TABLE_COLUMNS.join(', ')}.`,
            ),
          );
          return;
        }
        const value = cellValue(w, t, column);
        const text = value.length === 1 ? valueText(value[0]!) : `[${value.map(valueText).join(', ')}]`;
        const answer: Answer =
          value.length === 1
            ? { type: 'value', expected: text, tolerance: toleranceOf(step.tolerance) }
            : { type: 'vector', expected: text, vars: [], tolerance: toleranceOf(step.tolerance) };
        if (sameAnswer(answer, text, written(cell)) !== true)
          issues.push(
            source.issue(
              [...at, 'values', t, c],
              `Row ${t}, ${column}: the table says ${written(cell)} but the derivation gives ${text}.`,
            ),
          );
      });
    });
  }
  return issues;
}

/** The gradient's components as text, or none when a derivative cannot be worked out (reported by its steps). */
function gradientText(w: Workings): string[] {
  try {
    return w.gradient().map((d) => d.text);
  } catch (e) {
    if (e instanceof DerivationError) return [];
    throw e;
  }
}

export type CompiledExerciseResult = { readonly exercise?: CompiledExercise; readonly issues: Issue[] };

export function compileExercise(
  exercise: ExerciseFile,
  at: Path,
  source: Source,
  seed: number,
): CompiledExerciseResult {
  const { variant, issues } = drawVariant(exercise, at, source, seed);
  if (!variant) return { issues };
  const w = new Workings(variant.problem);
  const earlier: Earlier[] = [];
  const steps: DerivedStep[] = [];
  const ids = new Set<string>();
  exercise.steps.forEach((written, k) => {
    // A step without a tolerance takes its exercise's (which takes its lesson's).
    const step = written.tolerance || !exercise.tolerance ? written : { ...written, tolerance: exercise.tolerance };
    const stepAt = [...at, 'steps', k];
    let id = step.id ?? defaultId(step);
    if (ids.has(id)) {
      if (step.id) issues.push(source.issue([...stepAt, 'id'], `The step id “${id}” is used twice in this exercise.`));
      let n = 2;
      while (ids.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    ids.add(id);
    try {
      const derivations = deriveStep({ id, step, workings: w, earlier, tolerance: toleranceOf(step.tolerance) });
      const derived = derivations.map((d) => finish(d, d.id ?? id, step, stepAt, source, issues));
      steps.push(...derived);
      issues.push(...verifyWritten(step, derived, w, stepAt, source));
      for (const d of derived) earlier.push({ id: d.id, step });
    } catch (e) {
      if (!(e instanceof DerivationError)) throw e;
      issues.push(source.issue(stepAt, e.message));
    }
  });
  const p = variant.problem;
  return {
    issues,
    exercise: {
      id: exercise.id,
      title: exercise.title,
      statement: statementOf(exercise, w),
      seed,
      parameters: variant.parameters,
      function: { latex: p.written, text: w.fText, variables: p.variables, name: p.name, gradient: gradientText(w) },
      ...(p.start ? { start: p.start.map((v) => v.number) } : {}),
      ...(p.rate ? { learningRate: p.rate.number } : {}),
      steps,
    },
  };
}

/** The seed of one exercise, from the learner's seed: exercises of one lesson vary independently. */
export const exerciseSeed = (seed: number, exerciseId: string): number => hashString(exerciseId, seed >>> 0);

export type CompiledLessonResult = { readonly lesson?: CompiledLesson; readonly issues: Issue[] };

export function compileLesson(lesson: LessonFile, source: Source, seed = 0): CompiledLessonResult {
  const issues: Issue[] = [];
  const exercises: CompiledExercise[] = [];
  const ids = new Set<string>();
  lesson.exercises.forEach((exercise, k) => {
    if (ids.has(exercise.id))
      issues.push(source.issue(['exercises', k, 'id'], `The exercise id “${exercise.id}” is used twice.`));
    ids.add(exercise.id);
    const inherited = exercise.tolerance ?? lesson.tolerance;
    const result = compileExercise(
      inherited ? { ...exercise, tolerance: inherited } : exercise,
      ['exercises', k],
      source,
      exerciseSeed(seed, exercise.id),
    );
    issues.push(...result.issues);
    if (result.exercise) exercises.push(result.exercise);
  });
  const errors = issues.filter((i) => i.severity === 'error');
  return {
    issues,
    ...(errors.length === 0
      ? {
          lesson: {
            format: FORMAT_VERSION,
            id: lesson.id,
            title: lesson.title,
            introduction: lesson.introduction ?? '',
            policy: policyOf(lesson.policy),
            exercises,
          },
        }
      : {}),
  };
}
