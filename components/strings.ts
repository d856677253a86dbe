/**
 * The elements' strings, from the message catalogue's `ui` area (src/messages/ui.ts), where English and
 * French sit side by side. Teacher content (prompts, hints) comes from the lesson.
 */
import { isLocale as isCatalogueLocale, say, type Locale } from '../src/messages/catalogue.js';
import { UI } from '../src/messages/ui.js';

export type { Locale } from '../src/messages/catalogue.js';
export type StringKey = keyof typeof UI.en;

type Params<K extends StringKey> = (typeof UI.en)[K] extends (p: infer P, ...rest: never[]) => string ? P : undefined;

/** A label in the locale; a message with parameters takes them (numbers formatted the locale's way). */
export function t<K extends StringKey>(
  locale: Locale,
  key: K,
  ...params: Params<K> extends undefined ? [] : [Params<K>]
): string {
  const m: string | ((p: unknown) => string) = say(UI, locale)[key];
  return typeof m === 'string' ? m : m(params[0]);
}

export const isLocale = (value: string | null | undefined): value is Locale => isCatalogueLocale(value);
