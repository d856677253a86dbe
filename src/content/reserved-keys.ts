/**
 * Keys a teacher's YAML may not use as names: those of Object.prototype
 * (`__proto__`, `constructor`, `toString`…). A mapping key is data here (an
 * inner function's name, a parameter, a data column), and a name that is also
 * a property every object has could reach a prototype or shadow a method.
 * Such a key is an error at its place, so nothing is silently lost.
 */
import { isPair, isScalar, visit, type Document } from 'yaml';

const RESERVED = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

export interface ReservedKey {
  readonly key: string;
  readonly offset: number;
}

/** Every mapping key in the document that is a reserved name, with its offset in the text. */
export function reservedKeys(doc: Document): ReservedKey[] {
  const found: ReservedKey[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if (RESERVED.has(key)) found.push({ key, offset: pair.key.range?.[0] ?? 0 });
    },
  });
  return found;
}

export const reservedKeyMessage = (key: string): string =>
  `“${key}” cannot be a name here: every JavaScript object has a property of that name. Choose another name.`;
