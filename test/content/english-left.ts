/**
 * English left in a lesson compiled in another language: each sentence of a learner-visible string that the
 * teacher did not write (the lesson file's own words are the teacher's language, not ours) and that has an
 * English function word in its words (outside math). Used by the French sweep.
 */
import { parse } from 'yaml';
import { mathSpans } from '../../src/content/math-spans.js';

/** Words that are English and not French: a generated sentence with one of them was not translated. */
const ENGLISH = new Set(
  (
    'the is are of and with that this what from by it its at in for not into then right how many which where your you ' +
    'take find compute give put evaluate list step steps was were be has have do does first each every one two than ' +
    'they them their there these those when while after before against solve set row column write like ' +
    'saddle derivative rate learning descent update loss value answer instead vector unit downhill uphill length ' +
    'square root sign slope largest smallest curvature matrix entry entries row rows zero should must'
  ).split(' '),
);
// Words French shares with English (une direction, un gradient, les variables, le minimum, un point…) are not in it.

/** Plain words of a text: math spans, markup and numbers taken out, lower case, single spaces. */
function words(text: string): string {
  let rest = text;
  for (const span of mathSpans(text).reverse()) rest = `${rest.slice(0, span.start)} ${rest.slice(span.end)}`;
  return rest
    .replace(/\{\{?\w+\}?\}/g, ' ')
    .replace(/[*_`#>[\]()]/g, ' ')
    .replace(/[\d.,;:!?"“”«»’'‘−+=×·/|-]+/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every string the teacher wrote in a lesson file (introduction, titles, hints, options…), as plain words. */
export function teacherWords(yamlText: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(words(v));
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(parse(yamlText));
  return out.filter((w) => w.length > 0);
}

/** "where: “sentence”" for each sentence of the strings with an English word that the teacher did not write. */
export function englishLeft(strings: readonly (readonly [string, string])[], teacher: readonly string[]): string[] {
  return strings.flatMap(([where, text]) =>
    text
      .split(/(?<=[.?!:;]\)?)\s+/)
      .map(words)
      .filter((sentence) => sentence.length > 0 && !teacher.some((t) => t.includes(sentence)))
      .filter((sentence) => sentence.split(' ').some((w) => ENGLISH.has(w)))
      .map((sentence) => `${where}: “${sentence}”`),
  );
}
