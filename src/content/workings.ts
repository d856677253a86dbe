/**
 * The calculations behind one exercise variant, each done once and kept:
 * the partial derivatives (symbolic), the iterates θₜ (exact where possible),
 * the gradient and the loss at each. Step derivations read from here, so a
 * lesson with ten steps differentiates its function once per variable.
 */
import { differentiate, type Derivative, type DerivativeResult } from '../math/derivative.js';
import { UnknownSymbolError } from '../math/evaluate.js';
import { bin, compile, num, substitute, terminates, toLatex, toText, type Node } from '../math/index.js';
import type { Problem } from './problem.js';
import { PLAIN, Trajectory, type Method } from './optimizer.js';
import { combine, evaluateAt, type Point, type Value } from './values.js';

export class DerivationError extends Error {}

/** Which steps a per-coordinate rate serves (README "Per-coordinate rates"); the others need one α. */
export const PER_COORDINATE_KINDS = [
  'update',
  'step',
  'iterate',
  'table',
  'loss',
  'gradient',
  'norm',
  'limit',
  'limit_loss',
  'iterations_to',
] as const;

export const PER_COORDINATE_REFUSED = `this step needs one learning rate α, and learning_rate gives one per coordinate. Per-coordinate rates serve ${PER_COORDINATE_KINDS.join(', ')} steps; give this exercise one number for learning_rate, or ask one of those.`;

export class Workings {
  private readonly partials = new Map<string, Derivative>();
  private readonly points: Point[] = [];
  private run: Trajectory | undefined;

  constructor(readonly problem: Problem) {
    if (problem.start) this.points.push(problem.start);
  }

  get variables(): readonly string[] {
    return this.problem.variables;
  }

  get name(): string {
    return this.problem.name;
  }

  /** f(x, y) as LaTeX: "f(x, y)". */
  get signature(): string {
    return `${this.name}(${this.variables.map(latexName).join(', ')})`;
  }

  get fLatex(): string {
    return toLatex(this.problem.f);
  }

  partial(wrt: string): Derivative {
    let d = this.partials.get(wrt);
    if (!d) {
      const result = derivativeOf(this.problem.f, wrt, this.variables);
      if (!result.ok) throw new DerivationError(result.message);
      d = result.value;
      this.partials.set(wrt, d);
    }
    return d;
  }

  gradient(): Derivative[] {
    return this.variables.map((v) => this.partial(v));
  }

  get learningRate(): Value {
    if (this.problem.rates) throw new DerivationError(PER_COORDINATE_REFUSED);
    if (!this.problem.learningRate) throw new DerivationError('This step needs a learning_rate.');
    return this.problem.learningRate;
  }

  /** One rate per coordinate: the exercise's own (`learning_rate: [0.1, 0.5]`), or its one α for each. */
  get rates(): Point {
    return this.problem.rates ?? this.variables.map(() => this.learningRate);
  }

  /** Whether the exercise gives one rate per coordinate, so that the update is θ − α ⊙ ∇f. */
  get perCoordinate(): boolean {
    return this.problem.rates !== undefined;
  }

  /** The numbers of the rates, for running descent in floating point: one, or one per coordinate. */
  get rateNumbers(): number | number[] {
    return this.problem.rates ? this.problem.rates.map((r) => r.number) : this.learningRate.number;
  }

  /** How this exercise descends (plain gradient descent unless it says otherwise). */
  get method(): Method {
    return this.problem.method ?? PLAIN;
  }

  /** The run of the exercise's optimiser from the start, with its state at every step. */
  trajectory(): Trajectory {
    if (this.points.length === 0) throw new DerivationError('This step needs a start point.');
    this.run ??= new Trajectory(this.method, this.points[0]!, this.learningRate, (p) => this.gradientAt(p));
    return this.run;
  }

  /**
   * The same run in floating point only, for drawing a long path: exact rationals in an optimiser's state grow by
   * hundreds of digits over sixty steps, and their greatest common divisors were most of compiling such a lesson.
   */
  approximateTrajectory(): Trajectory {
    const approximate = (v: Value): Value => ({ number: v.number });
    const start = this.trajectory().at(0).theta.map(approximate);
    return new Trajectory(this.method, start, approximate(this.learningRate), (p) => this.gradientAt(p));
  }

  /** θₜ, the iterate after t steps from the start. */
  point(t: number): Point {
    if (this.problem.method) return this.trajectory().at(t).theta;
    if (this.points.length === 0) throw new DerivationError('This step needs a start point.');
    while (this.points.length <= t) {
      const theta = this.points[this.points.length - 1]!;
      const g = this.gradientAt(theta);
      const rates = this.rates;
      this.points.push(theta.map((x, k) => combine(x, combine(rates[k]!, g[k]!, '*'), '-')));
    }
    return this.points[t]!;
  }

  gradientAt(theta: Point): Point {
    return this.gradient().map((d) => evaluateAt(d.node, this.variables, theta));
  }

  lossAt(theta: Point): Value {
    return evaluateAt(this.problem.f, this.variables, theta);
  }

  /** The compiled partials, for running descent numerically. */
  compiledGradient() {
    return this.gradient().map((d) => compile(d.node, this.variables));
  }

  /** The function's text, for checker templates. */
  get fText(): string {
    return toText(this.problem.f);
  }
}

/**
 * The derivative, with any failure of the symbolic engines (a name it writes
 * that we cannot read back, say) turned into a message about this function.
 */
function derivativeOf(f: Node, wrt: string, variables: readonly string[]): DerivativeResult {
  try {
    return differentiate(f, wrt, variables);
  } catch (e) {
    const why =
      e instanceof UnknownSymbolError
        ? /^(?:-?Infinity|NaN|undefined)$/.test(e.symbol)
          ? `it is ${e.symbol} (the function divides by zero, or is undefined, everywhere)`
          : `it comes out in terms of “${e.symbol}”, which the checker cannot evaluate`
        : e instanceof Error
          ? e.message
          : String(e);
    return { ok: false, message: `The derivative with respect to ${wrt} could not be worked out: ${why}.` };
  }
}

/** A variable's name in LaTeX: θ for theta, x_{1} for x1. */
export function latexName(name: string): string {
  return toLatex({ type: 'symbol', name });
}

/** f with a point substituted, shown as it is worked by hand: "2.4^2 + 3.2^2", exact where the point is. */
export function substituted(node: Node, variables: readonly string[], theta: Point): string {
  const values = Object.fromEntries(variables.map((v, k) => [v, shown(theta[k]!)]));
  return toLatex(substitute(node, values));
}

/** A value as a number node: exactly (a decimal, or a fraction), else to 6 significant digits. */
function shown(v: Value): Node {
  if (v.exact && terminates(v.exact)) return num(v.number);
  if (v.exact) {
    const fraction = bin('/', num(Number(v.exact.n < 0n ? -v.exact.n : v.exact.n)), num(Number(v.exact.d)));
    return v.exact.n < 0n ? { type: 'neg', arg: fraction } : fraction;
  }
  return num(Number(v.number.toPrecision(6)));
}
