/**
 * A plot that draws once the browser is idle (within half a second), so that the first answer box comes first; an
 * `eager` plot draws at once. A Lit controller: the host asks `pending` in render() and shows its placeholder.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenIdle } from '../idle.js';

export class IdleDrawing implements ReactiveController {
  /** True until the plot may draw. */
  pending = true;
  private cancel: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost & { readonly eager: boolean }) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.eager) this.pending = false;
    if (!this.pending) return;
    this.cancel = whenIdle(() => {
      this.pending = false;
      this.cancel = undefined;
      this.host.requestUpdate();
    }, 500);
  }

  hostDisconnected(): void {
    this.cancel?.();
    this.cancel = undefined;
  }
}
