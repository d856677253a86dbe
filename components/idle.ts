/**
 * Work that can wait until the browser is idle (drawing plots, rendering the lesson's later exercises, loading
 * the plot elements): the learner's first answer box comes first, since the page's time to first input is a
 * budget. Safari has no requestIdleCallback: a short timeout stands in.
 */

/** Runs `work` once the browser is idle (or after `timeout` ms at the latest); returns a function that cancels it. */
export function whenIdle(work: () => void, timeout: number): () => void {
  if (typeof (window as Partial<Window>).requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(work, { timeout });
    return () => {
      window.cancelIdleCallback(id);
    };
  }
  const id = window.setTimeout(work, Math.min(timeout, 50));
  return () => {
    window.clearTimeout(id);
  };
}
