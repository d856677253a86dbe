import { LitElement, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import type { Locale } from '../strings.js';
import { plotStyles } from './plot.styles.js';
import { WidthController } from './resize.js';

/**
 * What every plot element shares: the plot styles, the learner's language, and the width it is drawn at
 * (its container's). Each plot adds its own properties and its own styles after these.
 */
export class PlotElement extends LitElement {
  static override styles: CSSResultGroup = plotStyles;

  // Lit adds a subclass's own properties to these.
  static override properties: PropertyDeclarations = {
    locale: {},
  };

  /** The learner's language (en, fr): the captions, the sentences, the table and how numbers are written. */
  declare locale: Locale;

  /** The content width in CSS pixels, followed as the container resizes. */
  protected readonly size = new WidthController(this, 480);

  constructor() {
    super();
    this.locale = 'en';
  }
}
