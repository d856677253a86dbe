import { describe, expect, it } from 'vitest';
import { groupSteps, stepNumbers } from '../../components/grid/step-groups.js';
import { lessonFromContent } from '../tutor/fixtures.js';

describe('the steps of an exercise as the page lays them out', () => {
  it('gathers an iteration table’s cells into one table, a row per t, the columns θₜ, f(θₜ), ∇f(θₜ), θₜ₊₁', () => {
    const exercise = lessonFromContent('one-variable.yaml').exercises[0]!;
    const ids = exercise.steps.map((s) => s.id);
    expect(ids.slice(0, 2)).toEqual(['partial-theta', 'table-0-theta']);
    const groups = groupSteps(exercise.steps);
    expect(groups).toEqual([
      { kind: 'step', index: 0 },
      {
        kind: 'table',
        id: 'table',
        first: 1,
        rows: [
          { t: 0, cells: [1, 2, 3, 4] },
          { t: 1, cells: [5, 6, 7, 8] },
          { t: 2, cells: [9, 10, 11, 12] },
        ],
      },
      { kind: 'step', index: 13 },
      { kind: 'step', index: 14 },
    ]);
    // The table is step 2 on the page (and in the summary), whatever its twelve cells.
    expect(stepNumbers(groups, exercise.steps.length)).toEqual([1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 4]);
  });

  it('leaves an exercise without a table one step after another', () => {
    const exercise = lessonFromContent('hessian.yaml').exercises[0]!;
    expect(groupSteps(exercise.steps)).toEqual(exercise.steps.map((_, index) => ({ kind: 'step', index })));
  });

  it('keeps every table of every lesson whole: each cell in exactly one table, in step order', () => {
    const files = ['one-variable.yaml', 'bowl.yaml'];
    for (const file of files)
      for (const exercise of lessonFromContent(file).exercises) {
        const groups = groupSteps(exercise.steps);
        const seen = groups.flatMap((g) =>
          g.kind === 'step' ? [g.index] : g.rows.flatMap((r) => r.cells.filter((i) => i !== undefined)),
        );
        expect(seen).toEqual(exercise.steps.map((_, k) => k));
        for (const g of groups)
          if (g.kind === 'table')
            for (const r of g.rows)
              expect(r.cells.map((i) => exercise.steps[i!]!.id)).toEqual(
                ['theta', 'loss', 'gradient', 'next'].map((c) => `${g.id}-${r.t}-${c}`),
              );
      }
  });
});
