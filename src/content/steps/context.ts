/**
 * What a step derivation receives and returns, and the helpers every step
 * kind shares: naming the point, building vectors, templates for error
 * carried forward.
 */
import { toLatex, type Tolerance, type Node } from '../../math/index.js';
import type { DerivedStep, StepRole } from '../derived.js';
import type { StepFile } from '../schema.js';
import { pointLatex, valueShort, type Point } from '../values.js';
import { latexName, type Workings } from '../workings.js';
import { say, type Locale } from '../../messages/catalogue.js';
import { STEPS_COMMON } from '../../messages/steps-common.js';

/** A step derived earlier in the same exercise, as later steps see it. */
export interface Earlier {
  readonly id: string;
  readonly step: StepFile;
}

export interface StepInput<S extends StepFile = StepFile> {
  /** The step's id (a table's cells take it as their prefix). */
  readonly id: string;
  readonly step: S;
  readonly workings: Workings;
  readonly earlier: readonly Earlier[];
  readonly tolerance: Tolerance;
  /** The exercise's seed (the learner's variant), for what is drawn per learner (a choice's order). */
  readonly seed?: number;
  /** The language the step's words are written in: the lesson's (`language:`), or the one asked for. */
  readonly locale: Locale;
}

/**
 * A derivation before the teacher's overrides and the generic parts are applied:
 * a derived step without its id, kind and noun (set by compile.ts, except for a
 * table's cells, which carry their own), and with only the confirmation of a
 * right answer as feedback.
 */
export type Derivation = Omit<DerivedStep, 'id' | 'kind' | 'noun' | 'feedback' | 'role' | 't'> & {
  readonly id?: string;
  readonly noun?: string;
  /** A table's cells say what each stands for; other steps take it from their kind (compile.ts). */
  readonly role?: StepRole;
  readonly t?: number;
  readonly correct: string;
};

/** θₜ named the way a teacher writes it: θ₀ is "the start (3, 4)". */
export function pointName(w: Workings, t: number): string {
  const theta = w.variables.length === 1 ? latexName(w.variables[0]!) : '\\theta';
  return `${theta}_{${t}}`;
}

/**
 * The point a question is asked at: the start with its coordinates; a later
 * iterate by name only, since its coordinates are what an earlier step asks.
 */
export const at = (w: Workings, t: number, locale: Locale): string =>
  t === 0
    ? `$${pointName(w, t)} = ${pointLatex(w.point(t))}$`
    : say(STEPS_COMMON, locale).after({ name: pointName(w, t), t });

/** A vector or a scalar as checker text, by the exercise's dimension. */
export const quantityLatex = (p: Point): string => pointLatex(p);

/** A point as an operand after − or ·: a lone negative number is bracketed (0.1 · (−12), not 0.1 · −12). */
export const operandLatex = (p: Point): string =>
  p.length === 1 && p[0]!.number < 0 ? `\\left(${pointLatex(p)}\\right)` : pointLatex(p);

export { pointAnswer, valueAnswer } from '../quantity.js';

/** The learning rate as the text writes it: α = 0.1, or (0.1, 0.5) with one rate per coordinate. */
export const rateLatex = (w: Workings): string => (w.perCoordinate ? pointLatex(w.rates) : valueShort(w.learningRate));

/** α∇f's operator: a product for one rate, the element-wise product ⊙ for one rate per coordinate. */
export const rateProduct = (w: Workings): string => (w.perCoordinate ? '\\odot' : '\\cdot');

/** The same operator between the symbols α and ∇f: nothing (α∇f) for one rate, ⊙ (α ⊙ ∇f) for one per coordinate. */
export const rateTimes = (w: Workings): string => (w.perCoordinate ? '\\odot ' : '');

export const partialLatex = (w: Workings, v: string): string =>
  `\\frac{\\partial ${w.name}}{\\partial ${latexName(v)}}`;

/** The most recent earlier step satisfying `match`, for carrying its answer forward. */
export function findEarlier(earlier: readonly Earlier[], match: (s: StepFile) => boolean): Earlier | undefined {
  for (let k = earlier.length - 1; k >= 0; k--) if (match(earlier[k]!.step)) return earlier[k];
  return undefined;
}

/** The input symbols for an earlier step's answer: one, or one per component. */
export function inputsFor(e: Earlier, components: number, prefix: string) {
  return components === 1
    ? [{ symbol: prefix, step: e.id }]
    : Array.from({ length: components }, (_, k) => ({ symbol: `${prefix}c${k + 1}`, step: e.id, component: k + 1 }));
}

/** A carry-forward template, a vector or a scalar, from its components' trees. */
export const templateOf = (parts: readonly Node[]): Node =>
  parts.length === 1 ? parts[0]! : { type: 'vector', items: parts };

export const nodeLatex = (n: Node): string => toLatex(n);
export const short = valueShort;
