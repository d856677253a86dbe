/**
 * The message catalogue's areas, all of them: importing this module registers every area, which is what the
 * completeness test walks. A new area (a new step kind's words) is one module here and one line below.
 */
export { areas, defineArea, formatFor, isLocale, localeOf, LOCALES, say } from './catalogue.js';
export type { Area, Format, Locale, Message, Speaker, Translations } from './catalogue.js';
export { CHECKER } from './checker.js';
export { COURSE } from './course.js';
export { FEEDBACK } from './feedback.js';
export { PLOT } from './plot.js';
export { PLOT_COMPARE } from './plot-compare.js';
export { READER } from './reader.js';
export { STEPS_COMMON } from './steps-common.js';
export { STEPS_CONVERGENCE } from './steps-convergence.js';
export { STEPS_DERIVATIVES } from './steps-derivatives.js';
export { STEPS_CONVEX } from './steps-convex.js';
export { STEPS_CRITICAL_POINTS } from './steps-critical-points.js';
export { STEPS_DIRECTIONAL } from './steps-directional.js';
export { STEPS_FACTOR } from './steps-factor.js';
export { STEPS_ITERATIONS } from './steps-iterations.js';
export { STEPS_JACOBIAN } from './steps-jacobian.js';
export { STEPS_LIPSCHITZ } from './steps-lipschitz.js';
export { STEPS_MATRIX_GRADIENT } from './steps-matrix-gradient.js';
export { STEPS_NEWTON } from './steps-newton.js';
export { STEPS_OPTIMIZER } from './steps-optimizer.js';
export { STEPS_QUESTIONS } from './steps-questions.js';
export { STEPS_SECOND_ORDER } from './steps-second-order.js';
export { STEPS_STOCHASTIC } from './steps-stochastic.js';
export { STEPS_TABLE } from './steps-table.js';
export { STEPS_UPDATE } from './steps-update.js';
export { UI } from './ui.js';
