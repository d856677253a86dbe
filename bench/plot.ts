/**
 * The plots in headless Chromium: milliseconds to compute the contours of a
 * two-variable function at the plot's resolution and a 1,000-iterate path,
 * to draw them, and to redraw the explorer at a new learning rate (what a
 * dragged slider asks sixty times a second). Medians of several runs; the
 * goal is a redraw under 16 ms. A traced drag gives the main thread's CPU
 * time per frame, which the machine's load hardly moves. `npx tsx
 * bench/plot.ts` runs it alone.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { buildPage, CHROMIUM, launchChromium, serveStatic } from '../test/browser/chromium.js';
import { traced } from './trace.js';

const REPO = resolve(import.meta.dirname, '..');
const RUNS = 25;

/** The page's script: the measurements run inside Chromium, on the modules the lesson page ships. */
const ENTRY = `
import { contourSet } from ${JSON.stringify(join(REPO, 'src/plot/model.ts'))};
import { pathOf, landscapeOf } from ${JSON.stringify(join(REPO, 'src/plot/landscape.ts'))};
import { regimeAt } from ${JSON.stringify(join(REPO, 'src/plot/explorer.ts'))};
import { read } from ${JSON.stringify(join(REPO, 'src/math/parse.ts'))};
import ${JSON.stringify(join(REPO, 'components/plot/index.ts'))};

const RESOLUTION = 60;
// A compiled lesson holds the function and its partials as trees: read here once, as the compiler would write them.
const tree = (text) => read(text, { variables: ['x1', 'x2'] }).node;
const fn = { tree: tree('0.2*x1^2 + x2^2 + 0.5*sin(x1)*cos(x2)'), variables: ['x1', 'x2'], name: 'f',
  gradient: [tree('0.4*x1 + 0.5*cos(x1)*cos(x2)'), tree('2*x2 - 0.5*sin(x1)*sin(x2)')] };
// α = 0.001 moves so little per step that all 1,000 iterates are drawn.
const exercise = { function: fn, start: [9, -3], learningRate: 0.001, steps: [] };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
const settle = async (...els) => { for (const el of els) await el.updateComplete; };
const layout = (el) => el.shadowRoot.querySelector('svg')?.getBoundingClientRect();

window.gdBench = async (runs) => {
  const landscape = landscapeOf(fn);
  const out = { contours: [], path: [], draw: [], redraw: [], verdict: [], steps: 0, iterates: 0, levels: 0 };
  for (let k = 0; k < runs; k++) {
    // A different view each run, so nothing is cached.
    const view = { x: [-10 - k * 0.01, 10], y: [-10, 10 + k * 0.01] };
    let t = performance.now();
    const set = contourSet(landscape, view, RESOLUTION, 'quantile');
    out.contours.push(performance.now() - t);
    out.levels = set.levels.length;
    t = performance.now();
    const path = pathOf(landscape, 0.001 + k * 1e-6, [9, -3], 1000);
    out.path.push(performance.now() - t);
    out.iterates = path.length - 1;
    t = performance.now();
    const verdict = regimeAt(landscape, 0.001 + ((k % 10) + 1) * 0.0001, [9, -3]);
    out.verdict.push(performance.now() - t);
    out.steps = verdict.iterations;
  }
  const host = document.getElementById('host');
  for (let k = 0; k < runs; k++) {
    host.replaceChildren();
    await frame();
    const plot = document.createElement('gd-descent-plot');
    plot.view = { x: [-10 - k * 0.01, 10], y: [-10, 10 + k * 0.01] };
    plot.iterations = 1000;
    plot.eager = true; // measure the drawing, not the placeholder shown until the browser is idle
    const t = performance.now();
    plot.exercise = exercise;
    host.append(plot);
    await settle(plot);
    layout(plot);
    out.draw.push(performance.now() - t);
  }
  host.replaceChildren();
  const explorer = document.createElement('gd-rate-explorer');
  explorer.exercise = exercise;
  explorer.iterations = 1000;
  host.append(explorer);
  await settle(explorer);
  const parts = () => [...explorer.shadowRoot.querySelectorAll('gd-descent-plot, gd-loss-chart')];
  await settle(...parts());
  for (let k = 0; k < runs; k++) {
    await frame();
    const t = performance.now();
    explorer.learningRate = 0.001 + ((k % 10) + 1) * 0.0001;
    await settle(explorer, ...parts());
    for (const el of parts()) layout(el);
    out.redraw.push(performance.now() - t);
  }
  return {
    contours: median(out.contours),
    path: median(out.path),
    draw: median(out.draw),
    redraw: median(out.redraw),
    redrawMax: Math.max(...out.redraw),
    verdict: median(out.verdict),
    steps: out.steps,
    iterates: out.iterates,
    levels: out.levels,
    resolution: RESOLUTION,
  };
};

/** A dragged slider on the explorer gdBench left on the page: a new rate every frame; the time between frames says whether the page keeps up. */
window.gdSlider = async (count) => {
  const explorer = document.querySelector('gd-rate-explorer');
  const frames = [];
  await frame();
  let last = performance.now();
  for (let k = 0; k < count; k++) {
    explorer.learningRate = 0.0005 + k * 0.00002;
    await frame();
    const now = performance.now();
    frames.push(now - last);
    last = now;
  }
  const sorted = [...frames].sort((a, b) => a - b);
  // An interval past 25 ms is a frame the page did not draw in time (at 60 Hz the next one comes 16.7 ms later);
  // the intervals in between move by a millisecond or two with the headless browser's frame timer.
  return {
    median: median(frames),
    p90: sorted[Math.floor(sorted.length * 0.9)],
    worst: sorted[sorted.length - 1],
    missed: frames.filter((f) => f > 25).length,
  };
};
`;

const HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>plot bench</title>
<link rel="icon" href="data:,"></head><body><main id="host" style="width: 640px"></main>
<script type="module" src="./entry.ts"></script></body></html>`;

interface Figures {
  contours: number;
  path: number;
  draw: number;
  redraw: number;
  redrawMax: number;
  verdict: number;
  steps: number;
  iterates: number;
  levels: number;
  resolution: number;
}

const ms = (v: number) => `${v.toFixed(2)} ms`;

/** Frame intervals while the slider is dragged. */
interface Frames {
  median: number;
  p90: number;
  worst: number;
  /** Intervals over 25 ms: frames not drawn in time. */
  missed: number;
}

/** How much slower the CPU is made, through the DevTools protocol, for the "modest laptop" runs. */
export const SLOWDOWN = 4;
const FRAMES = 120;

export async function benchPlot(): Promise<string[]> {
  if (!existsSync(CHROMIUM)) return [`skipped: ${CHROMIUM} is not installed (apt-get install chromium)`];
  const cache = join(REPO, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const root = mkdtempSync(join(cache, 'gd-plot-bench-'));
  const outDir = join(root, 'dist');
  writeFileSync(join(root, 'index.html'), HTML);
  writeFileSync(join(root, 'entry.ts'), ENTRY);
  try {
    await buildPage(root, outDir);
    const site = await serveStatic(outDir);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
      await page.goto(site.url);
      await page.waitForFunction(() => 'gdBench' in window);
      const f = await page.evaluate(
        (runs) => (window as unknown as { gdBench(runs: number): Promise<Figures> }).gdBench(runs),
        RUNS,
      );
      const drag = () =>
        page.evaluate(
          (count) => (window as unknown as { gdSlider(count: number): Promise<Frames> }).gdSlider(count),
          FRAMES,
        );
      const cdp = await page.context().newCDPSession(page);
      const load0 = loadavg()[0]!;
      const fast = await drag();
      // Apart from the timed drag (tracing costs a little): what each frame cost the main thread.
      const { trace } = await traced(browser, page, drag);
      const span = trace.frames();
      const perFrame = span && { ...trace.between(span.first, span.last), count: span.count };
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
      const slow = await drag();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      const load1 = loadavg()[0]!;
      const frames = (d: Frames) =>
        `median ${ms(d.median)}, 90th percentile ${ms(d.p90)}, worst ${ms(d.worst)}, ${d.missed} of ${FRAMES} frames late (over 25 ms)`;
      return [
        `compute: contours at ${f.resolution}×${f.resolution} cells, ${f.levels} levels (lines and filled bands): median ${ms(f.contours)}; a ${f.iterates}-iterate path: median ${ms(f.path)} (${RUNS} runs)`,
        `draw: gd-descent-plot with those contours and the ${f.iterates}-iterate path, from scratch (render and layout): median ${ms(f.draw)}`,
        `redraw: gd-rate-explorer at a new learning rate (path, plot and loss chart; contours cached): median ${ms(f.redraw)}, worst ${ms(f.redrawMax)}; goal < 16 ms`,
        `dragged slider (a new rate every frame, ${FRAMES} frames; load average ${load0.toFixed(1)} → ${load1.toFixed(1)}), frame interval: ${frames(fast)}; with the CPU ${SLOWDOWN}× slower: ${frames(slow)}; goal ≤ 17 ms`,
        perFrame
          ? `  main thread per frame of a traced drag, from its tasks' thread time: CPU ${ms(perFrame.cpu / perFrame.count)} (style and layout ${ms(perFrame.layout / perFrame.count)}, GC ${ms(perFrame.gc / perFrame.count)}), ${perFrame.forcedLayouts} forced layouts, ${perFrame.longTasks} tasks over 50 ms in ${perFrame.count} frames`
          : '  main thread per frame: no trace',
        `naming the regime (the engine's run, ${f.steps} steps at these slow rates; done once the slider rests, not per frame): median ${ms(f.verdict)}`,
      ];
    } finally {
      await browser.close();
      await site.close();
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  for (const line of await benchPlot()) console.log(line);
