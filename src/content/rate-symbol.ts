/**
 * The learning rate under the lesson's own name: the engine writes α (`\alpha`), and a lesson that names the rate
 * η (`rate_symbol: eta`, or prose that writes η and never α) reads η in every generated sentence, formula and
 * named mistake, the way it reads J or L for the function. Only the engine's text is renamed: the teacher's own
 * words are laid over it afterwards, as written.
 */
import type { Misconception } from './derived.js';
import type { LessonFile } from './schema.js';
import type { Derivation } from './steps/context.js';

export type RateSymbol = 'alpha' | 'eta';

/** `\alpha` in LaTeX and α in prose, as η: `\alpha_k` → `\eta_k`, but `\alphabet` is left alone. */
export const withEta = (text: string): string => text.replace(/\\alpha(?![a-zA-Z])/g, '\\eta').replaceAll('α', 'η');

/** A text under the rate's name. */
export const rateNamed = (text: string, symbol: RateSymbol): string => (symbol === 'eta' ? withEta(text) : text);

/** A derivation's words under the rate's name (its answers are data, and have no name for it). */
export function renameRate(d: Derivation, symbol: RateSymbol): Derivation {
  if (symbol === 'alpha') return d;
  return {
    ...d,
    title: withEta(d.title),
    ...(d.noun !== undefined ? { noun: withEta(d.noun) } : {}),
    prompt: withEta(d.prompt),
    answerLatex: withEta(d.answerLatex),
    solution: d.solution.map(withEta),
    hints: d.hints.map(withEta),
    correct: withEta(d.correct),
    misconceptions: d.misconceptions.map((m): Misconception => ({
      ...m,
      name: withEta(m.name),
      feedback: withEta(m.feedback),
    })),
  };
}

/** Every string a teacher wrote in a lesson (prose, hints, options…), for guessing how it names the rate. */
function teacherText(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) teacherText(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) teacherText(v, out);
  return out;
}

const ETA = /\\eta(?![a-zA-Z])|η/;
const ALPHA = /\\alpha(?![a-zA-Z])|α/;

/** The lesson's name for the rate: its `rate_symbol`, else η when its own words write η and never α, else α. */
export function lessonRateSymbol(lesson: LessonFile): RateSymbol {
  if (lesson.rate_symbol) return lesson.rate_symbol;
  const words = teacherText(lesson);
  return words.some((w) => ETA.test(w)) && !words.some((w) => ALPHA.test(w)) ? 'eta' : 'alpha';
}
