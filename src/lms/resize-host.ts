/**
 * The host page's side of ./frame-height.ts: every iframe on the page whose player posts its height is resized to
 * it. The frame is found by the window that sent the message, never by origin or by a name in the message, so the
 * host needs no configuration, any number of players fit on one page, and a message from anywhere else changes
 * nothing. Built into site/embed/resize.js and the package's cdn/embed/resize.js (see vite.embed.config.ts); README shows it inline too.
 */
import { isHeightMessage } from './frame-height.js';

/** Taller than any lesson; a bound so that a misbehaving frame cannot make the page endless. */
const MAX_HEIGHT = 20_000;

/** Starts resizing the iframes of `doc` (once per window, however often it is called); returns a function that stops. */
export function resizeFrames(win: Window = window): () => void {
  const flag = '__gdTutorResize';
  const marked = win as unknown as Record<string, (() => void) | undefined>;
  const running = marked[flag];
  if (running) return running;
  const onMessage = (event: MessageEvent): void => {
    if (!isHeightMessage(event.data) || event.source === null) return;
    for (const frame of win.document.querySelectorAll('iframe'))
      if (frame.contentWindow === event.source) frame.style.height = `${Math.min(event.data.height, MAX_HEIGHT)}px`;
  };
  win.addEventListener('message', onMessage);
  const stop = (): void => {
    win.removeEventListener('message', onMessage);
    marked[flag] = undefined;
  };
  marked[flag] = stop;
  return stop;
}
