import { describe, expect, it } from 'vitest';
import { currentIndex, iterateIndex, learnerPoints } from '../../src/plot/learner.js';
import { pathOf, landscapeOf } from '../../src/plot/landscape.js';
import { answered, exerciseOf, WRONG_SIGN } from './fixtures.js';

const plain = (p: ReturnType<typeof learnerPoints>[number]) => ({
  ...p,
  point: Array.from(p.point, (v) => Number(v.toFixed(12))),
  from: p.from && Array.from(p.from, (v) => Number(v.toFixed(12))),
});

describe('learnerPoints', () => {
  const bowl = exerciseOf('bowl', 'one-step');
  const path = pathOf(landscapeOf(bowl.function!)!, 0.1, [3, 4]);

  it('draws the wrong-sign update where the learner put it, as θ₁ stepped from θ₀, with the session’s grade', () => {
    const points = learnerPoints(bowl, answered(bowl, WRONG_SIGN), path);
    expect(points.map(plain)).toEqual([
      {
        step: 'update-0',
        point: [3.6, 4.8],
        t: 1,
        from: [3, 4],
        limit: false,
        status: 'wrong',
        mistake: 'the sign of the update',
      },
    ]);
    expect(currentIndex(points, path.length)).toBe(0);
  });

  it('reads the update however the learner wrote it, and moves the arrows on once it is right', () => {
    const steps = answered(bowl, [...WRONG_SIGN.slice(0, 5), ['update-0', '(3, 4) - 0.1(6, 8)']]);
    const points = learnerPoints(bowl, steps, path);
    expect(points.map(plain)).toEqual([
      { step: 'update-0', point: [2.4, 3.2], t: 1, from: [3, 4], limit: false, status: 'right' },
    ]);
    expect(currentIndex(points, path.length)).toBe(1);
  });

  it('has no points before a point is asked, nor for an answer that is not one', () => {
    expect(learnerPoints(bowl, answered(bowl, WRONG_SIGN.slice(0, 5)), path)).toEqual([]);
    expect(learnerPoints(bowl, answered(bowl, [...WRONG_SIGN.slice(0, 5), ['update-0', 'θ − α∇J']]), path)).toEqual([]);
  });

  it('chains a learner’s iterates: each starts from the learner’s own previous one', () => {
    const valley = exerciseOf('ill-conditioned', 'large-rate');
    const steps = answered(valley, [
      ['update-0', '(6.12, -1.8)'],
      ['iterate-2', '(4.1616, -1.08)'],
    ]);
    const points = learnerPoints(valley, steps, pathOf(landscapeOf(valley.function!)!, 0.8, [9, -3]));
    expect(points.map((p) => [p.step, p.t, p.status, p.from && Array.from(p.from)])).toEqual([
      ['update-0', 1, 'wrong', [9, -3]],
      ['iterate-2', 2, 'right', [6.12, -1.8]],
    ]);
  });

  it('places a one-variable table’s θ cells and a limit, and skips its loss and gradient cells', () => {
    const table = exerciseOf('one-variable', 'iteration-table');
    const steps = answered(table, [
      ['partial-theta', '2θ + 4'],
      ['table-0-theta', '3'],
      ['table-0-loss', '26'],
      ['table-0-gradient', '10'],
      ['table-0-next', '2'],
    ]);
    const points = learnerPoints(table, steps, pathOf(landscapeOf(table.function!)!, 0.1, [3]));
    expect(points.map((p) => [p.step, Array.from(p.point), p.t, p.status])).toEqual([
      ['table-0-theta', [3], 0, 'right'],
      ['table-0-next', [2], 1, 'right'],
    ]);
  });
});

describe('iterateIndex', () => {
  it('finds the iterate a point equals, to a millionth relative', () => {
    const path = [Float64Array.of(3, 4), Float64Array.of(2.4, 3.2)];
    expect(iterateIndex(path, [2.4000001, 3.2])).toBe(1);
    expect(iterateIndex(path, [2.41, 3.2])).toBeUndefined();
  });
});

describe('which θₜ an answer stands for', () => {
  it('takes the t of θₜ from the compiled step, as data: an update from θ₀ is θ₁, a table row’s next iterate θₜ₊₁', () => {
    const roles = (lesson: string, id: string) =>
      exerciseOf(lesson, id).steps.map((s) => [s.id, s.role, s.t ?? null] as const);
    expect(roles('bowl', 'one-step')).toEqual([
      ['loss', 'loss', 0],
      ['partial-x', 'derivative', null],
      ['partial-y', 'derivative', null],
      ['gradient', 'gradient', 0],
      ['norm', 'norm', 0],
      ['update-0', 'iterate', 1],
      ['loss-1', 'loss', 1],
    ]);
    expect(roles('one-variable', 'iteration-table').slice(1, 5)).toEqual([
      ['table-0-theta', 'iterate', 0],
      ['table-0-loss', 'loss', 0],
      ['table-0-gradient', 'gradient', 0],
      ['table-0-next', 'iterate', 1],
    ]);
    expect(roles('one-variable', 'iteration-table').at(-2)).toEqual(['limit', 'limit', null]);
  });

  it('places an iterate of a path that flips back and forth at its own t, not the first visit', () => {
    const flip = exerciseOf('one-variable', 'flip-flop');
    const steps = answered(flip, [
      ['iterate-1', '5'],
      ['iterate-2', '-1'],
    ]);
    const points = learnerPoints(flip, steps, pathOf(landscapeOf(flip.function!)!, 1, [-1], 10));
    expect(points.map((p) => [p.step, p.t, p.from && Array.from(p.from)])).toEqual([
      ['iterate-1', 1, [-1]],
      ['iterate-2', 2, [5]],
    ]);
  });
});
