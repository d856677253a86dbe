/**
 * What the framed player is asked to show: a lesson (or one of its exercises), a variant seed, who is learning,
 * and whether an LMS runtime should receive the results. It comes from the page's URL (`?lesson=bowl&exercise=
 * one-step&seed=3&learner=ada`) over an optional inline configuration (a SCORM package's launch page carries one,
 * because LMSs handle query strings in a manifest unevenly). Pure: the page hands in the strings. Also which compiled
 * file the player fetches: the lesson in the learner's language when it is compiled in it (see lessonFile).
 */
import { LOCALES, type Locale } from '../messages/catalogue.js';

export type ScormVersion = '1.2' | '2004';

export interface PlayerLaunch {
  /** The lesson's id: its compiled variants are at `<lessons>/<id>/<variant>.json`. */
  readonly lesson: string;
  /** One exercise of the lesson; the whole lesson when absent. */
  readonly exercise?: string;
  /** Picks the variant (seed mod the number of variants); undefined when the LMS learner's id should pick it. */
  readonly seed?: number;
  readonly learner: string;
  /** The learner's language, when the launch says; otherwise the lesson's own `language` decides. */
  readonly locale?: 'en' | 'fr';
  /** Where the compiled lessons are, relative to the page, ending with a slash. */
  readonly lessons: string;
  /** How many variants are there (0.json …); the site's own count when absent. */
  readonly variants?: number;
  /**
   * The languages the lesson is compiled in besides its own, as `<variant>.<locale>.json` (a package's launch says,
   * `"locales": "fr"`); absent, every language of the catalogue (the site writes each).
   */
  readonly locales?: readonly Locale[];
  /** Report to a SCORM runtime of this version, when the page is launched by an LMS. */
  readonly scorm?: ScormVersion;
  /** The scaled score (0 … 1) that passes, when the LMS does not say. */
  readonly passing: number;
}

export type LaunchResult =
  { readonly ok: true; readonly launch: PlayerLaunch } | { readonly ok: false; readonly message: string };

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;
/** Relative and same-folder or below: the player never fetches from another site, whatever its URL says. */
const LESSONS_DIR = /^(?:\.\/)?(?:[A-Za-z0-9_-]+\/)*$/;
export const DEFAULT_PASSING = 0.8;

const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;

/**
 * The launch from URL parameters over the inline configuration (an object, from JSON). Unknown parameters are
 * ignored: LMSs add their own.
 */
export function parseLaunch(params: URLSearchParams, config: Record<string, unknown> = {}): LaunchResult {
  const get = (name: string): string | undefined => params.get(name) ?? text(config[name]);
  const lesson = get('lesson');
  if (lesson === undefined || lesson === '')
    return { ok: false, message: 'No lesson was chosen: add ?lesson=<id> to the address, for instance ?lesson=bowl.' };
  if (!ID.test(lesson)) return { ok: false, message: `“${lesson.slice(0, 80)}” is not a lesson id.` };
  const exercise = get('exercise') || undefined;
  if (exercise !== undefined && !ID.test(exercise))
    return { ok: false, message: `“${exercise.slice(0, 80)}” is not an exercise id.` };
  const seedText = get('seed');
  let seed: number | undefined;
  if (seedText !== undefined && seedText !== '') {
    if (!/^\d{1,10}$/.test(seedText) || Number(seedText) > 0xffffffff)
      return { ok: false, message: `The seed “${seedText.slice(0, 20)}” is not a whole number from 0 to 4294967295.` };
    seed = Number(seedText);
  }
  const learner = (get('learner') ?? '').slice(0, 200) || 'anonymous';
  const localeText = get('locale');
  const locale = localeText === undefined || localeText === '' ? undefined : localeText === 'fr' ? 'fr' : 'en';
  const lessons = get('lessons') ?? 'lessons/';
  if (!LESSONS_DIR.test(lessons)) return { ok: false, message: 'The lessons folder must be a relative folder path.' };
  const variantsText = get('variants');
  const variants = variantsText === undefined ? undefined : Number(variantsText);
  if (variants !== undefined && !(Number.isInteger(variants) && variants >= 1 && variants <= 1000))
    return { ok: false, message: `The number of variants “${variantsText}” is not a whole number from 1 to 1000.` };
  const localesText = get('locales');
  const locales =
    localesText === undefined ? undefined : LOCALES.filter((l) => localesText.split(',').map(primary).includes(l));
  const scormText = get('scorm');
  const scorm = scormText === '1.2' || scormText === '2004' ? scormText : undefined;
  const passingText = get('passing');
  const passing = passingText === undefined ? DEFAULT_PASSING : Number(passingText);
  if (!(passing >= 0 && passing <= 1))
    return { ok: false, message: `The passing score “${passingText}” is not a number from 0 to 1.` };
  return {
    ok: true,
    launch: {
      lesson,
      ...(exercise ? { exercise } : {}),
      ...(seed !== undefined ? { seed } : {}),
      learner,
      ...(locale ? { locale } : {}),
      lessons,
      ...(variants !== undefined ? { variants } : {}),
      ...(locales ? { locales } : {}),
      ...(scorm ? { scorm } : {}),
      passing,
    },
  };
}

/** A language tag's primary subtag, lower-cased: fr-CA, fr_FR and FR are fr. */
const primary = (tag: string): string => tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The learner's language: the first of `preferences` (the launch's `locale`, the LMS's learner preference, the
 * browser's language, in that order) that the catalogue speaks, or undefined (then the lesson's own decides).
 */
export function learnerLocale(preferences: readonly (string | undefined)[]): Locale | undefined {
  for (const tag of preferences) {
    const locale = LOCALES.find((l) => l === primary(tag ?? ''));
    if (locale) return locale;
  }
  return undefined;
}

/**
 * The compiled lesson the player fetches for `variant`: `<id>/<variant>.<locale>.json` when the lesson is compiled
 * in the learner's language, else `<id>/<variant>.json` (its own language).
 */
export function lessonFile(launch: PlayerLaunch, variant: number, locale: Locale | undefined): string {
  const compiled = locale !== undefined && (launch.locales ?? LOCALES).includes(locale);
  return `${launch.lessons}${encodeURIComponent(launch.lesson)}/${variant}${compiled ? `.${locale}` : ''}.json`;
}
