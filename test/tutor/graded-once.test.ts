/**
 * The work a check does, counted through the checker's own entry points: a
 * step's expected answer and its named mistakes are prepared once, when the
 * step is first checked (a page opens every exercise's session to show the
 * lesson's progress, and grades nothing then); an answer is judged once per check; a changed earlier answer
 * re-grades only the later answers that build on it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as math from '../../src/math/index.js';
import { dependentsOf } from '../../src/tutor/state.js';
import { BOWL_RIGHT, lessonFromContent, openSession } from './fixtures.js';

vi.mock(import('../../src/math/index.js'), async (original) => {
  const actual = await original();
  return {
    ...actual,
    judge: vi.fn(actual.judge),
    prepare: vi.fn(actual.prepare),
    prepareTree: vi.fn(actual.prepareTree),
  };
});

const bowl = lessonFromContent('bowl.yaml');
const steps = bowl.exercises[0]!.steps;
const RIGHT = BOWL_RIGHT;

const calls = () => ({
  judge: vi.mocked(math.judge).mock.calls.length,
  prepare: vi.mocked(math.prepare).mock.calls.length,
  prepareTree: vi.mocked(math.prepareTree).mock.calls.length,
});

beforeEach(() => vi.clearAllMocks());

describe('preparing a step’s answers', () => {
  it('happens once per step, when it is first checked: the 7 expected answers and the 19 named mistakes, from data', () => {
    const named = steps.reduce((n, s) => n + s.misconceptions.length, 0);
    expect(named).toBe(19);
    const s = openSession(bowl, 'one-step');
    // Opening the session prepares nothing.
    expect(calls()).toEqual({ judge: 0, prepare: 0, prepareTree: 0 });
    for (const [step, text] of RIGHT) s.answer(step, text);
    expect(calls()).toEqual({ judge: 7, prepare: 0, prepareTree: 26 });
    vi.clearAllMocks();
    for (const [step, text] of RIGHT) s.answer(step, text);
    // Seven more checks, each judged once, nothing read or prepared again (every answer right: nothing to carry
    // forward), and the second round re-grades nothing: the same answer again changes nothing built on it.
    expect(calls()).toEqual({ judge: 7, prepare: 0, prepareTree: 0 });
  });

  it('prepares only what depends on the learner: the carried-forward answer, once per check that needs it', () => {
    const s = openSession(bowl, 'one-step');
    for (const [step, text] of RIGHT.slice(0, 3)) s.answer(step, text);
    s.answer('gradient', '(6, 9)');
    s.answer('norm', 'sqrt(117)');
    vi.clearAllMocks();
    expect(s.answer('update-0', '(2.4, 3.1)').kind).toBe('carried');
    // The update judged once against its own answer, once against the one carried from (6, 9), prepared for it;
    // its first check also prepares its own expected answer and named mistakes.
    const own = 1 + steps[5]!.misconceptions.length;
    expect(calls()).toEqual({ judge: 2, prepare: 0, prepareTree: own + 1 });
    vi.clearAllMocks();
    expect(s.answer('update-0', '(2.4, 3.10)').kind).toBe('carried');
    expect(calls()).toEqual({ judge: 2, prepare: 0, prepareTree: 1 });
  });
});

describe('grading an answer', () => {
  it('judges it once per check (the session does not grade it again to record it)', () => {
    const s = openSession(bowl, 'one-step');
    vi.clearAllMocks();
    expect(s.answer('loss', '25').kind).toBe('correct');
    expect(calls().judge).toBe(1);
    vi.clearAllMocks();
    expect(s.answer('partial-x', '-2x').kind).toBe('misconception');
    // Once against the answer, then against the named mistakes in order until one matches (the sign, fifth).
    expect(vi.mocked(math.judge).mock.calls.map(([, text]) => text)).toEqual(['-2x', '-2x', '-2x', '-2x', '-2x']);
    expect(vi.mocked(math.judge).mock.calls.map(([e]) => e.node)).toEqual([
      steps[1]!.answer.expected.type === 'expression' && steps[1]!.answer.expected.tree,
      ...steps[1]!.misconceptions.map((m) => (m.answer.type === 'expression' ? m.answer.tree : undefined)),
    ]);
  });
});

describe('a changed earlier answer', () => {
  it('re-grades the later answers that carry it forward, and those that build on them: nothing else', () => {
    expect(Object.fromEntries(dependentsOf(steps))).toEqual({
      loss: [],
      'partial-x': ['gradient', 'norm', 'update-0', 'loss-1'],
      'partial-y': ['gradient', 'norm', 'update-0', 'loss-1'],
      gradient: ['norm', 'update-0', 'loss-1'],
      norm: [],
      'update-0': ['loss-1'],
      'loss-1': [],
    });
  });

  it('costs one judgement for the new answer and one per dependent step answered', () => {
    const s = openSession(bowl, 'one-step');
    for (const [step, text] of RIGHT) s.answer(step, text);
    const judged = (step: string, text: string) => {
      vi.clearAllMocks();
      s.answer(step, text);
      return calls().judge;
    };
    // Each answer written anew (still right): what builds on it is checked again, nothing else.
    expect(judged('loss', '25.0')).toBe(1);
    expect(judged('norm', '10.0')).toBe(1);
    expect(judged('update-0', '(2.40, 3.2)')).toBe(2);
    expect(judged('gradient', '(6.0, 8)')).toBe(4);
    expect(judged('partial-y', 'y + y')).toBe(5);
  });

  it('still re-grades what depends on it: the update is carried once the gradient turns wrong', () => {
    const s = openSession(bowl, 'one-step');
    for (const [step, text] of RIGHT.slice(0, 5)) s.answer(step, text);
    s.answer('update-0', '(2.4, 3.1)');
    expect(s.view().steps[5]!.grade?.kind).toBe('incorrect');
    s.answer('gradient', '(6, 9)');
    expect(s.view().steps[5]!.grade?.kind).toBe('carried');
    expect(s.view().steps[0]!.grade?.kind).toBe('correct');
  });
});
