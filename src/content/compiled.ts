/**
 * The compiled lesson: what the compiler writes (lessons/<id>/<variant>.json)
 * and every later layer reads, as plain JSON with a format version. Opening
 * one checks that version: a lesson compiled to another format is refused
 * with a message that says what to do, never half-read. Browser-safe.
 */
import type { Locale } from '../messages/catalogue.js';
import type { Node } from '../math/ast.js';
import type { ComparedPath } from './comparison.js';
import type { DerivedStep, WrittenPart } from './derived.js';

/**
 * The format: 2 holds answers, named mistakes and carry-forward rules as data (trees, numbers), with each
 * step's role and iterate t; 1 held them as text for every layer to read again.
 */
export const FORMAT_VERSION = 2;

export interface Policy {
  readonly attempts: number;
  readonly hintCost: number;
  readonly solutionCost: number;
  readonly retryCost: number;
  readonly carriedForwardCredit: number;
  readonly unlock: 'sequential' | 'free';
}

export interface CompiledExercise {
  readonly id: string;
  readonly title: string;
  readonly statement: string;
  readonly seed: number;
  /** The variant's drawn parameters, by name. */
  readonly parameters: Readonly<Record<string, number>>;
  /** The function descended; absent for a set of questions only (choice and number steps). */
  readonly function?: {
    readonly latex: string;
    /** The function as checker text, for people (captions, the `solve` listing). */
    readonly text: string;
    readonly variables: readonly string[];
    readonly name: string;
    /** The function as a tree in its variables (for plots in the browser). */
    readonly tree: Node;
    /** The partial derivatives, one per variable, as trees (for plots and descent in the browser). */
    readonly gradient: readonly Node[];
  };
  readonly start?: readonly number[];
  readonly learningRate?: number;
  /** The learning rate's name when the lesson writes η (rate_symbol); α when absent. */
  readonly rateSymbol?: 'η';
  /** The iterates θ₀, θ₁, … of an exercise with an optimiser or a schedule, which plots draw instead of plain descent. */
  readonly path?: readonly (readonly number[])[];
  /** Other optimisers run from the same start (`compare:`), drawn beside the exercise's own path. */
  readonly comparison?: readonly ComparedPath[];
  readonly steps: readonly DerivedStep[];
  /** `['statement']` when the teacher wrote the statement and the lesson was compiled in another language. */
  readonly written?: readonly WrittenPart[];
  /** Its prose and math rendered at compile time (prose-html.ts): Markdown source → HTML. */
  readonly html?: Readonly<Record<string, string>>;
}

export interface CompiledLesson {
  readonly format: typeof FORMAT_VERSION;
  readonly id: string;
  readonly title: string;
  /** The language of the engine's words in it (the lesson's `language:`, or the one compiled for); en when absent. */
  readonly language?: Locale;
  /**
   * The language of the teacher's prose (title, introduction, exercise titles and what `written` marks), when it is
   * not `language`: an English lesson compiled in French says `proseLanguage: 'en'`. Absent, the prose is in `language`.
   */
  readonly proseLanguage?: Locale;
  readonly introduction: string;
  readonly policy: Policy;
  readonly exercises: readonly CompiledExercise[];
  /** The introduction rendered at compile time (prose-html.ts). */
  readonly html?: Readonly<Record<string, string>>;
}

export type Opened =
  { readonly ok: true; readonly lesson: CompiledLesson } | { readonly ok: false; readonly message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A step of format 2 holds its answer as data: an object with a type, and a role. */
const isStep = (s: unknown): boolean =>
  isObject(s) &&
  typeof s.id === 'string' &&
  typeof s.role === 'string' &&
  isObject(s.answer) &&
  isObject(s.answer.expected) &&
  typeof s.answer.expected.type === 'string' &&
  Array.isArray(s.misconceptions);

const isExercise = (e: unknown): boolean =>
  isObject(e) && typeof e.id === 'string' && Array.isArray(e.steps) && e.steps.every(isStep);

/** Checks parsed JSON is a compiled lesson this version reads; says what to do when it is not. */
export function openCompiledLesson(data: unknown): Opened {
  if (!isObject(data) || typeof data.format !== 'number')
    return { ok: false, message: 'This file is not a compiled gd-tutor lesson (it has no format version).' };
  if (data.format < FORMAT_VERSION)
    return {
      ok: false,
      message: `This lesson was compiled by an older gd-tutor (format ${data.format}; this one reads format ${FORMAT_VERSION}). Compile it again from its YAML file (npm run build, or npx gd-tutor scorm for a package).`,
    };
  if (data.format > FORMAT_VERSION)
    return {
      ok: false,
      message: `This lesson was compiled by a newer gd-tutor (format ${data.format}; this one reads up to format ${FORMAT_VERSION}). Update the page's gd-tutor to show it.`,
    };
  if (
    typeof data.id !== 'string' ||
    !isObject(data.policy) ||
    !Array.isArray(data.exercises) ||
    !data.exercises.every(isExercise)
  )
    return { ok: false, message: 'This compiled lesson is damaged (its exercises do not read); compile it again.' };
  return { ok: true, lesson: data as unknown as CompiledLesson };
}
