/**
 * Once a step is settled (right, or its solution shown), its hints and its solution are offered for review
 * and cost nothing more; before that, each hint costs the policy's hint cost.
 */
import { describe, expect, it } from 'vitest';
import { lessonFromContent, openSession } from './fixtures.js';

const bowl = lessonFromContent('bowl.yaml');
const open = () => {
  const s = openSession(bowl, 'one-step');
  const costs: number[] = [];
  s.on((e) => {
    if (e.type === 'hint-shown') costs.push(e.cost);
  });
  return { s, costs, view: (id: string) => s.view().steps.find((v) => v.id === id)! };
};

describe('review after a step is settled', () => {
  it('a hint taken after a right answer costs nothing, and the solution is offered, as review', () => {
    const { s, costs, view } = open();
    expect(view('loss')).toMatchObject({ review: false, solutionOffered: false });
    s.answer('loss', '25');
    expect(view('loss')).toMatchObject({ credit: 1, review: true, solutionOffered: true });
    s.hint('loss');
    expect(view('loss')).toMatchObject({ credit: 1, deductions: [], hintsShown: 1 });
    const loss = bowl.exercises.find((e) => e.id === 'one-step')!.steps.find((x) => x.id === 'loss')!;
    expect(s.reveal('loss')).toEqual(loss.solution);
    expect(loss.solution.length).toBeGreaterThan(0);
    expect(view('loss')).toMatchObject({ credit: 1, deductions: [], revealed: true });
    expect(costs).toEqual([0]);
  });

  it('a hint taken before the answer still costs the hint cost, and one after it does not', () => {
    const { s, costs, view } = open();
    s.answer('loss', '25');
    s.hint('partial-x');
    s.answer('partial-x', '2x');
    s.hint('partial-x');
    expect(view('partial-x')).toMatchObject({
      credit: 0.9,
      hintsShown: 2,
      deductions: [{ reason: 'hints', amount: 0.1 }],
    });
    expect(costs).toEqual([0.1, 0]);
  });

  it('after the solution is shown, the hints are review too: the step costs the solution, nothing more', () => {
    const { s, view } = open();
    s.answer('loss', '25');
    for (let k = 0; k < 3; k++) s.answer('partial-x', '3x');
    s.reveal('partial-x');
    s.hint('partial-x');
    expect(view('partial-x')).toMatchObject({
      credit: 0,
      review: true,
      deductions: [{ reason: 'solution', amount: 1 }],
    });
  });
});
