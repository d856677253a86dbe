/**
 * Registers the elements a lesson needs before its first answer box (once, even if this bundle is loaded
 * twice): the lesson, the exercise and the math input. The plot elements follow by a dynamic import once the
 * browser is idle (plot/load.ts). The app's pages import this; components/index.ts adds the plots up front.
 */
import { define } from './define.js';
import { GdExercise } from './exercise/exercise.component.js';
import { GdLesson } from './lesson/lesson.component.js';
import { GdMathInput } from './math-input/math-input.component.js';

define('gd-math-input', GdMathInput);
define('gd-exercise', GdExercise);
define('gd-lesson', GdLesson);

export { GdExercise, GdLesson, GdMathInput };
