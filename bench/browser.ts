/**
 * The lesson page in a real browser: the gzip size of the JavaScript it
 * loads, and the time from navigation until the first exercise is ready for
 * input, beside a blank page loaded the same way (median of several loads),
 * with the main thread's CPU time over the same span from a trace (which the
 * machine's load hardly moves). `npx tsx bench/browser.ts` runs it alone.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../test/browser/chromium.js';
import { serveApart } from './static-server.js';
import { SLOWDOWN } from './plot.js';
import { summarise } from './stats.js';
import { traced, type MainThreadTime } from './trace.js';

const LOADS = Number(process.env.BENCH_LOADS ?? 7);
/** Loads traced for the main thread's CPU time (apart from the timed ones: tracing costs a little). */
const TRACED = 3;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Run in every document before its own scripts: at each animation frame, whether the first answer box exists
 * (inside the shadow roots) and is enabled; the first time it is, performance.now() is written to the console.
 * The console carries it out: asking the page (page.waitForFunction) would evaluate the driver's own script in
 * it while it loads, 12 ms of its main thread at full speed, in the time measured.
 */
const READY = 'gd-ready ';
const READY_PROBE = `(() => {
  const READY = ${JSON.stringify(READY)};
  if (!location.hash.startsWith('#/lesson/')) return;
  const probe = () => {
    const lesson = document.querySelector('gd-lesson');
    const exercise = lesson && lesson.shadowRoot && lesson.shadowRoot.querySelector('gd-exercise');
    const box = exercise && exercise.shadowRoot && exercise.shadowRoot.querySelector('gd-math-input');
    const input = box && box.shadowRoot && box.shadowRoot.querySelector('input');
    if (input && !input.disabled) console.debug(READY + performance.now());
    else requestAnimationFrame(probe);
  };
  requestAnimationFrame(probe);
})();`;

