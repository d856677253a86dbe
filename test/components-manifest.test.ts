import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Declaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

function manifest(path: string): Declaration[] {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as {
    modules: { path: string; declarations?: Declaration[] }[];
  };
  // The analyzer's file order is not stable: compare by path.
  return parsed.modules.sort((a, b) => a.path.localeCompare(b.path)).flatMap((m) => m.declarations ?? []);
}

describe('custom-elements.json, generated from the components’ JSDoc', () => {
  it('is up to date (run npm run analyze after changing a component’s public surface)', () => {
    // The analyzer resolves --outdir against the working directory: the scratch folder is a relative one.
    const out = mkdtempSync(join('node_modules', '.cache-cem-'));
    try {
      const args = [
        'custom-elements-manifest',
        'analyze',
        '--config',
        'custom-elements-manifest.config.mjs',
        '--outdir',
        out,
      ];
      execFileSync('npx', args, { stdio: 'pipe' });
      expect(manifest('custom-elements.json')).toEqual(manifest(join(out, 'custom-elements.json')));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('is the manifest package.json points tools at', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { customElements?: string };
    expect(pkg.customElements).toBe('custom-elements.json');
  });

  it('documents each element’s tag, attributes, events, parts and custom properties', () => {
    // Declarations without a tag are base classes (the plots' PlotElement): their members appear in each element.
    const elements = manifest('custom-elements.json').filter((d) => d.tagName !== undefined);
    const byTag = new Map(elements.map((d) => [d.tagName, d]));
    expect([...byTag.keys()].sort()).toEqual([
      'gd-compare-plot',
      'gd-descent-plot',
      'gd-exercise',
      'gd-lesson',
      'gd-loss-chart',
      'gd-math-input',
      'gd-rate-explorer',
    ]);
    expect(byTag.get('gd-exercise')?.events?.map((e) => e.name)).toEqual([
      'gd-graded',
      'gd-hint-shown',
      'gd-solution-shown',
      'gd-exercise-completed',
    ]);
    expect(byTag.get('gd-lesson')?.attributes?.map((a) => a.name)).toEqual(['src', 'learner', 'locale', 'compact']);
    expect(byTag.get('gd-math-input')?.cssParts?.map((p) => p.name)).toEqual(['input', 'preview', 'keys']);
    expect(byTag.get('gd-exercise')?.cssProperties?.length).toBe(7);
    expect(byTag.get('gd-compare-plot')?.attributes?.map((a) => a.name)).toEqual(['conceal', 'eager', 'locale']);
    expect(byTag.get('gd-loss-chart')?.attributes?.map((a) => a.name)).toEqual(['name', 'stem', 'moving', 'locale']);
  });
});
