// What a host page loads from site/embed/ (and the package's cdn/embed/), built after the app (`npm run build` chains both):
//   gd-tutor.js   every element, plots included, registered once (a second copy on the page does not throw); styles inside, no fonts
//                 to load (KaTeX renders MathML), no absolute paths: one <script type="module"> and one <gd-lesson>.
//   resize.js     the host's side of the framed player: sizes each player iframe to the height it posts.
//   example.html  examples/embed.html with its inline lesson filled in: the elements and their events, at work.
// Each script is a self-contained ES module with a stable name, so a host links it from anywhere.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { gdLessons, LessonCompiler, readLessons } from './scripts/vite-plugin-lessons.js';

const ROOT = import.meta.dirname;

/**
 * Emits example.html from examples/embed.html, each `<!-- gd:inline ID -->` replaced by the lesson ID compiled
 * (variant 0) as JSON that is safe inside a script element.
 */
function examplePage(): Plugin {
  return {
    name: 'gd-embed-example',
    generateBundle() {
      const source = resolve(ROOT, 'examples/embed.html');
      this.addWatchFile(source);
      const lessons = readLessons(resolve(ROOT, 'content'), ROOT);
      const compiler = new LessonCompiler();
      const html = readFileSync(source, 'utf8').replace(/<!-- gd:inline ([\w-]+) -->/g, (_match, id: string) => {
        const file = lessons.find((l) => l.id === id);
        if (!file) this.error(`examples/embed.html inlines the lesson “${id}”, which content/ does not have.`);
        return JSON.stringify(compiler.json(file, 0)).replace(/</g, '\\u003c');
      });
      this.emitFile({ type: 'asset', fileName: 'example.html', source: html });
    },
  };
}

export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [
    // Only for its guard: the compiler and the symbolic engines must not reach these bundles either.
    { ...gdLessons({ dir: 'content' }), buildStart: undefined, generateBundle: undefined },
    examplePage(),
  ],
  build: {
    target: 'es2022',
    outDir: 'site/embed',
    // site/ holds the app, built just before: only this folder is replaced.
    emptyOutDir: true,
    copyPublicDir: false,
    lib: {
      entry: {
        'gd-tutor': resolve(ROOT, 'components/index.ts'),
        resize: resolve(ROOT, 'src/lms/resize-entry.ts'),
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    // A library build keeps whitespace for the bundlers downstream; these files are loaded as they are, so they are minified.
    // The exercise imports the plots dynamically (the app's pages load them when idle); here components/index.ts has
    // them up front, so that import stays inside the one script, as intended: no warning for it.
    rolldownOptions: { output: { minify: true }, checks: { ineffectiveDynamicImport: false } },
  },
});
