/**
 * The width a plot is drawn at follows its container: a ResizeObserver,
 * applied on the next animation frame (a redraw inside the observer's own
 * callback would change the size it reports and loop).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class WidthController implements ReactiveController {
  /** The content width in CSS pixels, or the fallback until the element is laid out. */
  width: number;
  private observer: ResizeObserver | undefined;
  private pending = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    fallback: number,
  ) {
    this.width = fallback;
    host.addController(this);
  }

  hostConnected(): void {
    const measured = this.host.clientWidth;
    if (measured > 0) this.width = Math.round(measured);
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      if (w <= 0 || w === this.width) return;
      cancelAnimationFrame(this.pending);
      this.pending = requestAnimationFrame(() => {
        this.width = w;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.pending);
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
