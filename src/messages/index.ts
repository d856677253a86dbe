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
export { STEPS_COMMON } from './steps-common.js';
export { STEPS_CONVERGENCE } from './steps-convergence.js';
export { STEPS_DERIVATIVES } from './steps-derivatives.js';
export { STEPS_JACOBIAN } from './steps-jacobian.js';
export { STEPS_TABLE } from './steps-table.js';
export { STEPS_UPDATE } from './steps-update.js';
export { UI } from './ui.js';
