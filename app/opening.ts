/**
 * The lesson page's inline script (index.html, inlined by scripts/vite-plugin-opening.ts): the learner's seed and
 * the request for the lesson the page opens on, made while the parser is still in <head>, in parallel with the
 * app's script instead of after it has loaded. Nothing else: the page waits for no more than this.
 */
import './first-request.js';
