/**
 * Everything a descent plot shows, in data coordinates, from an exercise and
 * the learner's answers: the function, the engine's path, the learner's
 * points, the view, the arrows (two variables) or the tangent (one), and the
 * contour lines. Pure; the element only maps it to pixels.
 */
import type { CompiledExercise } from '../content/compile.js';
import { run, stepper } from '../content/descent.js';
import type { StepView } from '../tutor/state.js';
import { gradientArrow, stepArrow, type Arrow, type Box } from './arrows.js';
import { geometricLevels, isolines, quantileLevels, sampleGrid, type Grid, type Polyline } from './contours.js';
import { currentIndex, learnerPoints, type LearnerPoint } from './learner.js';
import { pathOf, landscapeOf, type PlotFunction, type Landscape } from './landscape.js';
import { tangentAt, type Tangent } from './tangent.js';
import { curveView, framedPath, lineRange, squareView } from './view.js';

export type LevelSpacing = 'quantile' | 'geometric';

export interface PlotInput {
  readonly fn: PlotFunction;
  readonly start?: readonly number[] | undefined;
  readonly learningRate?: number | undefined;
  /** The exercise whose steps the learner's answers belong to. */
  readonly exercise?: Pick<CompiledExercise, 'steps' | 'function' | 'path'> | undefined;
  readonly steps?: readonly StepView[] | undefined;
  /** A fixed view (the explorer's); otherwise one is chosen around the start, the path and the learner's points. */
  readonly view?: Box | undefined;
  /** The most iterates drawn. */
  readonly iterations?: number | undefined;
  /**
   * Keep the engine's answers out of the picture (its path beyond the start, the gradient and step
   * arrows, the tangent), while the learner is still working them out: only the function, the start
   * and the learner's own points are drawn.
   */
  readonly conceal?: boolean | undefined;
}

export interface PlotModel {
  readonly landscape: Landscape;
  readonly dimension: 1 | 2;
  readonly start: Float64Array | undefined;
  readonly learningRate: number | undefined;
  /** The engine's iterates θ₀ … θₜ (just θ₀ without a rate, empty without a start). */
  readonly path: readonly Float64Array[];
  readonly learner: readonly LearnerPoint[];
  /** The index in `path` of the point the arrows (or the tangent) stand at. */
  readonly current: number;
  readonly view: Box;
  readonly gradient?: Arrow | undefined;
  readonly step?: Arrow | undefined;
  readonly tangent?: Tangent | undefined;
}

/** The model, or undefined when the function cannot be drawn (not 1 or 2 variables, or unreadable). */
export function plotModel(input: PlotInput): PlotModel | undefined {
  const dimension = input.fn.variables.length;
  if (dimension !== 1 && dimension !== 2) return undefined;
  const landscape = landscapeOf(input.fn);
  if (!landscape) return undefined;
  const start =
    input.start?.length === dimension && input.start.every(Number.isFinite)
      ? Float64Array.from(input.start)
      : undefined;
  const learningRate =
    input.learningRate !== undefined && input.learningRate > 0 && Number.isFinite(input.learningRate)
      ? input.learningRate
      : undefined;
  // An optimiser's path comes compiled with its exercise; plain descent is run here.
  const compiled = input.exercise?.path?.map((p) => Float64Array.from(p));
  const engine = compiled
    ? compiled
    : start
      ? learningRate
        ? pathOf(landscape, learningRate, start, input.iterations ?? 1000)
        : [start]
      : [];
  // The learner's points are judged against the whole path; only what is drawn is concealed.
  const learner = input.exercise && input.steps ? learnerPoints(input.exercise, input.steps, engine) : [];
  const path = input.conceal ? engine.slice(0, 1) : engine;
  const current = currentIndex(learner, path.length);
  const view = input.view ?? chooseView(landscape, dimension, path, learner, learningRate);
  // The arrows (two variables) or the tangent (one) stand at the current point, unless concealed.
  const at = input.conceal ? undefined : path[current];
  const common: Omit<PlotModel, 'view'> = { landscape, dimension, start, learningRate, path, learner, current };
  if (dimension === 2)
    return {
      ...common,
      view,
      gradient: at && gradientArrow(landscape, at, view),
      step: at && learningRate ? stepArrow(landscape, at, learningRate, view) : undefined,
    };
  const full: Box = { x: view.x, y: view.y[0] === view.y[1] ? curveView(landscape, view.x).y : view.y };
  return { ...common, view: full, tangent: at && tangentAt(landscape, at[0]!, full) };
}

function chooseView(
  landscape: Landscape,
  dimension: 1 | 2,
  path: readonly Float64Array[],
  learner: readonly LearnerPoint[],
  learningRate: number | undefined,
): Box {
  const settles =
    learningRate !== undefined && landscape.gradient !== undefined && path[0] !== undefined
      ? run(stepper(landscape.gradient, learningRate), path[0]).regime !== 'diverges'
      : true;
  const points = [...framedPath([...path], settles), ...learner.map((p) => p.point)];
  if (dimension === 2) return squareView(points);
  const x = points.length > 0 ? lineRange(points.map((p) => p[0]!)) : ([-5, 5] as const);
  return curveView(landscape, x);
}

export interface ContourSet {
  readonly grid: Grid;
  readonly levels: readonly number[];
  /** Per level: the open lines, to stroke. */
  readonly lines: readonly (readonly Polyline[])[];
  /** Per level: the closed loops around f < level, to fill (even-odd). */
  readonly loops: readonly (readonly Polyline[])[];
}

/** The contour map of a two-variable function over the view, at `resolution` cells a side. */
export function contourSet(
  landscape: Landscape,
  view: Box,
  resolution: number,
  spacing: LevelSpacing,
  count = 8,
): ContourSet {
  const grid = sampleGrid(landscape.f, view.x, view.y, resolution);
  const levels = spacing === 'geometric' ? geometricLevels(grid.values, count) : quantileLevels(grid.values, count);
  return {
    grid,
    levels,
    lines: levels.map((level) => isolines(grid, level)),
    loops: levels.map((level) => isolines(grid, level, { closed: true })),
  };
}
