/**
 * How a locale writes numbers: only the decimal separator matters here. In a
 * locale that writes 2.4 as "2,4" (fr, de, es, …) the comma between two digits
 * is a decimal comma and vectors are written (2,4 ; 3,2); everywhere else
 * (en, and when no locale is given) nothing changes. Decided by Intl, which
 * Node and every browser share, so both read an answer the same way.
 */

const cache = new Map<string, boolean>();

/** Whether `locale` writes its decimal separator as a comma. Unknown locales: no. */
export function decimalComma(locale: string | undefined): boolean {
  if (locale === undefined || locale === '' || locale === 'en') return false;
  let comma = cache.get(locale);
  if (comma === undefined) {
    try {
      const parts = new Intl.NumberFormat(locale).formatToParts(1.5);
      comma = parts.find((p) => p.type === 'decimal')?.value === ',';
    } catch {
      comma = false; // not a locale tag: read as en
    }
    if (cache.size < 64) cache.set(locale, comma);
  }
  return comma;
}
