// The app: `npm start` serves it with live lessons, `npm run build` writes a static site to dist/ (see scripts/vite-plugin-lessons.ts).
// Tests keep their own config (vitest.config.ts), which vitest prefers to this file.
import { defineConfig } from 'vite';
import { gdLessons } from './scripts/vite-plugin-lessons.js';

export default defineConfig({
  // Relative URLs, so dist/ works from any folder of any static host.
  base: './',
  publicDir: false,
  plugins: [gdLessons({ dir: 'content' })],
  // Only the app's page is an entry: nothing under test/ or bench/ is scanned or bundled.
  optimizeDeps: { entries: ['index.html'] },
  server: { host: '127.0.0.1', watch: { ignored: ['**/dist/**', '**/coverage/**', '**/test-results/**'] } },
  preview: { host: '127.0.0.1' },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
});
