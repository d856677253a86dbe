/**
 * Questions the teacher answers: a `choice` (its options given ids a, b, c… in
 * the order written, so a saved or reported answer does not depend on the
 * order shown; shown in an order drawn from the learner's seed) and a `number`
 * (the teacher's value, checked within the tolerance). A wrong option with
 * feedback is a named mistake of its own.
 */
import { evaluateConstant, freeSymbols, hashString, num, read, seeded, substitute } from '../../math/index.js';
import type { Misconception } from '../derived.js';
import { interpolate } from '../constants.js';
import { valueAnswer } from '../quantity.js';
import type { StepFile } from '../schema.js';
import { valueOf, valueShort } from '../values.js';
import { DerivationError } from '../workings.js';
import type { Derivation, StepInput } from './context.js';
import { say } from '../../messages/catalogue.js';
import { STEPS_QUESTIONS } from '../../messages/steps-questions.js';

type Of<K extends StepFile['kind']> = Extract<StepFile, { kind: K }>;

/** The lesson-file errors of this module, for the teacher (English, like lint's); a learner's words are the catalogue's. */
export const QUESTION_TEXT = {
  noRight: 'A choice needs at least one right option (correct: true).',
  duplicate: (text: string) => `The option “${text}” is written twice; each option must differ.`,
  notNumber: (value: string, why: string) => `The value “${value}” is not a number: ${why}.`,
} as const;

/** Option ids in the order written: a … z. */
const optionId = (k: number): string => String.fromCharCode(97 + k);

/** A permutation of 0 … n − 1 drawn from the seed (Fisher–Yates). */
function order(n: number, seed: number): number[] {
  const random = seeded(seed);
  const p = Array.from({ length: n }, (_, k) => k);
  for (let k = n - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [p[k], p[j]] = [p[j]!, p[k]!];
  }
  return p;
}

export function choice({ id, step, workings: w, seed = 0, locale }: StepInput<Of<'choice'>>): Derivation {
  const m = say(STEPS_QUESTIONS, locale);
  const named = (text: string) => interpolate(text, w.problem.parameters);
  const written = step.options.map((o, k) => ({
    ...o,
    text: named(o.text),
    ...(o.feedback === undefined ? {} : { feedback: named(o.feedback) }),
    id: optionId(k),
  }));
  const prompt = named(step.prompt);
  const right = written.filter((o) => o.correct === true);
  if (right.length === 0) throw new DerivationError(QUESTION_TEXT.noRight);
  const twice = written.find((o, k) => written.findIndex((p) => p.text.trim() === o.text.trim()) < k);
  if (twice) throw new DerivationError(QUESTION_TEXT.duplicate(twice.text));
  const shown =
    step.shuffle === false ? written : order(written.length, hashString(id, seed >>> 0)).map((k) => written[k]!);
  const options = shown.map((o) => ({ id: o.id, label: o.text }));
  const misconceptions: Misconception[] = written
    .filter((o) => o.correct !== true && o.feedback !== undefined)
    .map((o) => ({
      id: `option-${o.id}`,
      name: o.text.replace(/[.?!]$/, ''),
      answer: { type: 'option', id: o.id },
      text: o.id,
      feedback: o.feedback!,
    }));
  const ids = right.map((o) => o.id);
  return {
    title: prompt,
    prompt,
    answer: {
      type: 'choice',
      expected: ids.length === 1 ? { type: 'option', id: ids[0]! } : { type: 'options', ids },
      text: ids.join(','),
      options,
    },
    answerLatex: `\\text{${right.map((o) => o.text.replace(/[\\{}$]/g, '')).join('; ')}}`,
    solution: [m.rightOptions({ labels: right.map((o) => o.text.replace(/\.$/, '')) })],
    hints: [],
    correct: m.correct,
    misconceptions,
  };
}

export function numberQuestion({ step, workings: w, tolerance, locale }: StepInput<Of<'number'>>): Derivation {
  const m = say(STEPS_QUESTIONS, locale);
  const names = w.problem.parameters;
  let value: number;
  if (typeof step.value === 'number') value = step.value;
  else {
    const parsed = read(step.value, { variables: Object.keys(names) });
    if (!parsed.ok) throw new DerivationError(QUESTION_TEXT.notNumber(step.value, parsed.error.message));
    const stray = freeSymbols(parsed.node).filter((s) => !Object.hasOwn(names, s));
    if (stray.length > 0)
      throw new DerivationError(QUESTION_TEXT.notNumber(step.value, `“${stray[0]}” is not a constant`));
    const values = Object.fromEntries(Object.entries(names).map(([k, x]) => [k, num(x)]));
    value = evaluateConstant(substitute(parsed.node, values));
  }
  if (!Number.isFinite(value))
    throw new DerivationError(QUESTION_TEXT.notNumber(String(step.value), 'it is not finite'));
  const v = valueOf(value);
  const prompt = interpolate(step.prompt, names);
  return {
    title: prompt,
    prompt,
    answer: valueAnswer(v, tolerance),
    answerLatex: valueShort(v),
    solution: [m.number({ value: valueShort(v) })],
    hints: [],
    correct: m.correct,
    misconceptions: [],
  };
}
