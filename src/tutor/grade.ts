/**
 * Grading one answer to one step: the checker's verdict, then error carried
 * forward from the learner's own earlier answers, then the step's named
 * misconceptions. A step's expected answer and its mistakes are prepared for
 * the checker once (`prepareStep`); each answer is then judged once against
 * them. Pure: the same answer and earlier answers always grade the same.
 */
import { judge, prepareTree, toLatex, type Expectation, type Node } from '../math/index.js';
import type { DerivedStep } from '../content/index.js';
import { quantityTree } from '../content/answer-tree.js';
import { carriedExpected, type AnswerTree } from './carry.js';
import { say } from '../messages/catalogue.js';
import { FEEDBACK } from '../messages/feedback.js';

export {
  countsAsAttempt,
  isJudged,
  isRight,
  type Basis,
  type EarlierAnswer,
  type Grade,
  type Graded,
  type Judged,
  type PreparedStep,
} from './verdict.js';
import { isRight, type EarlierAnswer, type Grade, type Graded, type PreparedStep } from './verdict.js';
import { provideChecker } from './checker.js';

function expectationOf(step: DerivedStep, tree: Node | undefined, locale: string | undefined): Expectation | undefined {
  const a = step.answer;
  if (a.type === 'choice' || !tree) return undefined;
  const prepared = prepareTree(
    a.type,
    tree,
    a.type === 'value' ? [] : a.vars,
    a.type === 'expr' ? undefined : a.tolerance,
    locale === undefined ? {} : { locale },
  );
  return prepared.ok ? prepared.expectation : undefined;
}

/** Prepares a step once: its expected answer and each named mistake (one that cannot be prepared never matches). */
export function prepareStep(step: DerivedStep, locale?: string): PreparedStep {
  const expected = expectationOf(step, quantityTree(step.answer.expected), locale);
  if (!expected && step.answer.type !== 'choice')
    throw new Error(`step ${step.id}: its expected answer cannot be prepared (a content bug)`);
  const mistakes = step.misconceptions.flatMap((misconception) => {
    const expectation = expectationOf(step, quantityTree(misconception.answer), locale);
    return expectation ? [{ misconception, expectation }] : [];
  });
  return { step, expected, locale, mistakes };
}

