/**
 * The languages a lesson's text is in, so that every part of the page carries the right `lang` and a screen reader
 * pronounces it in it: the elements' own words (`ui`: buttons, labels, verdicts, in the `locale` given), the
 * engine's words compiled into the lesson (`text`: generated prompts, hints, solutions, feedback, in the lesson's
 * `language`), and the teacher's prose (`prose`: titles, the introduction, and what a step's `written` marks).
 */
import type { CompiledLesson } from '../../src/content/compile.js';
import type { WrittenPart } from '../../src/content/derived.js';
import type { Locale } from '../strings.js';

export interface Languages {
  readonly ui: Locale;
  readonly text: Locale;
  readonly prose: Locale;
}

/** One language for everything: an exercise shown on its own, in its locale. */
export const oneLanguage = (locale: Locale): Languages => ({ ui: locale, text: locale, prose: locale });

export function languagesOf(lesson: Pick<CompiledLesson, 'language' | 'proseLanguage'>, ui: Locale): Languages {
  const text = lesson.language ?? 'en';
  return { ui, text, prose: lesson.proseLanguage ?? text };
}

/** The language of a part that the teacher may have written (a prompt, the hints, a statement). */
export const partLanguage = (l: Languages, written: readonly WrittenPart[] | undefined, part: WrittenPart): Locale =>
  written?.includes(part) ? l.prose : l.text;
