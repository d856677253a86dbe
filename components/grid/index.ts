/**
 * The answer grids: an iteration table laid out as one table, and the grid input of a matrix step. Loaded by a
 * dynamic import (load.ts) only for an exercise that has one, so a lesson page without them does not pay for it.
 */
export { groupSteps, stepNumbers } from './step-groups.js';
export { renderTable } from './table-view.js';
export { matrixBox } from './matrix-box.js';
export { gridStyles } from './grid.styles.js';
