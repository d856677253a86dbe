/**
 * What the engine wrote in a compiled lesson, sentence by sentence, apart from the teacher's own words (a lesson
 * file's prose is in its teacher's language and notation, not ours): for the sweeps that check the engine's words
 * are in the lesson's language (English left in a French lesson) and notation (α in a lesson that writes η).
 */
import { parse } from 'yaml';
import { mathSpans } from '../../src/content/math-spans.js';
import { plainText } from '../../src/content/plain-text.js';

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

/** Every string the teacher wrote in a lesson file (introduction, titles, hints, options…). */
function teacherStrings(yamlText: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(parse(yamlText));
  // A step's title is plain text: a question's title is the teacher's prompt with its formulas written out.
  // (A constant {{d}} stands as a number there, which words() drops like any number.)
  return [...out, ...out.map((t) => plainText(t.replace(/\{\{\w+\}\}/g, '0')))];
}

/** "where" and each sentence of the strings that the teacher did not write (in words, or verbatim for math). */
export function generatedSentences(
  strings: readonly (readonly [string, string])[],
  yamlText: string,
): [string, string][] {
  const raw = teacherStrings(yamlText);
  const plain = raw.map(words).filter((w) => w.length > 0);
  const taught = (sentence: string) => {
    const w = words(sentence);
    return w.length > 0 ? plain.some((t) => t.includes(w)) : raw.some((t) => t.includes(sentence.trim()));
  };
  return strings.flatMap(([where, text]) =>
    text
      .split(/(?<=[.?!:;]\)?)\s+/)
      .filter((sentence) => sentence.trim().length > 0 && !taught(sentence))
      .map((sentence): [string, string] => [where, sentence]),
  );
}

/** "where: “sentence”" for each generated sentence with an English word (outside math). */
export function englishLeft(strings: readonly (readonly [string, string])[], yamlText: string): string[] {
  return generatedSentences(strings, yamlText)
    .map(([where, sentence]) => [where, words(sentence)] as const)
    .filter(([, w]) => w.split(' ').some((x) => ENGLISH.has(x)))
    .map(([where, w]) => `${where}: “${w}”`);
}
