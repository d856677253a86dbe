/**
 * From a validated lesson file to a compiled lesson: for a seed, each
 * exercise's variant is drawn (meeting its constraints), every step derived,
 * the teacher's overrides and rules applied, and every value the teacher wrote
 * verified against the derivation. The result is plain JSON: what a session
 * and the components need, with no symbolic engine left to run.
 */
import {
  evaluateConstant,
  freeSymbols,
  hashString,
  judge,
  lowerVectors,
  prepareTree,
  precisionWanted,
  DEFAULT_TOLERANCE,
  read,
  readAnswer,
  rowsOf,
  type Kind,
  type Node,
  type Tolerance,
} from '../math/index.js';
import type { Answer, DerivedStep, Misconception, Quantity, StepRole, WrittenPart } from './derived.js';
import { FORMAT_VERSION, type CompiledExercise, type CompiledLesson, type Policy } from './compiled.js';
import { quantityTree } from './answer-tree.js';
import { comparedPaths, iterates } from './comparison.js';
import { descentPath, run, stepper } from './descent.js';
import type { Issue } from './issues.js';
import { buildProblem, type Problem } from './problem.js';
import type { ConstraintFile, ExerciseFile, LessonFile, PolicyFile, StepFile, ToleranceFile } from './schema.js';
import type { Path, Source } from './source.js';
import { deriveStep, type Derivation, type Earlier } from './steps/index.js';
import { plainText } from './plain-text.js';
import { pointLatex, valueText } from './values.js';
import { draws, type Parameters } from './variants.js';
import { DerivationError, latexName, Workings } from './workings.js';
import { describeLimit, UNLIMITED, type Budget } from './budget.js';
import { parameterExpression } from './references.js';
import { answerNumbers, stepLabel, undefinedAtStart, undefinedStep } from './finite-answers.js';
import { writtenIssues } from './written-values.js';
import { OPTIMIZER_TEXT } from './optimizer-text.js';
import { interpolate, lessonConstantIssues, readConstants } from './constants.js';
import { say, type Locale } from '../messages/catalogue.js';
import { STEPS_COMMON } from '../messages/steps-common.js';
import { localiseLatex, localiseText } from './localise.js';
import { lessonRateSymbol, rateNamed, renameRate, type RateSymbol } from './rate-symbol.js';

export { FORMAT_VERSION, type CompiledExercise, type CompiledLesson, type Policy } from './compiled.js';

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
function withPrecision(prompt: string, answer: Answer, locale: Locale): string {
  const numeric =
    answer.type === 'value' ||
    (answer.type === 'vector' && answer.vars.length === 0) ||
    (answer.type === 'matrix' && answer.expected.rows.every((r) => r.every((x) => x.type === 'number')));
  return numeric
    ? `${prompt} ${say(STEPS_COMMON, locale).givePrecision({ precision: precisionWanted(answer.tolerance, locale) })}`
    : prompt;
}

const checkerKind = (a: Answer): Kind | undefined => (a.type === 'choice' ? undefined : a.type);
const varsOf = (a: Answer): readonly string[] =>
  a.type === 'expr' || a.type === 'vector' || a.type === 'matrix' ? a.vars : [];
const tolOf = (a: Answer): Tolerance | undefined =>
  a.type === 'value' || a.type === 'vector' || a.type === 'matrix' ? a.tolerance : undefined;

/**
 * Whether `answer` (text, as a learner or a teacher writes it) would be judged correct against `expected`
 * under the step's rules; undefined when `expected` cannot be an answer of this step (a vector for a number).
 */
export function sameAnswer(a: Answer, expected: Quantity, answer: string): boolean | undefined {
  const kind = checkerKind(a);
  if (!kind)
    return expected.type === 'option'
      ? expected.id === answer
      : expected.type === 'options' && expected.ids.join(',') === answer;
  const tree = quantityTree(expected);
  const prepared = tree && prepareTree(kind, tree, varsOf(a), tolOf(a));
  return prepared?.ok ? judge(prepared.expectation, answer).verdict === 'correct' : undefined;
}

