/**
 * Grading one answer to one step: the checker's verdict, then the step's named
 * misconceptions, then error carried forward from the learner's own earlier
 * answers. Pure: the same answer and earlier answers always grade the same.
 */
import { judge, prepare, read, toLatex, type Range } from '../math/index.js';
import type { DerivedStep, Misconception } from '../content/index.js';
import { carriedExpected, type AnswerTree } from './carry.js';

/** An earlier answer that a carried-forward grade was checked against. */
export interface Basis {
  readonly step: string;
  readonly noun: string;
  readonly latex: string;
}

export type Grade =
  | { readonly kind: 'correct'; readonly latex: string; readonly message: string }
  | { readonly kind: 'carried'; readonly latex: string; readonly message: string; readonly basis: readonly Basis[] }
  | {
      readonly kind: 'misconception';
      readonly latex: string;
      readonly message: string;
      readonly misconception: Pick<Misconception, 'id' | 'name'>;
    }
  | {
      readonly kind: 'incorrect';
      readonly latex: string;
      readonly message: string;
      readonly components?: readonly boolean[];
    }
  /** A name the exercise does not know, or a number rounded too far: said so, and no attempt spent. */
  | { readonly kind: 'unknown-symbol' | 'imprecise'; readonly latex: string; readonly message: string }
  | { readonly kind: 'unreadable'; readonly message: string; readonly range: Range }
  | { readonly kind: 'empty'; readonly message: string };

/** A grade that judged the answer right or wrong; the others (empty, unreadable, unknown symbol, imprecise) only say what to fix. */
export type Judged = Extract<Grade, { kind: 'correct' | 'carried' | 'misconception' | 'incorrect' }>;
/** Whether a grade is kept as the step's answer and logged; one that is not changes nothing. */
export const isJudged = (g: Grade): g is Judged =>
  g.kind === 'correct' || g.kind === 'carried' || g.kind === 'misconception' || g.kind === 'incorrect';

/** Whether a grade spends an attempt: only a readable, wrong answer does. */
export const countsAsAttempt = (g: Grade): boolean => g.kind === 'misconception' || g.kind === 'incorrect';
export const isRight = (g: Grade | undefined): boolean => g?.kind === 'correct' || g?.kind === 'carried';

/** What later steps need to know of an earlier one. */
export interface EarlierAnswer {
  readonly noun: string;
  readonly tree: AnswerTree;
  readonly latex: string;
  readonly grade: Grade | undefined;
}

function judgeAgainst(step: DerivedStep, expected: string, text: string, locale?: string) {
  const a = step.answer;
  if (a.type === 'choice') return undefined;
  const prepared = prepare(
    a.type,
    expected,
    a.type === 'value' ? [] : a.vars,
    a.type === 'expr' ? undefined : a.tolerance,
    locale === undefined ? {} : { locale },
  );
  return prepared.ok ? judge(prepared.expectation, text) : undefined;
}

const ordinal = (k: number) => ['first', 'second', 'third', 'fourth', 'fifth'][k] ?? `${k + 1}th`;

function gradeChoice(step: DerivedStep & { answer: { type: 'choice' } }, text: string): Grade {
  const choice = text.trim();
  if (choice === '') return { kind: 'empty', message: 'Choose an answer first.' };
  const option = step.answer.options.find((o) => o.id === choice);
  if (!option)
    return {
      kind: 'unreadable',
      message: `Choose one of: ${step.answer.options.map((o) => o.label).join('; ')}.`,
      range: { start: 0, end: text.length },
    };
  return choice === step.answer.expected
    ? { kind: 'correct', latex: `\\text{${option.label}}`, message: step.feedback.correct }
    : { kind: 'incorrect', latex: `\\text{${option.label}}`, message: step.feedback.incorrect };
}

