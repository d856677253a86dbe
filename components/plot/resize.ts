/**
 * The width a plot is drawn at follows its container: a ResizeObserver,
 * applied on the next animation frame (a redraw inside the observer's own
 * callback would change the size it reports and loop). Until the observer has
 * reported, the width is read from the element the first time a drawing asks
 * for it, not when the element is connected: a layout read while the page is
 * still rendering its first answer box forces a layout of the whole page
 * (26–48 ms with the CPU slowed 4×), and a plot waiting to be drawn needs none.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class WidthController implements ReactiveController {
  private current: number;
  private measured = false;
  private observer: ResizeObserver | undefined;
  private pending = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    fallback: number,
  ) {
    this.current = fallback;
    host.addController(this);
  }

  /** The content width in CSS pixels, or the fallback while the element is not laid out. */
  get width(): number {
    if (!this.measured && this.host.isConnected) {
      const measured = this.host.clientWidth;
      if (measured > 0) {
        this.current = Math.round(measured);
        this.measured = true;
      }
    }
    return this.current;
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      if (w <= 0) return;
      if (!this.measured) {
        // The first report: nothing has been drawn at another width yet unless the width was asked for.
        this.measured = true;
        if (w === this.current) return;
      } else if (w === this.current) return;
      cancelAnimationFrame(this.pending);
      this.pending = requestAnimationFrame(() => {
        this.current = w;
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
