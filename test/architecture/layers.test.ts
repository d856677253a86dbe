/**
 * The layers of DESIGN.md, enforced: `components/ → src/lms, src/plot,
 * src/tutor → src/content → src/math`. A module may import values from its own
 * layer and from the layers listed for it below, nothing else. Only run-time
 * imports count: a type import (`import type`, or a clause naming only types)
 * is erased by TypeScript and moves no code, so it may name any layer.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reach, REPO, resolveSpecifier, runtimeImports, sourcesUnder } from './imports.js';

/** Per layer, the layers below it that it may import values from. */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  // The message catalogue imports nothing, and every layer may say its messages.
  'src/messages': [],
  'src/math': ['src/messages'],
  'src/content': ['src/math', 'src/messages'],
  'src/tutor': ['src/content', 'src/math', 'src/messages'],
  'src/plot': ['src/content', 'src/math', 'src/messages'],
  'src/lms': ['src/tutor', 'src/content', 'src/math', 'src/messages'],
  // `gd-tutor solve --html` writes the same printable answer key as the site: a pure string renderer, no DOM.
  'src/cli': ['src/lms', 'src/tutor', 'src/content', 'src/math', 'src/messages', 'components/render'],
  // Lesson text and answer keys to HTML strings (no elements): shared by the elements, the site and the CLI.
  'components/render': ['src/tutor', 'src/messages'],
  // The elements present a session (src/tutor) and draw from the plot layer: they never reach the
  // checker or the content layer directly, so grading cannot creep into them.
  components: ['components/render', 'src/tutor', 'src/plot', 'src/messages'],
};

const layerOf = (path: string): string | undefined =>
  Object.keys(MAY_IMPORT).find((layer) => path === layer || path.startsWith(`${layer}/`));

/** The imports of `file` (its text given) that cross into a layer it may not use. */
function crossings(file: string, text: string): string[] {
  const from = layerOf(relative(REPO, file));
  if (!from) return [];
  return runtimeImports(text)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(REPO, resolveSpecifier(file, spec)))
    .filter((target) => {
      const to = layerOf(target);
      return to !== undefined && to !== from && !MAY_IMPORT[from]!.includes(to);
    })
    .map((target) => `${relative(REPO, file)} → ${target}`);
}

describe('the layers', () => {
  it('point one way: no module imports a value from a layer it may not use', () => {
    const files = Object.keys(MAY_IMPORT).flatMap(sourcesUnder);
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap((f) => crossings(f, readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('catch a component that imports the checker, and let its type imports through', () => {
    const element = `${REPO}/components/math-input/math-input.component.ts`;
    expect(crossings(element, "import { read } from '../../src/math/parse.js';")).toEqual([
      'components/math-input/math-input.component.ts → src/math/parse.ts',
    ]);
    expect(crossings(element, "import { judge, type Verdict } from '../../src/math/index.js';")).toEqual([
      'components/math-input/math-input.component.ts → src/math/index.ts',
    ]);
    expect(crossings(element, "export { compileLesson } from '../../src/content/compile.js';")).toEqual([
      'components/math-input/math-input.component.ts → src/content/compile.ts',
    ]);
    expect(crossings(element, "import type { Verdict } from '../../src/math/index.js';")).toEqual([]);
    expect(crossings(element, "import { type CompiledLesson } from '../../src/content/index.js';")).toEqual([]);
    expect(crossings(element, "import { readingOf } from '../../src/tutor/preview.js';")).toEqual([]);
    expect(crossings(element, "import { plotModel } from '../../src/plot/model.js';")).toEqual([]);
  });

  it('keep the plot layer and the session apart, and the checker below everything', () => {
    const plot = `${REPO}/src/plot/model.ts`;
    expect(crossings(plot, "import { Tracker } from '../tutor/state.js';")).toEqual([
      'src/plot/model.ts → src/tutor/state.ts',
    ]);
    expect(crossings(`${REPO}/src/math/check.ts`, "import { run } from '../content/descent.js';")).toEqual([
      'src/math/check.ts → src/content/descent.ts',
    ]);
    expect(crossings(`${REPO}/src/messages/ui.ts`, "import { read } from '../math/parse.js';")).toEqual([
      'src/messages/ui.ts → src/math/parse.ts',
    ]);
    expect(crossings(`${REPO}/components/strings.ts`, "import { UI } from '../src/messages/ui.js';")).toEqual([]);
  });
});

describe('the plot layer', () => {
  const files = sourcesUnder('src/plot');

  it('is DOM-free: it reaches no package (not even Lit) and names no browser global', () => {
    expect(files.length).toBeGreaterThan(10);
    expect([...reach(files).packages]).toEqual([]);
    const globals = files.filter((f) =>
      /\b(document|window|customElements|HTMLElement)\b/.test(readFileSync(f, 'utf8')),
    );
    expect(globals.map((f) => relative(REPO, f))).toEqual([]);
  });
});
