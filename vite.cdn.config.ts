// The framed player as the package ships it in cdn/ (npm run build:cdn, then the embed scripts into cdn/embed/):
// player.html and the assets it loads, without the lessons (a SCORM package, or the host, brings its own), so
// `gd-tutor scorm` works from node_modules and a host may load cdn/embed/gd-tutor.js from any npm CDN.
import { defineConfig } from 'vite';
import app from './vite.config.js';
import { gdLessons } from './scripts/vite-plugin-lessons.js';

export default defineConfig({
  ...app,
  // Only for its guard: the compiler and the symbolic engines must not reach the player.
  plugins: [{ ...gdLessons({ dir: 'content' }), buildStart: undefined, generateBundle: undefined }],
  optimizeDeps: { entries: ['player.html'] },
  build: { ...app.build, outDir: 'cdn', rolldownOptions: { input: { player: 'player.html' } } },
});
