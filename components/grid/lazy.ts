/**
 * For the app's pages: the grid module by a dynamic import, fetched when an exercise with a table or a matrix
 * step first renders (load.ts). Importing this module only says how; it loads nothing yet.
 */
import { provideGrid } from './load.js';

provideGrid(() => import('./index.js'));
