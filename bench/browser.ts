/**
 * The lesson page in a real browser: the gzip size of the JavaScript it
 * loads, and the time from navigation until the first exercise is ready for
 * input, beside a blank page loaded the same way (median of several loads).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { CHROMIUM, launchChromium, serveStatic } from '../test/browser/chromium.js';
import { SLOWDOWN } from './plot.js';
import { summarise } from './stats.js';

const LOADS = 7;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

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
  const all = readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.js'));
  const gzip = (files: string[]) => files.reduce((s, f) => s + gzipSync(readFileSync(join(out, f))).length, 0);
  const pageJs = gzip(scriptsOf('index.html'));
  const playerJs = gzip(scriptsOf('player.html'));
  const embedJs = gzip(['embed/gd-tutor.js']);
  const allJs = gzip(all.map((f) => `assets/${f}`));
  // Loaded only when a teacher asks "Use this lesson" for a SCORM package: the packager and fflate.
  const onClick = all.filter((f) => f.startsWith('scorm-download'));
  const packagerJs = gzip(onClick.map((f) => `assets/${f}`));
  // The prose and math arrive rendered, in the lesson's JSON, instead of KaTeX in the page.
  const lessonJson = gzip(['lessons/bowl/0.json']);

  const site = await serveStatic(out);
  const url = site.url.replace(/\/$/, '');
  const browser = await launchChromium();
  try {
    const blank: number[] = [];
    const ready: number[] = [];
    const slowBlank: number[] = [];
    const slowReady: number[] = [];
    for (let k = 0; k < 2 * LOADS; k++) {
      // Loads alternate between full speed and the CPU slowed through the DevTools protocol, so the machine's
      // load moves both alike.
      const slow = k % 2 === 1;
      const context = await browser.newContext();
      const page = await context.newPage();
      if (slow) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
      await page.goto(`${url}/blank.html`, { waitUntil: 'load' });
      (slow ? slowBlank : blank).push(
        await page.evaluate(() => performance.getEntriesByType('navigation')[0]!.duration),
      );
      await page.goto(`${url}/#/lesson/bowl`);
      // Ready for input: the first answer box exists, inside the shadow roots, and is enabled.
      await page.waitForFunction(
        () => {
          const lesson = document.querySelector('gd-lesson');
          const exercise = lesson?.shadowRoot?.querySelector('gd-exercise');
          const input = exercise?.shadowRoot?.querySelector('gd-math-input')?.shadowRoot?.querySelector('input');
          if (input && !input.disabled) (window as unknown as { readyAt?: number }).readyAt ??= performance.now();
          return Boolean(input && !input.disabled);
        },
        undefined,
        { polling: 'raf' },
      );
      (slow ? slowReady : ready).push(await page.evaluate(() => (window as unknown as { readyAt: number }).readyAt));
      await context.close();
    }
    const ms = (v: number) => `${v.toFixed(0)} ms`;
    const loads = (r: number[], b: number[]) => {
      const readyMedian = summarise(r).median;
      const blankMedian = summarise(b).median;
      const over = r.map((v, k) => v - b[k]!);
      return `median ${ms(readyMedian)} from navigation, ${ms(readyMedian - blankMedian)} over a blank page's median (${ms(blankMedian)}); slowest load ${ms(Math.max(...r))} (${ms(Math.max(...over))} over its blank page)`;
    };
    return [
      `JavaScript, gzip (goal ≤ 60 KB a lesson page): lesson page ${kb(pageJs)}, framed player ${kb(playerJs)}, one-script embed embed/gd-tutor.js ${kb(embedJs)} (all app chunks ${kb(allJs)}); the bowl lesson's JSON with its prose rendered, gzip ${kb(lessonJson)}`,
      `loaded on a teacher's click only: the SCORM packager with fflate ${kb(packagerJs)} (${onClick.length} chunk${onClick.length === 1 ? '' : 's'}), not in the lesson page's figure`,
      `first exercise ready for input (${LOADS} loads each): ${loads(ready, blank)}; goal ≤ 300 ms over blank in every load`,
      `  with the CPU ${SLOWDOWN}× slower (DevTools Emulation.setCPUThrottlingRate): ${loads(slowReady, slowBlank)}; goal ≤ 600 ms`,
    ];
  } finally {
    await browser.close();
    await site.close();
  }
}
