/**
 * The learner's own points, drawn where the learner put them: each answer to
 * a step that names a point (an update, an iterate, a θ cell of a table, a
 * limit) read as the checker reads it, placed beside the engine's iterate it
 * answers for. Nothing here decides right or wrong: the status is the
 * session's grade, passed through.
 */
import type { CompiledExercise } from '../content/compile.js';
import type { DerivedStep } from '../content/derived.js';
import type { StepView } from '../tutor/state.js';
import { pointOf } from './landscape.js';

export type PointStatus = 'right' | 'wrong' | 'unchecked';

export interface LearnerPoint {
  readonly step: string;
  readonly point: Float64Array;
  /** The engine's iterate this answer stands for (θₜ), when it is one of the drawn path. */
  readonly t: number | undefined;
  /** Where this step started from: the learner's own θₜ₋₁ when they gave it, else the engine's. */
  readonly from: Float64Array | undefined;
  readonly limit: boolean;
  readonly status: PointStatus;
  /** The named mistake, as the session named it. */
  readonly mistake?: string;
}

/** A step whose answer is a point of the descent: an iterate (an update, a table's θ cells) or the limit. */
const namesPoint = (step: DerivedStep): boolean => step.role === 'iterate' || step.role === 'limit';

/** The point a step expects, as numbers (a number for one variable, a vector otherwise). */
function expectedPoint(step: DerivedStep): Float64Array | undefined {
  const e = step.answer.expected;
  if (e.type === 'number') return Float64Array.of(e.value);
  if (e.type === 'vector') return Float64Array.from(e.components, (c) => c.value);
  return undefined;
}

/**
 * The index of the path's iterate equal to `point` (relative 10⁻⁶): the hinted one when it matches, else the
 * first that does; undefined when none does.
 */
export function iterateIndex(
  path: readonly Float64Array[],
  point: ArrayLike<number>,
  hint?: number,
): number | undefined {
  let scale = 1;
  for (let k = 0; k < point.length; k++) scale = Math.max(scale, Math.abs(point[k]!));
  const equal = (theta: Float64Array | undefined) =>
    theta?.every((v, k) => Math.abs(v - point[k]!) <= 1e-6 * scale) ?? false;
  if (hint !== undefined && equal(path[hint])) return hint;
  const t = path.findIndex(equal);
  return t < 0 ? undefined : t;
}

function statusOf(view: StepView): { status: PointStatus; mistake?: string } {
  const g = view.grade;
  if (g?.kind === 'correct' || g?.kind === 'carried') return { status: 'right' };
  if (g?.kind === 'misconception') return { status: 'wrong', mistake: g.misconception.name };
  if (g?.kind === 'incorrect') return { status: 'wrong' };
  return { status: 'unchecked' };
}

/** The points the learner has answered, in step order; a later answer for the same θₜ replaces an earlier one. */
export function learnerPoints(
  exercise: Pick<CompiledExercise, 'steps' | 'function'>,
  views: readonly StepView[],
  path: readonly Float64Array[],
): LearnerPoint[] {
  const variables = exercise.function?.variables ?? [];
  const byT = new Map<number, LearnerPoint>();
  const points: LearnerPoint[] = [];
  exercise.steps.forEach((step, k) => {
    const view = views[k];
    if (!view || view.id !== step.id || !namesPoint(step)) return;
    const point = pointOf(view.answer, variables);
    if (!point) return;
    const expected = expectedPoint(step);
    // The step's own t, when the path has θₜ there; else where the path has that point (it may have
    // stopped short, or cycle: α = 1 passes the same point at several t).
    const t = expected && iterateIndex(path, expected, step.t);
    const limit = step.kind === 'limit';
    const earlier = t !== undefined && t > 0 && !limit ? byT.get(t - 1) : undefined;
    const from = limit || t === undefined || t === 0 ? undefined : (earlier?.point ?? path[t - 1]);
    const entry: LearnerPoint = { step: step.id, point, t, from, limit, ...statusOf(view) };
    if (t !== undefined && !limit) {
      const replaced = byT.get(t);
      if (replaced) points.splice(points.indexOf(replaced), 1);
      byT.set(t, entry);
    }
    points.push(entry);
  });
  return points;
}

/**
 * The iterate the arrows stand at: the furthest θₜ the learner has right, or
 * the start. A wrong update leaves them at the point it was taken from, so the
 * picture shows the way down beside the learner's way.
 */
export function currentIndex(points: readonly LearnerPoint[], pathLength: number): number {
  let t = 0;
  for (const p of points) if (p.status === 'right' && !p.limit && p.t !== undefined && p.t > t) t = p.t;
  return Math.min(t, Math.max(0, pathLength - 1));
}
