import { describe, expect, it } from 'vitest';
import { sameAnswer, type CompiledExercise, type CompiledLesson } from '../../src/content/index.js';
import { toText } from '../../src/math/index.js';
import { MemoryStorage } from '../../src/tutor/index.js';
import { contentFiles, lessonFromContent, openSession } from './fixtures.js';

/** The right answer a learner types for a step: what the engine expects (a choice by its id). */
const rightAnswer = (e: CompiledExercise, k: number) => e.steps[k]!.answer.text;

const cases = contentFiles().flatMap((file) => {
  const lesson = lessonFromContent(file);
  return lesson.exercises.map((exercise) => [`${file} › ${exercise.id}`, lesson, exercise] as const);
});

describe.each(cases)('%s, worked by scripted learners', (_, lesson: CompiledLesson, exercise: CompiledExercise) => {
  it('a learner who answers every step right gets every step correct and full marks', () => {
    const s = openSession(lesson, exercise.id);
    const kinds = exercise.steps.map((step, k) => s.answer(step.id, rightAnswer(exercise, k)).kind);
    expect(kinds).toEqual(exercise.steps.map(() => 'correct'));
    expect(s.view()).toMatchObject({ score: 1, complete: true });
  });

  it('a learner who makes each named mistake once has each one named, then recovers', () => {
    const s = openSession(lesson, exercise.id);
    const named: string[] = [];
    const expected: string[] = [];
    exercise.steps.forEach((step, k) => {
      for (const m of step.misconceptions) {
        expected.push(`${step.id}:${m.id}`);
        const g = s.answer(step.id, m.text);
        named.push(`${step.id}:${g.kind === 'misconception' ? g.misconception.id : g.kind}`);
      }
      expect(s.answer(step.id, rightAnswer(exercise, k)).kind).toBe('correct');
    });
    expect(named).toEqual(expected);
    expect(s.view().complete).toBe(true);
  });

  it('a learner who slips early is carried forward wherever a later step builds on the slip', () => {
    let checked = 0;
    for (const [k, step] of exercise.steps.entries()) {
      if (!step.carry || step.answer.type === 'choice') continue;
      const s = openSession(lesson, exercise.id);
      const inputs = new Set(step.carry.inputs.map((i) => i.step));
      // Answer everything before the step right, except its inputs: those get a first misconception,
      // or else the right answer nudged (a vector's first component, or the value, plus 1).
      exercise.steps.slice(0, k).forEach((earlier, j) => {
        const slip = earlier.misconceptions[0]?.text ?? nudged(rightAnswer(exercise, j), earlier.answer.type);
        s.answer(earlier.id, inputs.has(earlier.id) ? slip : rightAnswer(exercise, j));
      });
      const ownAnswer = s
        .view()
        .steps.slice(0, k)
        .some((v) => inputs.has(v.id) && v.status !== 'correct');
      if (!ownAnswer) continue;
      const carried = carriedAnswer(s, step.id);
      if (carried === undefined) continue;
      // A slip can cancel out (a swapped gradient has the right length): then the answer is simply correct.
      const rightAnyway = sameAnswer(step.answer, step.answer.expected, carried);
      expect(s.answer(step.id, carried).kind, `${step.id} from ${[...inputs].join(', ')}`).toBe(
        rightAnyway ? 'correct' : 'carried',
      );
      checked++;
    }
    // Not vacuous: an exercise whose steps carry answers forward has at least one of them checked.
    expect(checked > 0).toBe(exercise.steps.some((st) => st.carry && st.answer.type !== 'choice'));
  });

  it('a learner who reloads mid-exercise gets the same state back', () => {
    const storage = new MemoryStorage();
    const s = openSession(lesson, exercise.id, storage);
    const half = Math.ceil(exercise.steps.length / 2);
    exercise.steps.slice(0, half).forEach((step, k) => s.answer(step.id, k % 2 === 0 ? rightAnswer(exercise, k) : '0'));
    const reloaded = openSession(lesson, exercise.id, storage);
    expect(reloaded.view()).toEqual(s.view());
  });
});

function nudged(expected: string, type: string): string {
  if (type === 'matrix') return expected.replace(/^\[\[([^,]+),/, (_, first: string) => `[[${first} + 1,`);
  if (type === 'vector') return expected.replace(/^\[([^,]+),/, (_, first: string) => `[${first} + 1,`);
  if (type === 'value') return `${expected} + 1`;
  return `${expected} + 1`;
}

/** What the engine would accept from this learner's own earlier answers, via the step's carry template. */
function carriedAnswer(s: ReturnType<typeof openSession>, stepId: string): string | undefined {
  const exercise = s.exercise;
  const step = exercise.steps.find((x) => x.id === stepId)!;
  const answers = new Map(s.view().steps.map((v) => [v.id, v.answer]));
  let template = toText(step.carry!.template);
  for (const input of step.carry!.inputs) {
    const answer = answers.get(input.step);
    if (!answer) return undefined;
    const part = input.component === undefined ? answer : splitVector(answer)[input.component - 1];
    if (part === undefined) return undefined;
    template = template.replace(new RegExp(`(?<![A-Za-z0-9])${input.symbol}(?![A-Za-z0-9])`, 'g'), `(${part})`);
  }
  for (const [name, value] of Object.entries(step.carry!.bind ?? {}))
    template = template.replace(new RegExp(`(?<![A-Za-z0-9])${name}(?![A-Za-z0-9])`, 'g'), `(${value})`);
  return template;
}

/** A vector's components, or a matrix's entries row by row ([[2, 0], [0, 4]]: its brackets dropped). */
const splitVector = (text: string): string[] =>
  text
    .replace(text.startsWith('[[') ? /[[\]]/g : /^[[(⟨]|[\])⟩]$/g, '')
    .split(',')
    .map((p) => p.trim());
