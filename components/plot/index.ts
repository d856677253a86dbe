/**
 * The plot elements, registered once (even if this bundle is loaded twice),
 * and the function that picks an exercise's plots.
 */
import { define } from '../define.js';
import { GdComparePlot } from './compare-plot.component.js';
import { GdDescentPlot } from './descent-plot.component.js';
import { GdLossChart } from './loss-chart.component.js';
import { GdRateExplorer } from './rate-explorer.component.js';

define('gd-descent-plot', GdDescentPlot);
define('gd-compare-plot', GdComparePlot);
define('gd-loss-chart', GdLossChart);
define('gd-rate-explorer', GdRateExplorer);

export { GdComparePlot, GdDescentPlot, GdLossChart, GdRateExplorer };
export { renderExercisePlot } from './exercise-plot.js';
export type { PlotExercise } from './descent-plot.component.js';
