import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, type CheckRequest } from '../../src/math/index.js';

interface Labelled extends CheckRequest {
  readonly equal: boolean;
  readonly note: string;
  /** The family a pair tests (functions, domain, rounding, …); the original pairs have none. */
  readonly category?: string;
  /** For a pair that is not equal: the verdict it must get when it is not "incorrect". */
  readonly verdict?: 'unknown-symbol' | 'imprecise';
}

const corpus = readFileSync(new URL('../fixtures/answer-corpus.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Labelled);

describe('the labelled answer corpus (test/fixtures/answer-corpus.jsonl)', () => {
  it('is large and balanced enough to mean something', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(corpus.filter((c) => !c.equal).length).toBeGreaterThanOrEqual(100);
  });

  it('is judged in full agreement with its labels: nothing wrong is ever judged correct', () => {
    const disagreements = corpus
      .map((c) => ({ c, verdict: check(c) }))
      .filter(({ c, verdict }) => (verdict.verdict === 'correct') !== c.equal)
      .map(({ c, verdict }) => `${c.kind} ${c.expected} | ${c.answer} → ${verdict.verdict} (${c.note})`);
    expect(disagreements).toEqual([]);
  });

  it('gives each unequal pair of issue 10 its labelled verdict (incorrect, unknown symbol, imprecise) and no other', () => {
    const wrongKind = corpus
      .filter((c) => c.category !== undefined && !c.equal)
      .map((c) => ({ c, verdict: check(c).verdict }))
      .filter(({ c, verdict }) => (c.verdict ?? 'incorrect') !== verdict)
      .map(({ c, verdict }) => `${c.expected} | ${c.answer}: ${verdict}, labelled ${c.verdict ?? 'incorrect'}`);
    expect(wrongKind).toEqual([]);
  });

  it('covers every family of issue 10 with both equal and unequal pairs', () => {
    const families = ['functions', 'domain', 'odd-roots', 'integers', 'exact', 'rational', 'overflow', 'adversarial'];
    for (const family of [...families, 'rounding', 'locale']) {
      const rows = corpus.filter((c) => c.category === family);
      expect(rows.filter((c) => c.equal).length, family).toBeGreaterThan(0);
      expect(rows.filter((c) => !c.equal).length, family).toBeGreaterThan(0);
    }
    expect(corpus.filter((c) => c.category !== undefined).length).toBeGreaterThanOrEqual(300);
  });
});
