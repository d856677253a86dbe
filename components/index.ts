/**
 * The package's entry and the one-script embed: registers every one of gd-tutor's elements (once, even if this
 * bundle is loaded twice) and exports their classes and event types. The app's pages import lesson-elements.ts
 * instead, and load the plots when the browser is idle.
 */
export { GdExercise, GdLesson, GdMathInput } from './lesson-elements.js';
export { GdDescentPlot, GdLossChart, GdRateExplorer } from './plot/index.js';
// The answer grids in this bundle (the app's pages import them lazily instead), so the one-script embed stays one script.
import * as grid from './grid/index.js';
import { provideGrid } from './grid/load.js';

provideGrid(grid);
export type * from './events.js';
export { t, type Locale } from './strings.js';
