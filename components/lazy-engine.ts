/**
 * For the app's pages: the answer checker and the reader under the preview by dynamic imports, loaded once the
 * first answer box is ready (see src/tutor/checker.ts and math-input/reader.ts), so the page does not wait for
 * most of the engine. Importing this module only says how; it loads nothing yet.
 */
import { provideChecker } from '../src/tutor/checker.js';
import { provideReader } from './math-input/reader.js';

provideChecker(() => import('../src/tutor/grade.js'));
provideReader(() => import('../src/tutor/preview.js'));
