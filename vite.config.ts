// The app: `npm start` serves it with live lessons, `npm run build` writes a static site to site/ (see scripts/vite-plugin-lessons.ts).
// Two pages: the app (index.html) and the framed player for LMS pages (player.html, see app/player.ts).
// Tests keep their own config (vitest.config.ts), which vitest prefers to this file.
import { defineConfig } from 'vite';
import { gdLessons } from './scripts/vite-plugin-lessons.js';
import { inlineOpening } from './scripts/vite-plugin-opening.js';

export default defineConfig({
  // Relative URLs, so site/ (and the package's cdn/) works from any folder of any static host.
  base: './',
  publicDir: false,
  plugins: [gdLessons({ dir: 'content' }), inlineOpening({ entry: 'app/opening.ts', page: 'index.html' })],
  // Only the pages are entries: nothing under test/ or bench/ is scanned or bundled.
  optimizeDeps: { entries: ['index.html', 'player.html'] },
  server: {
    host: '127.0.0.1',
    watch: { ignored: ['**/dist/**', '**/site/**', '**/cdn/**', '**/coverage/**', '**/test-results/**'] },
  },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    outDir: 'site',
    // Every browser that runs es2022 modules but lacks <link rel="modulepreload"> (Safari before 17, Firefox before
    // 115) still loads the chunks, through their imports, only without the head start: Vite's polyfill for it cost
    // every page 0.4 KB gzip and a request, in a 60 KB budget.
    modulePreload: { polyfill: false },
    emptyOutDir: true,
    rolldownOptions: {
      input: { index: 'index.html', player: 'player.html' },
      // What two of the pages' chunks share among the elements, Lit and the engine goes in one file: left to
      // itself the bundler gives Lit a file of its own once the idle-loaded teacher's panel also uses it, and the
      // lesson page would load one file more and gzip worse. (The LMS launch code stays with the player.)
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'site',
              test: /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]|components|src[\\/](content|messages|plot)|src[\\/]tutor[\\/](?!grade|carry|preview)|src[\\/]math[\\/](format|locale|mathml|random|tokenize)\.ts|app[\\/]site\.ts/,
              minShareCount: 2,
              priority: 2,
            },
            // The answer checker and the reader under the preview (src/tutor/checker.ts): loaded once the first answer
            // box is ready, so the page does not wait for most of the engine. What the page uses of src/math at once
            // (typesetting, number formats, the seed's hash) is listed above; test/e2e/first-request.test.ts fails
            // when the page's own scripts take in the checker again.
            {
              name: 'checker',
              test: /src[\\/]math[\\/]|src[\\/]tutor[\\/](grade|carry|preview)|node_modules[\\/]decimal\.js/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
});
