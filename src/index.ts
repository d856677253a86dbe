/** gd-tutor: the library's entry point. The layers are also exported one by one (./math, ./content). */
export * from './math/index.js';
export * from './content/index.js';
export { differentiate, type Derivative, type DerivativeResult } from './math/derivative.js';
export * from './tutor/index.js';