export async function benchBrowser(): Promise<string[]> {
  if (!existsSync(CHROMIUM)) return [`skipped: ${CHROMIUM} is not installed (apt-get install chromium)`];
  const out = mkdtempSync(join(tmpdir(), 'gd-bench-'));
  await build({ configFile: 'vite.config.ts', logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
  writeFileSync(join(out, 'blank.html'), '<!doctype html><title>blank</title><p>blank</p>');
  await build({
    configFile: 'vite.embed.config.ts',
    logLevel: 'silent',
    build: { outDir: join(out, 'embed'), emptyOutDir: true },
  });
  /** The scripts a page loads: its module entry and the chunks it preloads. */
  const scriptsOf = (page: string) =>
    [...readFileSync(join(out, page), 'utf8').matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  /** The gzip size of a page's inline scripts (the lesson page's opening request, app/opening.ts). */
  const inlineOf = (page: string) =>
    [...readFileSync(join(out, page), 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)].reduce(
      (s, m) => s + gzipSync(m[1]!).length,
      0,
    );
  const all = readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.js'));
  const gzip = (files: string[]) => files.reduce((s, f) => s + gzipSync(readFileSync(join(out, f))).length, 0);
  const pageJs = gzip(scriptsOf('index.html')) + inlineOf('index.html');
  const playerJs = gzip(scriptsOf('player.html')) + inlineOf('player.html');
  const embedJs = gzip(['embed/gd-tutor.js']);
  const allJs = gzip(all.map((f) => `assets/${f}`));
  // Loaded only when a teacher asks "Use this lesson" for a SCORM package: the packager and fflate.
  const onClick = all.filter((f) => f.startsWith('scorm-download'));
  const packagerJs = gzip(onClick.map((f) => `assets/${f}`));
  // The prose and math arrive rendered, in the lesson's JSON, instead of KaTeX in the page.
  const lessonJson = gzip(['lessons/bowl/0.json']);

  const site = await serveApart(out);
  const url = site.url.replace(/\/$/, '');
  const browser = await launchChromium();
  const lesson = `${url}/#/lesson/bowl`;
  /**
   * Loads the blank page, then the lesson, at full speed or with the CPU slowed; returns the blank page's load
   * time and when the first answer box was ready, both from navigation. Readiness is recorded by the page
   * itself at every animation frame from the document's start, so the driver's round trips under load are
   * not counted in it.
   */
  const load = async (slow: boolean, during?: (page: Page, go: () => Promise<number>) => Promise<void>) => {
    const context = await browser.newContext();
    await context.addInitScript(READY_PROBE);
    const page = await context.newPage();
    if (slow) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
    await page.goto(`${url}/blank.html`, { waitUntil: 'load' });
    const blankMs = await page.evaluate(() => performance.getEntriesByType('navigation')[0]!.duration);
    const go = async () => {
      const ready = page.waitForEvent('console', (m) => m.text().startsWith(READY));
      await page.goto(lesson, { waitUntil: 'commit' });
      return Number((await ready).text().slice(READY.length));
    };
    let readyMs = 0;
    if (during) await during(page, async () => (readyMs = await go()));
    else readyMs = await go();
    await context.close();
    return { blankMs, readyMs };
  };
  try {
    const blank: number[] = [];
    const ready: number[] = [];
    const slowBlank: number[] = [];
    const slowReady: number[] = [];
    const load0 = loadavg()[0]!;
    for (let k = 0; k < 2 * LOADS; k++) {
      // Loads alternate between full speed and the CPU slowed through the DevTools protocol, so the machine's
      // load moves both alike.
      const slow = k % 2 === 1;
      const { blankMs, readyMs } = await load(slow);
      (slow ? slowBlank : blank).push(blankMs);
      (slow ? slowReady : ready).push(readyMs);
    }
    // At full speed only: under DevTools' throttling a trace's thread time grows with the machine's load too.
    const cpu: MainThreadTime[] = [];
    for (let k = 0; k < TRACED; k++)
      await load(false, async (page, go) => {
        const { result: readyMs, trace } = await traced(browser, page, go);
        const start = trace.navigationStart('/#/lesson/bowl');
        if (start !== undefined) cpu.push(trace.between(start, start + readyMs * 1000));
      });
    const load1 = loadavg()[0]!;
    const ms = (v: number) => `${v.toFixed(0)} ms`;
    const loads = (r: number[], b: number[]) => {
      const readyMedian = summarise(r).median;
      const blankMedian = summarise(b).median;
      const over = r.map((v, k) => v - b[k]!);
      return `median ${ms(readyMedian)} from navigation, ${ms(readyMedian - blankMedian)} over a blank page's median (${ms(blankMedian)}); slowest load ${ms(Math.max(...r))} (${ms(Math.max(...over))} over its blank page)`;
    };
    const thread = (ts: MainThreadTime[]) => {
      if (ts.length === 0) return 'no trace';
      const median = (f: (t: MainThreadTime) => number) => summarise(ts.map(f)).median;
      return `CPU ${ms(median((t) => t.cpu))}, most ${ms(Math.max(...ts.map((t) => t.cpu)))} (style and layout ${ms(median((t) => t.layout))}, GC ${ms(median((t) => t.gc))}, ${median((t) => t.forcedLayouts)} forced layouts; the same tasks' wall time ${ms(median((t) => t.wall))})`;
    };
    return [
      `JavaScript, gzip (goal ≤ 60 KB a lesson page): lesson page ${kb(pageJs)}, framed player ${kb(playerJs)}, one-script embed embed/gd-tutor.js ${kb(embedJs)} (all app chunks ${kb(allJs)}); the bowl lesson's JSON with its prose rendered, gzip ${kb(lessonJson)}`,
      `loaded on a teacher's click only: the SCORM packager with fflate ${kb(packagerJs)} (${onClick.length} chunk${onClick.length === 1 ? '' : 's'}), not in the lesson page's figure`,
      `first exercise ready for input (${LOADS} loads each; load average ${load0.toFixed(1)} → ${load1.toFixed(1)}): ${loads(ready, blank)}; goal ≤ 300 ms over blank in every load`,
      `  with the CPU ${SLOWDOWN}× slower (DevTools Emulation.setCPUThrottlingRate): ${loads(slowReady, slowBlank)}; goal ≤ 600 ms`,
      `  main thread from navigation to ready, from a trace (median of ${TRACED} loads at full speed): ${thread(cpu)}`,
    ];
  } finally {
    await browser.close();
    await site.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  for (const line of await benchBrowser()) console.log(line);
