/**
 * The catalogue is complete: every area has every key in every language, fixed text where English has fixed
 * text and a function where English has one; plurals and numbers follow the locale (Intl).
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  areas,
  LOCALES,
  say,
  localeOf,
  defineArea,
  formatFor,
  type Area,
  type Message,
} from '../../src/messages/index.js';
import { plainNumberText } from '../../src/messages/catalogue.js';
import { UI } from '../../src/messages/index.js';
import { t } from '../../components/strings.js';

/** Each key missing, extra or of the wrong shape, in each language other than English. */
function gaps(area: Area<Record<string, Message>>): string[] {
  const english = area.en;
  return LOCALES.filter((l) => l !== 'en').flatMap((l) => {
    const other = area[l] as Record<string, Message>;
    const missing = Object.keys(english)
      .filter((k) => !(k in other))
      .map((k) => `${l}: missing ${k}`);
    const extra = Object.keys(other)
      .filter((k) => !(k in english))
      .map((k) => `${l}: extra ${k}`);
    const shape = Object.keys(english)
      .filter((k) => k in other && typeof other[k] !== typeof english[k])
      .map((k) => `${l}: ${k} is ${typeof other[k]}, English ${typeof english[k]}`);
    return [...missing, ...extra, ...shape];
  });
}

describe('the message catalogue', () => {
  it('registers every area module of src/messages (the index imports them all)', () => {
    const modules = readdirSync(new URL('../../src/messages/', import.meta.url)).filter(
      (f) => !['catalogue.ts', 'index.ts'].includes(f),
    );
    expect(areas().length).toBe(modules.length);
  });

  it.each(areas().map((a) => [a.name, a.area] as const))('%s: complete in every language', (_, area) => {
    expect(gaps(area)).toEqual([]);
  });

  it('fails on a key missing in a language', () => {
    const broken = { en: { a: 'A', b: 'B' }, fr: { a: 'A' } } as unknown as Area<Record<string, Message>>;
    expect(gaps(broken)).toEqual(['fr: missing b']);
    const shaped = { en: { a: (p: { n: number }) => `${p.n}` }, fr: { a: 'A' } } as unknown as Area<
      Record<string, Message>
    >;
    expect(gaps(shaped)).toEqual(['fr: a is string, English function']);
  });

  it('is typed: a translation with a missing key or wrong parameters does not compile (npm run typecheck)', () => {
    const area = defineArea('test-only', { en: { hi: (p: { name: string }) => `Hi ${p.name}` } });
    // Never run (`with` would register the area): these lines are checked by the compiler only.
    const typeChecks = () => [
      // @ts-expect-error -- fr lacks `hi`
      area.with({ fr: {} }),
      // @ts-expect-error -- `n` is not a parameter of `hi`
      area.with({ fr: { hi: (p) => `Salut ${String(p.n)}` } }),
      area.with({ fr: { hi: (p) => `Salut ${p.name}` } }),
    ];
    expect(typeChecks).toBeTypeOf('function');
    expect(areas().some((a) => a.name === 'test-only')).toBe(false);
  });

  it('writes numbers and plurals the locale’s way', () => {
    expect(t('en', 'hintCost', { cost: 0.1 })).toBe('(costs 0.1)');
    expect(t('fr', 'hintCost', { cost: 0.1 })).toBe('(coûte 0,1)');
    expect(t('en', 'attempts', { n: 1 })).toBe('1 attempt');
    expect(t('en', 'attempts', { n: 0 })).toBe('0 attempts');
    // French singular covers 0 and 1.
    expect(t('fr', 'attempts', { n: 0 })).toBe('0 essai');
    expect(t('fr', 'attempts', { n: 2 })).toBe('2 essais');
    expect(t('fr', 'progress', { done: 1, total: 3 })).toBe('1 exercice terminé sur 3');
  });

  it('writes every number exactly as Intl.NumberFormat does, though it skips Intl for plain ones', () => {
    expect(plainNumberText(0.1, 'fr')).toBe('0,1');
    expect(plainNumberText(-2.5, 'en')).toBe('-2.5');
    // Left to Intl: an exponent, more than six decimals, −0.
    expect([1e21, 1e-7, 0.1234567, -0].map((x) => plainNumberText(x, 'en'))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const decimals = fc
      .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 8 }))
      .map(([n, places]) => n / 10 ** places);
    const anyNumber = fc.oneof(decimals, fc.double(), fc.integer(), fc.constantFrom(-0, 1e21, 5e-7, 0.0000015));
    fc.assert(
      fc.property(anyNumber, fc.constantFrom(...LOCALES), (x, locale) => {
        const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 6, useGrouping: false });
        expect(formatFor(locale).number(x)).toBe(intl.format(x));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a locale tag by its language: fr-CA is fr; anything unknown is en', () => {
    expect(localeOf('fr-CA')).toBe('fr');
    expect(localeOf('de')).toBe('en');
    expect(localeOf(undefined)).toBe('en');
    expect(say(UI, 'fr-CA').check).toBe('Vérifier');
  });
});
