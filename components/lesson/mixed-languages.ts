/**
 * The console warning an integrator sees when `<gd-lesson locale="fr">` is given a lesson compiled in another
 * language: the elements' words (buttons, verdicts, how 2,4 is read) follow `locale`, but the prompts, hints and
 * solutions are text compiled into the lesson, so the learner would read two languages. Said once per lesson,
 * language and source, with the file to load instead.
 */
import type { CompiledLesson } from '../../src/content/compile.js';
import type { Locale } from '../strings.js';

const said = new Set<string>();

/** The compiled lesson in `locale` beside `src`: lessons/bowl/0.json or 0.en.json → lessons/bowl/0.fr.json. */
export function sameLessonIn(src: string, locale: Locale): string | undefined {
  const m = /^(.*\/\d+)(?:\.[a-z]{2})?\.json((?:[?#].*)?)$/.exec(src);
  return m ? `${m[1]}.${locale}.json${m[2]}` : undefined;
}

/** The warning's text, or undefined when the lesson's compiled words are in `locale`. */
export function mixedLanguagesMessage(lesson: CompiledLesson, locale: Locale, src: string): string | undefined {
  const compiled = lesson.language ?? 'en';
  if (compiled === locale) return undefined;
  const file = src ? sameLessonIn(src, locale) : undefined;
  const instead = file
    ? `load ${file} (the site writes lessons/<id>/<variant>.<locale>.json for every language)`
    : `give it the lesson compiled in ${locale}: lessons/<id>/<variant>.${locale}.json from the site's build, or loadLesson(…, { locale: '${locale}' })`;
  return (
    `gd-tutor: <gd-lesson locale="${locale}"> shows the lesson “${lesson.id}” compiled in ${compiled}` +
    `${src ? ` (${src})` : ''}: its prompts, hints and worked solutions are in ${compiled} while the buttons and ` +
    `messages are in ${locale}. To show it all in ${locale}, ${instead}; or drop locale to use the lesson's language.`
  );
}

export function warnMixedLanguages(lesson: CompiledLesson, locale: Locale, src: string): void {
  const message = mixedLanguagesMessage(lesson, locale, src);
  const key = `${lesson.id}\0${locale}\0${src}`;
  if (message === undefined || said.has(key)) return;
  said.add(key);
  console.warn(message);
}
