/**
 * The package's entry and the one-script embed: registers every one of gd-tutor's elements (once, even if this
 * bundle is loaded twice) and exports their classes and event types. The app's pages import lesson-elements.ts
 * instead, and load the plots when the browser is idle.
 */
export { GdExercise, GdLesson, GdMathInput } from './lesson-elements.js';
export { GdDescentPlot, GdLossChart, GdRateExplorer } from './plot/index.js';
// The answer checker and the reader under the preview in this bundle too (the app's pages load them once idle, see
// src/tutor/checker.ts): the one-script embed stays one script, and a host that scripts a session can answer at once.
import '../src/tutor/grade.js';
import * as preview from '../src/tutor/preview.js';
import { provideReader } from './math-input/reader.js';

provideReader(preview);
// The answer grids in this bundle (the app's pages import them lazily instead), so the one-script embed stays one script.
import * as grid from './grid/index.js';
import { provideGrid } from './grid/load.js';

provideGrid(grid);
export type * from './events.js';
export { t, type Locale } from './strings.js';
