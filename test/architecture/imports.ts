/**
 * Reading a module's imports as the bundler sees them: which modules it needs
 * at run time. `import type`, `export type` and clauses naming only types
 * (`import { type A, type B }`) are erased by TypeScript, so they do not count.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');

/** The specifiers a module's text imports at run time, in order. */
export function runtimeImports(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s+'([^']+)'/gms)) {
    const clause = m[3]!;
    if (m[2] || /^\{\s*(type\s+[^,}]+,?\s*)+\}$/.test(clause)) continue;
    found.push(m[4]!);
  }
  for (const m of text.matchAll(/^\s*import\s+'([^']+)'/gm)) found.push(m[1]!);
  return found;
}

/** The file a relative specifier names, from the file importing it. */
export const resolveSpecifier = (file: string, spec: string): string =>
  resolve(dirname(file), spec.replace(/\.js$/, '.ts'));

/** Every .ts file under a folder of the repository. */
export function sourcesUnder(folder: string): string[] {
  const dir = join(REPO, folder);
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(join(folder, name));
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Every file reached from `roots` through run-time imports, and the packages they name. */
export function reach(roots: readonly string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of runtimeImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) queue.push(resolveSpecifier(file, spec));
      else packages.add(spec.split('/')[0]!);
    }
  }
  return { files, packages };
}
