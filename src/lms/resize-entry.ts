/** dist/embed/resize.js: include it once in the host page and every gd-tutor player frame sizes itself. */
import { resizeFrames } from './resize-host.js';

resizeFrames();
