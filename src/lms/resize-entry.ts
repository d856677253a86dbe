/** embed/resize.js (in site/ and the package's cdn/): include it once in the host page and every gd-tutor player frame sizes itself. */
import { resizeFrames } from './resize-host.js';

resizeFrames();
