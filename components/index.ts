/**
 * Registers gd-tutor's elements (once, even if this bundle is loaded twice)
 * and exports their classes and event types.
 */
import { define } from './define.js';
import { GdExercise } from './exercise/exercise.component.js';
import { GdLesson } from './lesson/lesson.component.js';
import { GdMathInput } from './math-input/math-input.component.js';
import { GdDescentPlot, GdLossChart, GdRateExplorer } from './plot/index.js';

define('gd-math-input', GdMathInput);
define('gd-exercise', GdExercise);
define('gd-lesson', GdLesson);

export { GdExercise, GdLesson, GdMathInput, GdDescentPlot, GdLossChart, GdRateExplorer };
export type * from './events.js';
export { t, type Locale } from './strings.js';
