/**
 * Main-thread CPU time from a Chromium trace: what the page's renderer thread
 * spent, task by task, in a window of time. Wall-clock figures on a shared
 * machine move with its load; a task's thread time (`tdur`) counts only the
 * time the thread ran, so it says what the page costs, whatever the machine
 * is doing meanwhile.
 */
import type { Browser, Page } from 'playwright-core';

/** Top-level tasks with their thread time, and the events that name what ran inside them. */
const CATEGORIES = ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'blink.user_timing', 'v8.execute'];

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  /** Microseconds. */
  readonly ts: number;
  readonly dur?: number;
  /** Thread time, microseconds. */
  readonly tdur?: number;
  readonly args?: {
    readonly name?: string;
    readonly data?: { readonly documentLoaderURL?: string };
    readonly beginData?: { readonly stackTrace?: unknown[] };
  };
}

/** Milliseconds of the main thread in a window. */
export interface MainThreadTime {
  /** Thread time of every task (what the page cost, load or not). */
  readonly cpu: number;
  /** Wall time of the same tasks (stretched by the machine's load). */
  readonly wall: number;
  /** Thread time in style recalculation and layout. */
  readonly layout: number;
  /** Thread time in garbage collection. */
  readonly gc: number;
  readonly tasks: number;
  /** Tasks longer than 50 ms (wall). */
  readonly longTasks: number;
  /** Layouts forced by a script reading geometry before the frame. */
  readonly forcedLayouts: number;
}

export interface Trace {
  /** The renderer main thread's time from `from` to `to` (trace microseconds), tasks clipped to the window. */
  between(from: number, to: number): MainThreadTime;
  /** The trace time (microseconds) of the last navigation to a URL that contains `url`: performance.now() 0 there. */
  navigationStart(url: string): number | undefined;
  /** The trace time of the first and last animation frames fired (a drag's span). */
  frames(): { readonly first: number; readonly last: number; readonly count: number } | undefined;
}

/** Records a trace of `page` while `run` runs. */
export async function traced<T>(
  browser: Browser,
  page: Page,
  run: () => Promise<T>,
): Promise<{ result: T; trace: Trace }> {
  await browser.startTracing(page, { categories: CATEGORIES });
  let result: T;
  try {
    result = await run();
  } catch (e) {
    await browser.stopTracing();
    throw e;
  }
  const buffer = await browser.stopTracing();
  return { result, trace: traceOf((JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents) };
}

const LAYOUT = new Set(['UpdateLayoutTree', 'Layout']);
const GC = new Set(['MinorGC', 'MajorGC']);

function traceOf(events: readonly TraceEvent[]): Trace {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const tasksOf = (t: TraceEvent) => events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.name === 'RunTask');
  // The page's renderer: the one that navigated last, else the main thread that ran the most tasks.
  const navigated = events.filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL).at(-1);
  const main =
    mains.find((t) => t.pid === navigated?.pid) ??
    mains.reduce<TraceEvent | undefined>(
      (best, t) => (!best || tasksOf(t).length > tasksOf(best).length ? t : best),
      undefined,
    );
  const on = main ? events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X') : [];
  const ms = (us: number) => us / 1000;
  return {
    between(from, to) {
      const inside = on.filter((e) => e.ts < to && e.ts + (e.dur ?? 0) > from);
      const tasks = inside.filter((e) => e.name === 'RunTask');
      // A task cut by the window counts for the share of it inside.
      const share = (e: TraceEvent) => {
        const dur = e.dur ?? 0;
        return dur === 0 ? 1 : (Math.min(e.ts + dur, to) - Math.max(e.ts, from)) / dur;
      };
      const sum = (es: TraceEvent[], key: 'dur' | 'tdur') => ms(es.reduce((s, e) => s + (e[key] ?? 0) * share(e), 0));
      return {
        cpu: sum(tasks, 'tdur'),
        wall: sum(tasks, 'dur'),
        layout: sum(
          inside.filter((e) => LAYOUT.has(e.name)),
          'tdur',
        ),
        gc: sum(
          inside.filter((e) => GC.has(e.name)),
          'tdur',
        ),
        tasks: tasks.length,
        longTasks: tasks.filter((e) => (e.dur ?? 0) > 50_000).length,
        forcedLayouts: inside.filter((e) => e.name === 'Layout' && e.args?.beginData?.stackTrace).length,
      };
    },
    navigationStart(url) {
      const starts = events.filter(
        (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes(url),
      );
      return starts.at(-1)?.ts;
    },
    frames() {
      const fired = on.filter((e) => e.name === 'FireAnimationFrame');
      if (fired.length === 0) return undefined;
      return { first: fired[0]!.ts, last: fired.at(-1)!.ts, count: fired.length };
    },
  };
}
