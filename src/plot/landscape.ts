/**
 * An exercise's function made numeric for drawing: f and its partial
 * derivatives compiled from the compiled lesson's trees by the browser-safe
 * evaluator, the path of the engine's one descent run
 * (src/content/descent.ts: the plot keeps no stopping rule of its own), and
 * the points a learner writes read the way the checker reads them.
 */
import { descentPath, stepper } from '../content/descent.js';
import type { Node } from '../math/ast.js';
import { compile, type Compiled } from '../math/evaluate.js';
import { toText } from '../math/format.js';
import { read } from '../math/parse.js';
import { lowerVectors } from '../math/vectors.js';

/** What a plot needs of a compiled exercise's `function`: trees, compiled here, never text read again. */
export interface PlotFunction {
  readonly tree: Node;
  readonly variables: readonly string[];
  /** The partial derivatives, one per variable (empty when none could be derived). */
  readonly gradient: readonly Node[];
  readonly name?: string;
}

export interface Landscape {
  /** The function as text, for captions and as its identity in caches (written from the tree, never read). */
  readonly text: string;
  readonly variables: readonly string[];
  readonly name: string;
  readonly f: Compiled;
  /** The compiled partial derivatives, or undefined when the lesson has none. */
  readonly gradient: readonly Compiled[] | undefined;
}

function compileTree(tree: Node, variables: readonly string[]): Compiled | undefined {
  try {
    return compile(tree, variables);
  } catch {
    return undefined; // a symbol that is not a variable: nothing to draw
  }
}

/** Each function compiled once: a dragged slider redraws its plots every frame from the same function. */
const compiled = new WeakMap<PlotFunction, Landscape | null>();

/** The function compiled for drawing, or undefined when it cannot be (then no plot is shown). */
export function landscapeOf(fn: PlotFunction): Landscape | undefined {
  const known = compiled.get(fn);
  if (known !== undefined) return known ?? undefined;
  const landscape = compileLandscape(fn);
  compiled.set(fn, landscape ?? null);
  return landscape;
}

function compileLandscape(fn: PlotFunction): Landscape | undefined {
  const f = compileTree(fn.tree, fn.variables);
  if (!f) return undefined;
  const partials = fn.gradient.map((g) => compileTree(g, fn.variables));
  const gradient =
    partials.length === fn.variables.length && partials.every((p) => p !== undefined) ? partials : undefined;
  return { text: toText(fn.tree), variables: fn.variables, name: fn.name ?? 'f', f, gradient };
}

export const valueAt = (landscape: Landscape, point: ArrayLike<number>): number =>
  landscape.f(point instanceof Float64Array ? point : Float64Array.from(point));

export function gradientAt(landscape: Landscape, point: ArrayLike<number>): Float64Array | undefined {
  if (!landscape.gradient) return undefined;
  const theta = point instanceof Float64Array ? point : Float64Array.from(point);
  return Float64Array.from(landscape.gradient, (g) => g(theta));
}

/** The last path worked out: the rate explorer and its plot ask for the same one in the same frame. */
let lastPath:
  | {
      readonly landscape: Landscape;
      readonly learningRate: number;
      readonly start: Float64Array;
      readonly max: number;
      readonly path: readonly Float64Array[];
    }
  | undefined;

/**
 * The engine's path at a learning rate, or just the start when the lesson has no gradient. The same path is
 * handed to every caller that asks for it again: read it, never change it.
 */
export function pathOf(
  landscape: Landscape,
  learningRate: number,
  start: ArrayLike<number>,
  max = 1000,
): readonly Float64Array[] {
  if (!landscape.gradient) return [Float64Array.from(start)];
  const last = lastPath;
  if (
    last?.landscape === landscape &&
    last.learningRate === learningRate &&
    last.max === max &&
    last.start.length === start.length &&
    last.start.every((x, k) => Object.is(x, start[k]))
  )
    return last.path;
  const path = descentPath(stepper(landscape.gradient, learningRate), start, max);
  lastPath = { landscape, learningRate, start: Float64Array.from(start), max, path };
  return path;
}

/** The loss per iteration along a path. */
export const lossSeries = (landscape: Landscape, path: readonly Float64Array[]): number[] =>
  path.map((theta) => landscape.f(theta));

/**
 * A point the learner wrote, read as the checker reads it: `(3.6, 4.8)`,
 * `(3, 4) - 0.1(6, 8)`, `2.4` for one variable. Undefined when it is not a
 * number or a vector of `dimension` numbers (unreadable, or still symbolic).
 */
export function pointOf(text: string, variables: readonly string[]): Float64Array | undefined {
  if (text.trim() === '') return undefined;
  const r = read(text, { variables });
  if (!r.ok) return undefined;
  const lowered = lowerVectors(r.node);
  if (!lowered.ok) return undefined;
  const parts = 'scalar' in lowered ? [lowered.scalar] : lowered.components;
  if (parts.length !== variables.length) return undefined;
  const values = new Float64Array(parts.length);
  for (let k = 0; k < parts.length; k++) {
    try {
      values[k] = compile(parts[k]!, [])(new Float64Array(0));
    } catch {
      return undefined; // a variable left in: not a point
    }
    if (!Number.isFinite(values[k])) return undefined;
  }
  return values;
}