export function gradeAnswer(
  step: DerivedStep,
  text: string,
  earlier: ReadonlyMap<string, EarlierAnswer>,
  locale?: string,
): Grade {
  if (step.answer.type === 'choice') return gradeChoice(step as DerivedStep & { answer: { type: 'choice' } }, text);
  const verdict = judgeAgainst(step, step.answer.expected, text, locale);
  if (!verdict) throw new Error(`step ${step.id}: its expected answer does not read (a content bug)`);
  switch (verdict.verdict) {
    case 'empty':
      return { kind: 'empty', message: verdict.message };
    case 'unreadable':
      return { kind: 'unreadable', message: verdict.message, range: verdict.range };
    case 'correct':
      return { kind: 'correct', latex: verdict.latex, message: step.feedback.correct };
    case 'unknown-symbol':
      return { kind: 'unknown-symbol', latex: verdict.latex, message: verdict.message };
    case 'imprecise':
    case 'incorrect':
      break;
  }
  const latex = verdict.latex;
  // Consistency with the learner's own earlier answers comes first: an update that is right for their
  // wrong gradient may look like a named mistake (a sign-flipped gradient gives θ + α∇f), but it is not
  // a second mistake, and one slip is never punished twice.
  const carried = carry(step, text, earlier, locale);
  if (carried) return { ...carried, latex };
  for (const m of step.misconceptions) {
    if (judgeAgainst(step, m.answer, text, locale)?.verdict === 'correct')
      return { kind: 'misconception', latex, message: m.feedback, misconception: { id: m.id, name: m.name } };
  }
  if (verdict.verdict === 'imprecise') return { kind: 'imprecise', latex, message: verdict.message };
  const detail = verdict.reason === 'not-equivalent' || verdict.reason === 'off-value' ? '' : `${verdict.message} `;
  return {
    kind: 'incorrect',
    latex,
    message: `${detail}${step.feedback.incorrect}`.trim(),
    ...(verdict.components ? { components: verdict.components } : {}),
  };
}

/** Checks the answer against the learner's own earlier answers, when one of them was wrong. */
function carry(
  step: DerivedStep,
  text: string,
  earlier: ReadonlyMap<string, EarlierAnswer>,
  locale: string | undefined,
): Omit<Extract<Grade, { kind: 'carried' }>, 'latex'> | undefined {
  if (!step.carry) return undefined;
  const inputs = [...new Set(step.carry.inputs.map((i) => i.step))].map((id) => [id, earlier.get(id)] as const);
  // Carrying forward is for a slip earlier on: when every input was right there is nothing to carry.
  if (inputs.every(([, e]) => isRight(e?.grade) && e?.grade?.kind === 'correct')) return undefined;
  const trees = new Map(inputs.map(([id, e]) => [id, e?.tree]));
  const expected = carriedExpected(step, trees);
  if (!expected || judgeAgainst(step, expected, text, locale)?.verdict !== 'correct') return undefined;
  const basis = inputs.map(([id, e]) => ({ step: id, noun: e!.noun, latex: e!.latex }));
  const slips = inputs
    .filter(([, e]) => !isRight(e?.grade))
    .map(([, e]) => {
      const g = e!.grade;
      const off =
        g?.kind === 'incorrect' && g.components ? g.components.flatMap((ok, k) => (ok ? [] : [ordinal(k)])) : [];
      return off.length > 0
        ? `the ${e!.noun}’s ${off.join(' and ')} component${off.length > 1 ? 's are' : ' is'} off`
        : `your ${e!.noun} is off`;
    });
  return {
    kind: 'carried',
    message: `Your ${step.noun} follows from your ${basis.map((b) => `${b.noun} $${b.latex}$`).join(' and ')}${slips.length > 0 ? `; ${slips.join(', ')}` : ''}.`,
    basis,
  };
}

/** An answer read for later steps to build on (undefined when it does not read). */
export function answerTree(step: DerivedStep, text: string, locale?: string): { tree: AnswerTree; latex: string } {
  if (step.answer.type === 'choice') return { tree: undefined, latex: text };
  const r = read(text, { variables: step.answer.type === 'value' ? [] : step.answer.vars, locale });
  return r.ok ? { tree: r.node, latex: toLatex(r.node, { locale }) } : { tree: undefined, latex: '' };
}
