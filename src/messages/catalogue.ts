/**
 * The message catalogue: every sentence the engine writes for a learner (prompts, hints, feedback, named
 * mistakes, worked solutions, plot descriptions, the summary, the elements' labels), in every language we
 * ship, side by side. One module per area defines its messages with `defineArea`; a caller gets them in a
 * locale with `say`. A message is a string, or a function of typed parameters and a `Format`, which does
 * plurals and numbers the locale's way (Intl). This layer imports nothing: every other layer may use it.
 */

/** The languages the catalogue is complete for; a lesson declares one of them (`language: fr`). */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** The catalogue's language for a locale tag: fr-CA → fr; anything unknown → en. */
export function localeOf(tag: string | undefined): Locale {
  const base = tag?.toLowerCase().split(/[-_]/)[0];
  return isLocale(base) ? base : 'en';
}

/** Plurals, numbers and lists the locale's way, for messages to use. */
export interface Format {
  readonly locale: Locale;
  /** A number as the locale writes it in prose: 0.1 → "0,1" in fr. */
  number(x: number): string;
  /** The form for `n` (Intl.PluralRules: 0 and 1 are singular in fr, only 1 in en); `#` in it is `n`, formatted. */
  plural(n: number, forms: { readonly one: string; readonly other: string }): string;
  /** "a, b and c" / "a, b et c". */
  list(items: readonly string[]): string;
}

const formats = new Map<Locale, Format>();

/** The decimal sign Intl writes for each locale (pinned against Intl by the catalogue's test). */
const DECIMAL_SIGN: Readonly<Record<Locale, string>> = { en: '.', fr: ',' };

/**
 * A number Intl would write exactly as JavaScript does, but for the decimal sign: its shortest form has no
 * exponent and at most six decimals (Intl's limit here), and it is not −0. The first Intl.NumberFormat on a
 * page costs 15–50 ms (ICU loads its number data) before the first answer box, whose only number is a hint's
 * cost like 0.1; anything else goes to Intl.
 */
export function plainNumberText(x: number, locale: Locale): string | undefined {
  if (Object.is(x, -0)) return undefined;
  const text = String(x);
  if (!/^-?\d+(?:\.\d{1,6})?$/.test(text)) return undefined;
  return DECIMAL_SIGN[locale] === '.' ? text : text.replace('.', DECIMAL_SIGN[locale]);
}

/** Made on first use, not when a speaker is built: each Intl constructor loads locale data. */
const once = <T>(make: () => T): (() => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};

export function formatFor(locale: Locale): Format {
  let f = formats.get(locale);
  if (!f) {
    const numbers = once(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 6, useGrouping: false }));
    const plurals = once(() => new Intl.PluralRules(locale));
    const lists = once(() => new Intl.ListFormat(locale, { type: 'conjunction' }));
    const number = (x: number) => plainNumberText(x, locale) ?? numbers().format(x);
    f = {
      locale,
      number,
      plural: (n, forms) => (plurals().select(n) === 'one' ? forms.one : forms.other).replaceAll('#', number(n)),
      list: (items) => lists().format(items),
    };
    formats.set(locale, f);
  }
  return f;
}

/** A message: fixed text, or text built from its parameters. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each message names its own parameters
export type Message = string | ((params: any, f: Format) => string);

/** An area's messages: English first, and every other language with exactly its keys and parameters. */
export type Area<E extends Record<string, Message>> = { readonly en: E } & Translations<E>;

/** The other languages of an area, each with English's keys and each message's parameters. */
export type Translations<E extends Record<string, Message>> = {
  readonly [L in Exclude<Locale, 'en'>]: { readonly [K in keyof E]: E[K] };
};

/** What a caller holds: each message ready to say in one locale (a function takes only its parameters). */
export type Speaker<E extends Record<string, Message>> = {
  readonly [K in keyof E]: E[K] extends (params: infer P, f: Format) => string ? (params: P) => string : string;
};

const registry: { name: string; area: Area<Record<string, Message>> }[] = [];

/**
 * Defines one area of the catalogue, in two calls so that English alone decides the messages' types:
 * `defineArea('ui', { en: {…} }).with({ fr: {…} })`. The area is registered for the completeness test.
 */
export function defineArea<E extends Record<string, Message>>(
  name: string,
  english: { readonly en: E },
): { with(translations: Translations<E>): Area<E> } {
  return {
    with(translations) {
      const area: Area<E> = { ...translations, en: english.en };
      registry.push({ name, area });
      return area;
    },
  };
}

/** Every area defined so far, by name: what the completeness test walks. */
export const areas = (): readonly { name: string; area: Area<Record<string, Message>> }[] => registry;

const speakers = new WeakMap<object, Map<Locale, unknown>>();

/** An area's messages in a locale (a tag like fr-CA is read as fr; unknown, as en). */
export function say<E extends Record<string, Message>>(area: Area<E>, locale?: string): Speaker<E> {
  const l = localeOf(locale);
  let byLocale = speakers.get(area);
  if (!byLocale) speakers.set(area, (byLocale = new Map<Locale, unknown>()));
  let speaker = byLocale.get(l) as Speaker<E> | undefined;
  if (!speaker) {
    const f = formatFor(l);
    const table = area[l] as Record<string, Message>;
    speaker = Object.fromEntries(
      Object.entries(table).map(([k, m]) => [k, typeof m === 'string' ? m : (p: unknown) => m(p, f)]),
    ) as Speaker<E>;
    byLocale.set(l, speaker);
  }
  return speaker;
}
