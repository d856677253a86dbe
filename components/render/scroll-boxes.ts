/**
 * The boxes that scroll a formula too wide for a phone (see math.styles.ts) become keyboard stops while, and only
 * while, they overflow: a keyboard user can then scroll them with the arrow keys, and the tab order stays short
 * everywhere else. Sizes are read in a ResizeObserver's callback, after layout, so no update forces a layout.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What may scroll sideways: a displayed formula's own box, and the blocks of text an inline formula sits in. */
export const SCROLL_BOXES = '.katex:has(> math[display="block"]), .prompt, .intro, .statement, .solution, .hints';

export class ScrollBoxes implements ReactiveController {
  private observer: ResizeObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    if (!root || typeof ResizeObserver === 'undefined') return;
    this.observer ??= new ResizeObserver((entries) => {
      for (const { target } of entries) {
        const overflows = target.scrollWidth > target.clientWidth;
        if (overflows === target.hasAttribute('tabindex')) continue;
        if (overflows) target.setAttribute('tabindex', '0');
        else target.removeAttribute('tabindex');
      }
    });
    // Observing a box again is a no-op; a box Lit replaced is dropped by the observer with its node.
    for (const box of root.querySelectorAll(SCROLL_BOXES)) this.observer.observe(box);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