/** A rule's answer as the teacher wrote it, read once, as data: undefined when it does not read. */
function ruleAnswer(a: Answer, text: string): Quantity | undefined {
  if (a.type === 'choice') return { type: 'option', id: text };
  const r = (a.type === 'matrix' ? readAnswer : read)(text, { variables: varsOf(a), maxLength: 100_000 });
  if (!r.ok) return undefined;
  if (a.type === 'matrix') return matrixQuantity(r.node, varsOf(a));
  const lowered = lowerVectors(r.node);
  if (!lowered.ok) return undefined;
  const constant = (n: Node) => freeSymbols(n, varsOf(a)).length === 0;
  if ('components' in lowered)
    return lowered.components.every(constant)
      ? { type: 'vector', components: lowered.components.map((c) => ({ type: 'number', value: evaluateConstant(c) })) }
      : { type: 'expressions', trees: lowered.components };
  return constant(lowered.scalar)
    ? { type: 'number', value: evaluateConstant(lowered.scalar) }
    : { type: 'expression', tree: lowered.scalar };
}

const QUESTION_KINDS: ReadonlySet<StepFile['kind']> = new Set(['choice', 'number']);

/** A matrix the teacher wrote, as data: undefined when it is not one. */
function matrixQuantity(node: Node, vars: readonly string[]): Quantity | undefined {
  const m = rowsOf(node);
  if (!m.ok) return undefined;
  const entry = (x: Node) =>
    freeSymbols(x, vars).length === 0
      ? { type: 'number' as const, value: evaluateConstant(x) }
      : { type: 'expression' as const, tree: x };
  return { type: 'matrix', rows: m.rows.map((r) => r.map(entry)) };
}

/** What each kind's answer is called in feedback ("your gradient (6, 9)"): the catalogue's `noun_<kind>`. */
const nounOf = (kind: StepFile['kind'], locale: Locale): string => say(STEPS_COMMON, locale)[`noun_${kind}`];

/** What each kind's answer stands for (a table's cells say it themselves). */
const ROLES: { readonly [K in StepFile['kind']]: StepRole } = {
  partial: 'derivative',
  partial_value: 'derivative',
  gradient: 'gradient',
  negative_gradient: 'direction',
  norm: 'norm',
  step: 'step',
  update: 'iterate',
  loss: 'loss',
  iterate: 'iterate',
  table: 'iterate',
  limit: 'limit',
  limit_loss: 'limit_loss',
  regime: 'regime',
  decrease: 'decrease',
  max_rate: 'max_rate',
  state: 'state',
  choice: 'question',
  sgd: 'iterate',
  iterations_to: 'count',
  decrease_bound: 'decrease',
  number: 'question',
  second_derivative: 'curvature',
  hessian: 'curvature',
  eigenvalues: 'curvature',
  classify: 'critical',
  value_at: 'critical',
  critical_points: 'critical',
  newton: 'newton',
  directional: 'decrease',
  unit_direction: 'direction',
  jacobian: 'jacobian',
  lipschitz: 'max_rate',
  convex: 'curvature',
  newton_steps: 'newton',
  matrix_gradient: 'gradient',
  factor: 'derivative',
  forward: 'question',
};

/** The t of θₜ a step's answer is at: an update gives θₜ₊₁; a symbolic step and the limit have none. */
function iterateOf(step: StepFile): number | undefined {
  switch (step.kind) {
    case 'partial':
    case 'limit':
    case 'limit_loss':
    case 'regime':
    case 'max_rate':
    case 'table':
    case 'choice':
    case 'number':
    case 'iterations_to':
    case 'sgd':
    case 'second_derivative':
    case 'hessian':
    case 'eigenvalues':
    case 'classify':
    case 'value_at':
    case 'critical_points':
    case 'newton':
    case 'jacobian':
    case 'lipschitz':
    case 'convex':
    case 'newton_steps':
    case 'matrix_gradient':
    case 'factor':
    case 'forward':
      return undefined;
    case 'gradient':
      return step.symbolic ? undefined : (step.after ?? 0);
    case 'update':
      return (step.after ?? 0) + 1;
    case 'iterate':
      return step.after;
    default:
      return step.after ?? 0;
  }
}

