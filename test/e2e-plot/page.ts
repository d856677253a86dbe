/**
 * A test page for the plot elements: built with Vite's build() from a
 * temporary HTML entry that imports components/plot/index.ts (the browser
 * bundle, without the content layer), served on 127.0.0.1, and opened in
 * Debian's Chromium. Lessons are compiled here, in Node, with loadLesson, and
 * handed to the page as JSON, exactly as the app receives them (see ../plot/fixtures.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildPage, launchChromium, serveStatic } from '../browser/chromium.js';

export { answered, exerciseOf, WRONG_SIGN } from '../plot/fixtures.js';

const REPO = resolve(import.meta.dirname, '../..');
const SCREENSHOTS = join(REPO, 'test-results/screenshots');

/** The page's script: the plot elements, Lit's render, and a hook the tests call to mount a template. */
const ENTRY = `
import { html, render } from 'lit';
import { renderExercisePlot } from ${JSON.stringify(join(REPO, 'components/plot/index.ts'))};

const host = () => document.getElementById('host');
window.gdPlot = {
  exercise(exercise, steps, width) {
    host().style.width = width + 'px';
    render(renderExercisePlot(exercise, steps), host());
  },
  element(tag, props, width) {
    host().style.width = width + 'px';
    const el = document.createElement(tag);
    Object.assign(el, props);
    render(html\`\`, host());
    host().replaceChildren(el);
    return el.updateComplete;
  },
  /** Resolves once every descent or comparison plot on the page (inside the explorer too) has drawn: they wait for the browser to be idle. */
  async drawn() {
    const plots = (root) => [...root.querySelectorAll('*')].flatMap((el) =>
      el.localName === 'gd-descent-plot' || el.localName === 'gd-compare-plot' ? [el] : el.shadowRoot ? plots(el.shadowRoot) : []);
    const pending = () => plots(document).some((el) => !el.shadowRoot || el.shadowRoot.querySelector('.pending'));
    for (let frames = 0; pending() && frames < 600; frames++) await new Promise(requestAnimationFrame);
  },
};
`;

const HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>gd-tutor plots</title>
    <link rel="icon" href="data:," />
    <style>
      body { margin: 0; padding: 16px; font-family: system-ui, sans-serif; background: #fff; }
      #host { box-sizing: border-box; }
    </style>
  </head>
  <body>
    <main id="host"></main>
    <script type="module" src="./entry.ts"></script>
  </body>
</html>`;

export interface PlotPage {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Builds the page (production mode: Lit without its dev warnings, as learners get it) into a temporary folder
 * under node_modules/.cache, so that `lit` resolves from the repository, and serves it.
 */
export async function buildPlotPage(): Promise<PlotPage> {
  const cache = join(REPO, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const root = mkdtempSync(join(cache, 'gd-plot-page-'));
  writeFileSync(join(root, 'index.html'), HTML);
  writeFileSync(join(root, 'entry.ts'), ENTRY);
  const outDir = join(root, 'dist');
  await buildPage(root, outDir, { minify: false });
  const site = await serveStatic(outDir);
  return {
    url: site.url,
    async close() {
      await site.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export const launch = (): Promise<Browser> => launchChromium();

/** A page at the plot page, failing on any uncaught error or console error. */
export async function openPage(browser: Browser, url: string, errors: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`uncaught in the page: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`console ${m.type()}: ${m.text()}`);
  });
  await page.goto(url);
  await page.waitForFunction(() => 'gdPlot' in window);
  return page;
}

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}

const AXE = join(REPO, 'node_modules/axe-core/axe.min.js');

interface AxeResults {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** axe-core over the page, shadow roots included: "impact rule: help (targets)" for each serious or critical finding. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe.run(document),
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact ?? ''} ${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}
