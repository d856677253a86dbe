/**
 * The plots run in the learner's browser, whose bundle must stay small: from
 * src/ they may import only the engine's descent, the reader and the
 * evaluator (never the content layer's compiler, the symbolic derivative, or
 * nerdamer and mathjs), and no package but Lit. Type imports are free.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');
const PLOT = join(REPO, 'components/plot');

/** The modules a file imports at run time (not `import type`, not `export type`). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s+'([^']+)'/gms)) {
    const clause = m[3]!;
    if (m[2] || (/^(\{[^}]*\})$/.test(clause) && /^\{\s*(type\s+[^,}]+,?\s*)+\}$/.test(clause))) continue;
    found.push(m[4]!);
  }
  for (const m of text.matchAll(/^\s*import\s+'([^']+)'/gm)) found.push(m[1]!);
  return found;
}

/** Every file reached from the plot's modules through run-time imports, and the packages they name. */
function reach(): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = readdirSync(PLOT)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(PLOT, f));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of runtimeImports(file)) {
      if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.add(spec.split('/')[0]!);
    }
  }
  return { files, packages };
}

describe('the plots’ browser bundle', () => {
  const { files, packages } = reach();
  const outside = [...files].map((f) => relative(REPO, f)).filter((f) => !f.startsWith('components/plot/'));

  it('imports from src/ only the engine’s descent, the reader and the evaluator', () => {
    expect(outside.sort()).toEqual([
      'components/define.ts',
      'src/content/descent.ts',
      'src/math/ast.ts',
      'src/math/evaluate.ts',
      'src/math/exact.ts', // the evaluator reads a constant exponent exactly: (−8)^(1/3) is a real root
      'src/math/identifiers.ts',
      'src/math/limits.ts',
      'src/math/locale.ts', // the reader knows which locales write 2,4
      'src/math/parse.ts',
      'src/math/tokenize.ts',
      'src/math/vectors.ts',
    ]);
  });

  it('imports no package but Lit', () => {
    expect([...packages]).toEqual(['lit']);
  });
});