/** A default id that reads as what the step asks: partial-x, update-0, loss-1. */
function defaultId(step: StepFile): string {
  const kind = step.kind.replace('_', '-');
  if ('wrt' in step) return `${kind}-${typeof step.wrt === 'string' ? step.wrt : step.wrt.join('-')}`;
  if (step.kind === 'forward') return `${kind}-${typeof step.of === 'string' ? step.of : step.of.join('-')}`;
  if ('after' in step && step.after !== undefined) return `${kind}-${step.after}`;
  return kind;
}

function meets(constraint: ConstraintFile, problem: Problem, parameters: Parameters): boolean {
  const value = (text: string) => parameterExpression(text, parameters);
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
      return (
        (problem.learningRate ?? problem.rates) !== undefined && w.lossAt(w.point(1)).number < w.lossAt(theta).number
      );
    case 'converges': {
      if (!problem.learningRate && !problem.rates) return true;
      const r = run(
        stepper(w.compiledGradient(), w.rateNumbers),
        Float64Array.from(theta, (v) => v.number),
      );
      return r.regime !== 'diverges' && r.regime !== 'flips';
    }
  }
}

const describeConstraint = (c: ConstraintFile): string => (typeof c === 'string' ? c : JSON.stringify(c));

/** The names an exercise gives its variables and parameters, which no constant may take. */
const takenNames = (exercise: ExerciseFile): string[] => [
  ...(exercise.variables ?? []),
  ...Object.keys(exercise.parameters ?? {}),
];

interface Variant {
  readonly problem: Problem;
  readonly parameters: Parameters;
}

