/**
 * The plots run in the learner's browser, whose bundle must stay small: the
 * plot elements and the plot layer (src/plot) may reach from the rest of src/
 * only the engine's descent, the reader and the evaluator (never the content
 * layer's compiler, the symbolic derivative, or nerdamer and mathjs), and no
 * package but Lit. Type imports are free.
 */
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reach, REPO, sourcesUnder } from '../architecture/imports.js';

describe('the plots’ browser bundle', () => {
  const { files, packages } = reach([...sourcesUnder('components/plot'), ...sourcesUnder('src/plot')]);
  const outside = [...files]
    .map((f) => relative(REPO, f))
    .filter((f) => !f.startsWith('components/plot/') && !f.startsWith('src/plot/'));

  it('imports from src/ only the engine’s descent, the reader, the evaluator and the writer (for captions)', () => {
    expect(outside.sort()).toEqual([
      'components/define.ts',
      'components/idle.ts', // the first drawing waits for the browser to be idle
      'components/strings.ts', // the sentence saying why three variables have no map, in the learner's language
      'src/content/descent.ts',
      'src/math/ast.ts',
      'src/math/evaluate.ts',
      'src/math/exact.ts', // the evaluator reads a constant exponent exactly: (−8)^(1/3) is a real root
      'src/math/format.ts',
      'src/math/identifiers.ts',
      'src/math/limits.ts',
      'src/math/locale.ts', // the reader knows which locales write 2,4
      'src/math/parse.ts',
      'src/math/tokenize.ts',
      'src/math/vectors.ts',
      'src/messages/catalogue.ts', // the text alternative's words, in the learner's language
      'src/messages/plot-compare.ts', // the comparison plot's words
      'src/messages/plot.ts',
      'src/messages/reader.ts', // the reader says why it cannot read, in the learner's language
      'src/messages/steps-convergence.ts', // the rate explorer names the regime as the regime step does
      'src/messages/ui.ts', // the elements' own words (the no-map sentence)
    ]);
  });

  it('imports no package but Lit', () => {
    expect([...packages]).toEqual(['lit']);
  });
});
