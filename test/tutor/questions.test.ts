/**
 * Questions the teacher answers (content/concepts.yaml): a choice with one right option, one with several, and a
 * number. Each wrong option with feedback is named; the options are shuffled per learner but keep their ids; lint
 * refuses a choice with no right option or an option written twice.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue, loadLesson } from '../../src/content/index.js';
import { lessonFromContent, openSession } from './fixtures.js';

const lesson = lessonFromContent('concepts.yaml');
const answerOf = (exercise: string, answers: readonly (readonly [string, string])[]) => {
  const s = openSession(lesson, exercise);
  return answers.map(([step, text]) => s.answer(step, text)).at(-1)!;
};

describe('a choice with one right option', () => {
  it('is right for option a, and each wrong option says its own feedback', () => {
    expect(answerOf('differentiable', [['choice', 'a']])).toMatchObject({ kind: 'correct' });
    expect(answerOf('differentiable', [['choice', 'b']])).toMatchObject({
      kind: 'misconception',
      misconception: { id: 'option-b', name: 'A differentiable loss always has a single minimum' },
      message:
        'Not so — $x \\cos x$ is differentiable and has many minima. Differentiability gives the gradient, not a unique minimum.',
    });
    expect(answerOf('differentiable', [['choice', 'c']])).toMatchObject({ kind: 'misconception' });
  });

  it('an id that is no option is unreadable and costs no attempt', () => {
    const s = openSession(lesson, 'differentiable');
    expect(s.answer('choice', 'z')).toMatchObject({ kind: 'unreadable' });
    expect(s.view().steps[0]!.attempts).toBe(0);
  });

  it('is shown in an order drawn from the learner’s seed, with ids that keep the written order', () => {
    const order = (seed: number): string[] => {
      const a = lessonFromContent('concepts.yaml', seed).exercises[0]!.steps[0]!.answer;
      return a.type === 'choice' ? a.options.map((o) => o.id) : [];
    };
    const orders = [0, 1, 2, 3, 4, 5].map(order);
    for (const o of orders) expect([...o].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(new Set(orders.map((o) => o.join(''))).size).toBeGreaterThan(1);
    expect(order(3)).toEqual(orders[3]);
  });
});

describe('a choice with several right options', () => {
  it('is right only with both: a,b (in any order)', () => {
    expect(answerOf('scaling', [['choice', 'a,b']])).toMatchObject({ kind: 'correct' });
    expect(answerOf('scaling', [['choice', 'b, a']])).toMatchObject({ kind: 'correct' });
  });
  it('one right option alone says one is missing', () => {
    expect(answerOf('scaling', [['choice', 'a']])).toMatchObject({
      kind: 'incorrect',
      message: '1 right option is not chosen yet. Check your working against the hints.',
    });
  });
  it('a wrong option among the right ones is named, and counted', () => {
    expect(answerOf('scaling', [['choice', 'a,b,c']])).toMatchObject({
      kind: 'misconception',
      misconception: { id: 'option-c' },
      message:
        'Rescaling a feature stretches the picture; the minimum of the rescaled problem is the same point, rescaled. 1 of the chosen options is not right.',
    });
  });
});

describe('a number step', () => {
  it('2⁻¹⁰ is right as 1/1024, 2^-10 or 0.000977 (3 significant figures); 0.001 is not', () => {
    for (const text of ['1/1024', '2^-10', '0.000977'])
      expect(answerOf('saddles', [['number', text]]).kind).toBe('correct');
    expect(answerOf('saddles', [['number', '0.001']]).kind).not.toBe('correct');
  });
  it('its prompt states the constant: d = 10', () => {
    expect(lesson.exercises[2]!.steps[0]!.prompt).toMatch(/^With \$d = 10\$, what is the probability/);
  });
});

describe('lint on questions', () => {
  const lint = (options: string) =>
    loadLesson(
      't.yaml',
      `id: t\ntitle: t\nexercises:\n  - id: e\n    title: e\n    function: x^2\n    variables: [x]\n    steps:\n      - kind: choice\n        prompt: Which?\n        options:\n${options}`,
      0,
      { render: false },
    ).issues.map(formatIssue);

  it('refuses a choice with no right option', () => {
    expect(lint('          - text: one\n          - text: two\n')).toEqual([
      't.yaml:9:9: Step “choice”: A choice needs at least one right option (correct: true).',
    ]);
  });
  it('refuses an option written twice', () => {
    expect(lint('          - { text: one, correct: true }\n          - text: one\n')).toEqual([
      't.yaml:9:9: Step “choice”: The option “one” is written twice; each option must differ.',
    ]);
  });
  it('a number step’s value must be a number of the constants', () => {
    const issues = loadLesson(
      't.yaml',
      'id: t\ntitle: t\nexercises:\n  - id: e\n    title: e\n    function: x^2\n    variables: [x]\n    steps:\n      - { kind: number, prompt: How many?, value: 2^k }\n',
      0,
      { render: false },
    ).issues.map(formatIssue);
    expect(issues).toEqual(['t.yaml:9:9: Step “number”: The value “2^k” is not a number: “k” is not a constant.']);
  });
});