function drawVariant(
  exercise: ExerciseFile,
  at: Path,
  source: Source,
  seed: number,
  budget: Budget,
  lessonConstants: LessonFile['constants'],
): { variant?: Variant; issues: Issue[] } {
  const specs = exercise.parameters ?? {};
  const constants = readConstants(exercise.constants, takenNames(exercise), at, source, lessonConstants);
  if (constants.issues.length > 0) return { issues: constants.issues };
  const constraints = exercise.constraints ?? [];
  const failures = new Map<number, number>();
  let tried = 0;
  let outOfTime = false;
  for (const parameters of Object.keys(specs).length > 0 ? draws(specs, seed) : [{}]) {
    if (tried > 0 && budget.spent()) {
      outOfTime = true;
      break;
    }
    tried++;
    const named = { ...constants.values, ...parameters };
    const built = buildProblem(exercise, at, source, named);
    if (!built.ok) return { issues: built.issues };
    const failed = constraints.findIndex((c) => !meets(c, built.problem, named));
    if (failed < 0) return { variant: { problem: built.problem, parameters }, issues: [] };
    failures.set(failed, (failures.get(failed) ?? 0) + 1);
  }
  const worst = [...failures.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const constraint = describeConstraint(constraints[worst]!);
  return {
    issues: [
      source.issue(
        [...at, 'constraints', worst],
        outOfTime
          ? `No draw of the parameters met the constraint ${constraint} within the time for a file (${describeLimit(budget.limitMs)}, ${tried} draw${tried === 1 ? '' : 's'} tried); widen the parameter ranges or drop the constraint.`
          : Object.keys(specs).length > 0
            ? `No draw of the parameters meets the constraint ${constraint} (${tried} tried); widen the parameter ranges or drop the constraint.`
            : `The exercise does not meet its constraint ${constraint}.`,
      ),
    ],
  };
}

function statementOf(exercise: ExerciseFile, w: Workings, locale: Locale, rate: RateSymbol): string {
  if (exercise.statement) return interpolate(exercise.statement, w.problem.parameters);
  const p = w.problem;
  if (p.questionsOnly) return '';
  const theta0 = w.variables.length === 1 ? `${latexName(w.variables[0]!)}_0` : '\\theta_0';
  const statement = say(STEPS_COMMON, locale).statement({
    signature: w.signature,
    formula: p.written,
    given: p.given,
    ...(p.start ? { start: `${theta0} = ${pointLatex(p.start)}` } : {}),
    ...(p.learningRate ? { rate: valueText(p.learningRate) } : p.rates ? { rate: pointLatex(p.rates) } : {}),
  });
  // The optimiser's rule, in the locale's words.
  const method = p.method && p.learningRate ? OPTIMIZER_TEXT.statement(p.method, w.name, p.learningRate, locale) : '';
  return rateNamed(localiseText(`${statement}${method}`, locale), rate);
}

/** Applies what the teacher wrote over what the engine derived, and keeps only meaningful misconceptions. */
function finish(
  derived: Derivation,
  id: string,
  step: StepFile,
  at: Path,
  source: Source,
  issues: Issue[],
  locale: Locale,
  rate: RateSymbol,
  /** Whether to mark what the teacher wrote: the lesson is compiled in a language other than its own. */
  markWritten = false,
): DerivedStep {
  // The engine's own words take the language's number format ($0{,}1$ in fr) and the lesson's name for the rate
  // before the teacher's are laid over them (a question's prompt and options are the teacher's already).
  const localised = localiseLatex(derived, locale);
  const d = QUESTION_KINDS.has(step.kind) ? localised : renameRate(localised, rate);
  const common = say(STEPS_COMMON, locale);
  const feedback = step.feedback ?? {};
  const rules: Misconception[] = [];
  (step.rules ?? []).forEach((rule, k) => {
    const answer = ruleAnswer(d.answer, rule.answer);
    const kind = checkerKind(d.answer);
    const tree = answer && quantityTree(answer);
    if (kind && !(tree && prepareTree(kind, tree, varsOf(d.answer)).ok)) {
      issues.push(
        source.issue(
          [...at, 'rules', k, 'answer'],
          `This rule's answer “${rule.answer}” cannot be read as a ${kind} answer.`,
        ),
      );
      return;
    }
    if (answer)
      rules.push({ id: `rule-${k + 1}`, name: common.ruleName, answer, text: rule.answer, feedback: rule.say });
  });
  const kept: Misconception[] = [];
  for (const m of [...rules, ...d.misconceptions]) {
    const overridden = feedback.misconceptions?.[m.id];
    const candidate = overridden ? { ...m, feedback: overridden } : m;
    // A "mistake" that gives the right answer, or the same answer as one already named, names nothing.
    // (Compared through the checker as a learner would type them: this runs once, at compile time.)
    if (sameAnswer(d.answer, candidate.answer, d.answer.text) !== false) continue;
    if (kept.some((k) => sameAnswer(d.answer, k.answer, candidate.text) !== false)) continue;
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
  const t = d.t ?? iterateOf(step);
  const hints = Array.isArray(step.hints) && step.hints.length > 0 ? step.hints : d.hints;
  const written = markWritten ? writtenParts(d, step, hints) : [];
  return {
    id,
    kind: step.kind,
    role: d.role ?? ROLES[step.kind],
    ...(t !== undefined ? { t } : {}),
    // A title is plain text (the summary, the teacher's view and the grid's label show it as is): its formulas, such
    // as the point of "H at $\\left(1 ; -2\\right)$", are written out as "H at (1 ; -2)".
    title: plainText(d.title),
    noun: d.noun ?? nounOf(step.kind, locale),
    // A question's prompt is the teacher's own, with its constants put in by the derivation.
    prompt:
      d.id || QUESTION_KINDS.has(step.kind)
        ? withPrecision(d.prompt, d.answer, locale)
        : (step.prompt ?? (ROLES[step.kind] === 'count' ? d.prompt : withPrecision(d.prompt, d.answer, locale))),
    answer: d.answer,
    answerLatex: d.answerLatex,
    solution: d.solution,
    // A table's hints (the teacher's, when given) serve every cell of it.
    hints,
    feedback: {
      correct: feedback.correct ?? d.correct,
      incorrect: feedback.incorrect ?? common.incorrect,
    },
    misconceptions: kept,
    ...(d.carry ? { carry: d.carry } : {}),
    ...(written.length > 0 ? { written } : {}),
  };
}

/** Which of a step's prompt and hints are the teacher's own words (a table cell's hints: its own, or its column's). */
function writtenParts(d: Derivation, step: StepFile, hints: readonly string[]): WrittenPart[] {
  const prompt = QUESTION_KINDS.has(step.kind) || (!d.id && step.prompt !== undefined);
  const teacherHints = step.hints === undefined ? [] : Object.values(step.hints).flat();
  const ownHints = hints.length > 0 && hints.every((h) => teacherHints.includes(h));
  return [...(prompt ? (['prompt'] as const) : []), ...(ownHints ? (['hints'] as const) : [])];
}

/** Verifies values the teacher wrote into a step against the derivation (see written-values.ts). */
function verifyWritten(
  step: StepFile,
  derived: readonly DerivedStep[],
  w: Workings,
  at: Path,
  source: Source,
): Issue[] {
  const one = derived.length === 1 ? derived[0]!.answer : undefined;
  const numbers = one && answerNumbers(one);
  return writtenIssues(
    {
      step,
      workings: w,
      tolerance: toleranceOf(step.tolerance),
      ...(one ? { derived: { expected: one.text, ...(numbers ? { numbers } : {}) } } : {}),
      sameExpression: (written) => (one ? sameAnswer(one, one.expected, written) : undefined),
    },
    at,
    source,
  );
}

/**
 * The gradient's components as trees, for the plots' descent and rate explorer, or none when a derivative cannot
 * be worked out (reported by its steps). Past two variables nothing is drawn (exercise-plot.ts shows no map), and
 * a network's eight weights would take seconds of symbolic work per learner: none.
 */
function gradientTrees(w: Workings): Node[] {
  if (w.variables.length > 2) return [];
  try {
    return w.gradient().map((d) => d.node);
  } catch {
    return [];
  }
}

export type CompiledExerciseResult = { readonly exercise?: CompiledExercise; readonly issues: Issue[] };

export function compileExercise(
  exercise: ExerciseFile,
  at: Path,
  source: Source,
  seed: number,
  budget: Budget = UNLIMITED,
  locale: Locale = 'en',
  /** The lesson's constants, which the exercise's own override. */
  lessonConstants?: LessonFile['constants'],
  /** The language the teacher wrote the lesson in: when it is not `locale`, what the teacher wrote is marked. */
  prose: Locale = locale,
): CompiledExerciseResult {
  const markWritten = prose !== locale;
  const { variant, issues } = drawVariant(exercise, at, source, seed, budget, lessonConstants);
  const rate = exercise.rate_symbol ?? 'alpha';
  if (!variant) return { issues };
  const w = new Workings(variant.problem);
  const start = variant.problem.start?.map((v) => v.number);
  const atStart = start && undefinedAtStart(variant.problem.f, w.variables, start);
  if (atStart) issues.push(source.issue([...at, exercise.function !== undefined ? 'function' : 'start'], atStart));
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
      const derivations = deriveStep({
        id,
        step,
        workings: w,
        earlier,
        tolerance: toleranceOf(step.tolerance),
        locale,
        seed,
      });
      const derived = derivations.map((d) =>
        finish(d, d.id ?? id, step, stepAt, source, issues, locale, rate, markWritten),
      );
      const broken = undefinedStep(derived, w.variables, start);
      if (broken) issues.push(source.issue(stepAt, broken));
      steps.push(...derived);
      if (!broken) issues.push(...verifyWritten(step, derived, w, stepAt, source));
      for (const d of derived) earlier.push({ id: d.id, step });
    } catch (e) {
      // Whatever a teacher writes, lint answers with a place and a message: an unexpected failure names its step.
      const reason = e instanceof Error ? e.message : String(e);
      issues.push(
        source.issue(
          stepAt,
          e instanceof DerivationError
            ? `${stepLabel(id)}: ${reason}`
            : `${stepLabel(id)} cannot be derived: ${reason}.`,
        ),
      );
    }
  });
  const p = variant.problem;
  return {
    issues,
    exercise: {
      id: exercise.id,
      title: exercise.title,
      statement: statementOf(exercise, w, locale, rate),
      ...(markWritten && exercise.statement ? { written: ['statement'] as const } : {}),
      seed,
      parameters: variant.parameters,
      ...(p.questionsOnly
        ? {}
        : {
            function: {
              latex: p.written,
              text: w.fText,
              tree: p.f,
              variables: p.variables,
              name: p.name,
              gradient: gradientTrees(w),
            },
          }),
      ...(p.start ? { start: p.start.map((v) => v.number) } : {}),
      ...(p.learningRate ? { learningRate: p.learningRate.number } : {}),
      ...(rate === 'eta' ? { rateSymbol: 'η' as const } : {}),
      ...(p.method && p.start && p.learningRate ? { path: iterates(w.approximateTrajectory()) } : {}),
      // One rate per coordinate has no single α for the plots to run descent with: they draw the engine's path.
      ...(p.rates && p.start ? { path: perCoordinatePath(w) } : {}),
      ...(p.compare && p.start && p.learningRate
        ? { comparison: comparedPaths(w.approximateTrajectory(), p.compare, p.start, (theta) => w.gradientAt(theta)) }
        : {}),
      steps,
    },
  };
}

