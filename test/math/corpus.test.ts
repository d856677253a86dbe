import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check, type CheckRequest } from '../../src/math/index.js';

interface Labelled extends CheckRequest {
  readonly equal: boolean;
  readonly note: string;
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
});
