/**
 * The framed player tells the page around it how tall it is, so the host can size the iframe to its content:
 * `{type: 'gd-tutor:height', height}` posted to the parent whenever the content's height changes. The message
 * carries nothing but a number, so it goes to any origin ('*'): an LMS serves the host page from wherever it likes.
 * The host's side is ./resize-host.ts.
 */

export const HEIGHT_MESSAGE = 'gd-tutor:height';

export interface HeightMessage {
  readonly type: typeof HEIGHT_MESSAGE;
  /** CSS pixels, rounded up. */
  readonly height: number;
}

export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Partial<HeightMessage>;
  return m.type === HEIGHT_MESSAGE && typeof m.height === 'number' && Number.isFinite(m.height) && m.height >= 0;
}

/**
 * Posts `content`'s height to the parent window now and after every change; returns a function that stops.
 * Outside a frame it does nothing. `content` must not take its height from the viewport (no 100vh), or the frame
 * and the content would grow each other.
 */
export function postHeight(content: Element, win: Window = window): () => void {
  if (win.parent === win) return () => undefined;
  let last = -1;
  const send = (): void => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
    win.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(content);
  send();
  return () => {
    observer.disconnect();
  };
}