/** The first iterates of descent with one rate per coordinate, in floating point, as a compiled path. */
const perCoordinatePath = (w: Workings): number[][] =>
  descentPath(
    stepper(w.compiledGradient(), w.rateNumbers),
    w.point(0).map((v) => v.number),
    60,
  ).map((p) => Array.from(p));

/** The seed of one exercise, from the learner's seed: exercises of one lesson vary independently. */
export const exerciseSeed = (seed: number, exerciseId: string): number => hashString(exerciseId, seed >>> 0);

export type CompiledLessonResult = { readonly lesson?: CompiledLesson; readonly issues: Issue[] };

export function compileLesson(
  lesson: LessonFile,
  source: Source,
  seed = 0,
  budget: Budget = UNLIMITED,
  /** Over the lesson's own `language:`. */
  locale?: Locale,
): CompiledLessonResult {
  const language = locale ?? lesson.language ?? 'en';
  const rate = lessonRateSymbol(lesson);
  const issues: Issue[] = lessonConstantIssues(
    lesson.constants,
    lesson.exercises.map((e) => ({ id: e.id, taken: takenNames(e) })),
    source,
  );
  const exercises: CompiledExercise[] = [];
  const ids = new Set<string>();
  lesson.exercises.forEach((exercise, k) => {
    if (ids.has(exercise.id))
      issues.push(source.issue(['exercises', k, 'id'], `The exercise id “${exercise.id}” is used twice.`));
    ids.add(exercise.id);
    const inherited = exercise.tolerance ?? lesson.tolerance;
    const result = compileExercise(
      { ...exercise, ...(inherited ? { tolerance: inherited } : {}), rate_symbol: exercise.rate_symbol ?? rate },
      ['exercises', k],
      source,
      exerciseSeed(seed, exercise.id),
      budget,
      language,
      lesson.constants,
      lesson.language ?? 'en',
    );
    // A lesson constant's own mistake is found in every exercise: said once.
    for (const issue of result.issues)
      if (!issues.some((i) => i.line === issue.line && i.col === issue.col && i.message === issue.message))
        issues.push(issue);
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
            ...(language !== 'en' ? { language } : {}),
            ...(language !== (lesson.language ?? 'en') ? { proseLanguage: lesson.language ?? 'en' } : {}),
            introduction: lesson.introduction ?? '',
            policy: policyOf(lesson.policy),
            exercises,
          },
        }
      : {}),
  };
}
