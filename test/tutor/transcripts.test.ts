import { describe, expect, it } from 'vitest';
import { MemoryStorage, type Session } from '../../src/tutor/index.js';
import { BOWL_RIGHT, lessonFromContent, openSession } from './fixtures.js';

const bowl = lessonFromContent('bowl.yaml');

/** Answers each step in turn; returns one line per answer: step, typed, verdict (and the mistake's id). */
function transcript(session: Session, answers: readonly (readonly [string, string])[]): string[] {
  return answers.map(([step, text]) => {
    const g = session.answer(step, text);
    return `${step}: ${text} → ${g.kind}${g.kind === 'misconception' ? ` (${g.misconception.id})` : ''}`;
  });
}

const allRight = BOWL_RIGHT;

describe('one step down the bowl, (3, 4) → (2.4, 3.2), as scripted learners', () => {
  it('all right: every step correct, full marks', () => {
    const s = openSession(bowl, 'one-step');
    expect(transcript(s, allRight)).toEqual(allRight.map(([step, text]) => `${step}: ${text} → correct`));
    expect(s.view()).toMatchObject({ score: 1, earned: 7, possible: 7, complete: true });
  });

  it('the sign mistake in the update is named, and costs one retry', () => {
    const s = openSession(bowl, 'one-step');
    const lines = transcript(s, [
      ...allRight.slice(0, 5),
      ['update-0', '(3.6, 4.8)'],
      ['update-0', '(2.4, 3.2)'],
      ['loss-1', '16'],
    ]);
    expect(lines.slice(5)).toEqual([
      'update-0: (3.6, 4.8) → misconception (sign)',
      'update-0: (2.4, 3.2) → correct',
      'loss-1: 16 → correct',
    ]);
    const update = s.view().steps.find((v) => v.id === 'update-0')!;
    expect(update).toMatchObject({ status: 'correct', attempts: 1, credit: 0.9 });
    expect(update.deductions.map((d) => d.text)).toEqual(['1 wrong attempt: −0.1']);
    expect(s.view()).toMatchObject({ earned: 6.9, possible: 7, score: 0.986, complete: true });
  });

  it('a wrong gradient followed by a consistent update: the update is carried forward, not punished twice', () => {
    const s = openSession(bowl, 'one-step');
    const lines = transcript(s, [
      ...allRight.slice(0, 3),
      ['gradient', '(6, 9)'],
      ['norm', 'sqrt(117)'],
      ['update-0', '(2.4, 3.1)'],
      ['loss-1', '2.4^2 + 3.1^2'],
    ]);
    expect(lines.slice(3)).toEqual([
      'gradient: (6, 9) → incorrect',
      'norm: sqrt(117) → carried',
      'update-0: (2.4, 3.1) → carried',
      'loss-1: 2.4^2 + 3.1^2 → carried',
    ]);
    const grade = s.view().steps.find((v) => v.id === 'update-0')!.grade;
    expect(grade).toMatchObject({
      kind: 'carried',
      message: 'This follows from your gradient $\\left(6, 9\\right)$; the gradient’s second component is off.',
    });
    expect(s.view()).toMatchObject({ earned: 6, possible: 7, score: 0.857, complete: false });
  });

  it('going back to correct the gradient re-grades what depended on it', () => {
    const s = openSession(bowl, 'one-step');
    transcript(s, [...allRight.slice(0, 3), ['gradient', '(6, 9)'], ['norm', 'sqrt(117)'], ['update-0', '(2.4, 3.1)']]);
    s.answer('gradient', '(6, 8)');
    const byId = Object.fromEntries(s.view().steps.map((v) => [v.id, v]));
    expect(byId.gradient).toMatchObject({ status: 'correct', credit: 0.9 });
    expect(byId.norm).toMatchObject({ status: 'open', grade: { kind: 'incorrect' } });
    expect(byId['update-0']).toMatchObject({ status: 'open', grade: { kind: 'incorrect' } });
  });

  it('unreadable and empty answers get their own verdicts and spend no attempt', () => {
    const s = openSession(bowl, 'one-step');
    expect(s.answer('loss', '2 5 +')).toMatchObject({ kind: 'unreadable' });
    expect(s.answer('loss', '  ')).toMatchObject({ kind: 'empty' });
    expect(s.view().steps[0]).toMatchObject({ attempts: 0, status: 'open' });
    expect(s.answer('partial-x', '2x')).toEqual({ kind: 'locked', message: 'Finish the steps above first.' });
  });

  it('hints are shown one at a time and cost what the policy says', () => {
    const s = openSession(bowl, 'one-step');
    s.answer('loss', '25');
    const first = s.hint('partial-x');
    expect(first).toMatchObject({ index: 1 });
    expect(s.hintsShown('partial-x')).toEqual([first!.text]);
    s.answer('partial-x', '2x');
    expect(s.view().steps[1]).toMatchObject({
      credit: 0.9,
      deductions: [{ reason: 'hints', amount: 0.1, text: '1 hint: −0.1' }],
    });
  });

  it('the solution is offered after the policy’s attempts, and a revealed step earns nothing', () => {
    const s = openSession(bowl, 'one-step');
    s.answer('loss', '25');
    expect(s.reveal('partial-x')).toBeUndefined();
    for (const wrong of ['3x', '4x', 'x^2']) s.answer('partial-x', wrong);
    expect(s.view().steps[1]).toMatchObject({ attempts: 3, solutionOffered: true });
    expect(s.reveal('partial-x')).toEqual(bowl.exercises[0]!.steps[1]!.solution);
    expect(s.view().steps[1]).toMatchObject({ status: 'revealed', credit: 0, deductions: [{ reason: 'solution' }] });
  });

  it('a learner who reloads mid-exercise finds everything as it was', () => {
    const storage = new MemoryStorage();
    const before = openSession(bowl, 'one-step', storage);
    transcript(before, [...allRight.slice(0, 3), ['gradient', '(6, 9)']]);
    before.hint('norm');
    before.draft('norm', 'sqrt(6^2 + 9^2');
    const after = openSession(bowl, 'one-step', storage);
    expect(after.view()).toEqual(before.view());
    expect(after.saved()).toEqual(before.saved());
    expect(after.draftOf('norm')).toBe('sqrt(6^2 + 9^2');
    expect(after.notices).toEqual([]);
  });

  it('emits typed events for the host: graded, hint shown, solution shown, completed', () => {
    const s = openSession(bowl, 'one-step');
    const seen: string[] = [];
    s.on((e) => seen.push(e.type === 'graded' ? `graded ${e.step} ${e.grade.kind} ${e.credit}` : e.type));
    for (const [step, text] of allRight) s.answer(step, text);
    expect(seen).toEqual([...allRight.map(([step]) => `graded ${step} correct 1`), 'completed']);
  });
});