/** The options a choice answer picks: one id, or several separated by commas (check boxes). */
export const chosenIds = (text: string): string[] => [
  ...new Set(
    text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];

function gradeChoice(
  step: DerivedStep & { answer: { type: 'choice' } },
  text: string,
  locale: string | undefined,
): Grade {
  const m = say(FEEDBACK, locale);
  const chosen = chosenIds(text);
  const a = step.answer;
  if (chosen.length === 0) return { kind: 'empty', message: m.chooseFirst };
  const picked = chosen.map((id) => a.options.find((o) => o.id === id));
  if (picked.some((o) => !o))
    return {
      kind: 'unreadable',
      message: m.chooseOneOf({ options: a.options.map((o) => o.label) }),
      range: { start: 0, end: text.length },
    };
  const latex = `\\text{${picked.map((o) => o!.label.replace(/[\\{}$]/g, '')).join('; ')}}`;
  const right = a.expected.type === 'option' ? [a.expected.id] : a.expected.ids;
  const wrong = chosen.filter((id) => !right.includes(id));
  const missing = right.filter((id) => !chosen.includes(id));
  if (wrong.length === 0 && missing.length === 0) return { kind: 'correct', latex, message: step.feedback.correct };
  // A wrong option the teacher wrote feedback for is a named mistake.
  const named = step.misconceptions.find((x) => x.answer.type === 'option' && wrong.includes(x.answer.id));
  const more = [
    wrong.length > 0 && right.length > 1 ? m.choiceExtra({ n: wrong.length }) : '',
    missing.length > 0 && right.length > 1 ? m.choiceMissing({ n: missing.length }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (named)
    return {
      kind: 'misconception',
      latex,
      message: `${named.feedback}${more ? ` ${more}` : ''}`,
      misconception: { id: named.id, name: named.name },
    };
  return { kind: 'incorrect', latex, message: `${more ? `${more} ` : ''}${step.feedback.incorrect}` };
}

/** Grades one answer: the text is read and judged against the expected answer once. */
export function gradeAnswer(prepared: PreparedStep, text: string, earlier: ReadonlyMap<string, EarlierAnswer>): Graded {
  const step = prepared.step;
  if (step.answer.type === 'choice' || !prepared.expected)
    return {
      grade: gradeChoice(step as DerivedStep & { answer: { type: 'choice' } }, text, prepared.locale),
      tree: undefined,
    };
  const verdict = judge(prepared.expected, text);
  switch (verdict.verdict) {
    case 'empty':
      return { grade: { kind: 'empty', message: verdict.message }, tree: undefined };
    case 'unreadable':
      return { grade: { kind: 'unreadable', message: verdict.message, range: verdict.range }, tree: undefined };
    case 'correct':
      return { grade: { kind: 'correct', latex: verdict.latex, message: step.feedback.correct }, tree: verdict.read };
    case 'unknown-symbol':
      return { grade: { kind: 'unknown-symbol', latex: verdict.latex, message: verdict.message }, tree: undefined };
    case 'imprecise':
    case 'incorrect':
      break;
  }
  const latex = verdict.latex;
  const tree = verdict.read;
  // Consistency with the learner's own earlier answers comes first: an update that is right for their
  // wrong gradient may look like a named mistake (a sign-flipped gradient gives θ + α∇f), but it is not
  // a second mistake, and one slip is never punished twice.
  const carried = carry(step, text, earlier, prepared.locale);
  if (carried) return { grade: { ...carried, latex }, tree };
  for (const { misconception: m, expectation } of prepared.mistakes) {
    if (judge(expectation, text).verdict === 'correct')
      return {
        grade: { kind: 'misconception', latex, message: m.feedback, misconception: { id: m.id, name: m.name } },
        tree,
      };
  }
  if (verdict.verdict === 'imprecise') return { grade: { kind: 'imprecise', latex, message: verdict.message }, tree };
  const detail = verdict.reason === 'not-equivalent' || verdict.reason === 'off-value' ? '' : `${verdict.message} `;
  return {
    grade: {
      kind: 'incorrect',
      latex,
      message: `${detail}${step.feedback.incorrect}`.trim(),
      ...(verdict.components ? { components: verdict.components } : {}),
      ...(verdict.entries ? { entries: verdict.entries } : {}),
    },
    tree,
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
  // Prepared per check, unlike the step's own answer: it depends on what the learner answered before.
  const expected = expectationOf(step, carriedExpected(step, trees), locale);
  if (!expected || judge(expected, text).verdict !== 'correct') return undefined;
  const m = say(FEEDBACK, locale);
  const basis = inputs.map(([id, e]) => ({ step: id, noun: e!.noun, latex: e!.latex }));
  const slips = inputs
    .filter(([, e]) => !isRight(e?.grade))
    .map(([, e]) => {
      const g = e!.grade;
      const off = g?.kind === 'incorrect' && g.components ? g.components.flatMap((ok, k) => (ok ? [] : [k])) : [];
      return off.length > 0 ? m.componentsOff({ noun: e!.noun, components: off }) : m.yoursOff({ noun: e!.noun });
    });
  return {
    kind: 'carried',
    message: m.carried({ bases: basis.map((b) => m.basis(b)), slips }),
    basis,
  };
}

/** A step's expected answer as an earlier answer for the steps after it (a revealed step stands at it). */
export function expectedTree(step: DerivedStep): { tree: AnswerTree; latex: string } {
  const tree = quantityTree(step.answer.expected);
  return tree ? { tree, latex: toLatex(tree) } : { tree: undefined, latex: step.answer.text };
}

provideChecker({ prepareStep, gradeAnswer, expectedTree });
