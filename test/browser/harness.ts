/**
 * What a browser test file needs: Debian's Chromium (never a downloaded one), the built site (served by
 * global-setup.ts), a fresh context for each page (so localStorage starts empty), screenshots under
 * test-results/screenshots/, and axe-core. Every uncaught error or console error in a page fails the test
 * that opened it.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from './chromium.js';
import { READY_PATH } from './site.js';

const REPO = resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = join(REPO, 'test-results/screenshots');
const AXE = join(REPO, 'node_modules/axe-core/axe.min.js');

/** Waiting for the build (seconds, more while the unit tests share the CPUs) and launching Chromium. */
const SETUP_LIMIT_MS = 240_000;

export interface OpenOptions extends BrowserContextOptions {
  /** Console errors a test expects (a failed fetch it provoked); any other one fails the test. */
  readonly allowConsoleErrors?: RegExp;
}

export interface Harness {
  /** The site's root URL, ending with a slash. */
  readonly url: string;
  /** A page in a fresh context (empty storage), at `path` relative to the site when given. */
  open(path?: string, options?: OpenOptions): Promise<Page>;
}

async function siteUrl(): Promise<string> {
  const url = inject('gdSiteUrl') as string | undefined;
  if (!url)
    throw new Error(
      'The browser tests need the built site: run them through vitest.config.ts, whose globalSetup is test/browser/global-setup.ts.',
    );
  const ready = await fetch(new URL(READY_PATH, url));
  if (!ready.ok) throw new Error(`The site could not be built for the browser tests:\n${await ready.text()}`);
  return url;
}

const launch = (): Promise<Browser> => launchChromium();

/**
 * Registers the hooks of a browser test file: the site and Chromium before its tests, the contexts closed
 * (and the pages' errors checked) after each test, Chromium closed after all.
 */
export function useBrowser(): Harness {
  let browser: Browser | undefined;
  let url = '';
  let contexts: { context: BrowserContext; errors: string[] }[] = [];

  beforeAll(async () => {
    [url, browser] = await Promise.all([siteUrl(), launch()]);
  }, SETUP_LIMIT_MS);

  afterEach(async () => {
    const open = contexts;
    contexts = [];
    await Promise.all(open.map((c) => c.context.close()));
    expect(open.flatMap((c) => c.errors)).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    get url() {
      return url;
    },
    async open(path, options = {}) {
      if (!browser) throw new Error('The browser did not start (see the error in beforeAll).');
      const { allowConsoleErrors, ...contextOptions } = options;
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        locale: 'en-US',
        reducedMotion: 'reduce',
        ...contextOptions,
      });
      const errors: string[] = [];
      contexts.push({ context, errors });
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(`uncaught in the page: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error' && !allowConsoleErrors?.test(m.text())) errors.push(`console error: ${m.text()}`);
      });
      if (path !== undefined) await page.goto(new URL(path, url).href);
      return page;
    },
  };
}

/**
 * Waits until what `read` returns passes the assertion chained after it: expect.poll with room for a loaded
 * machine (the unit tests share the CPUs). The limit only ends a wait that would never succeed; nothing is timed.
 */
export const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 50 });

/** Writes test-results/screenshots/<name>.png (the whole page). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * The element that has the focus, through open shadow roots, as a test states it: `input [Your answer to step 2]`
 * (its aria-label), `button "Check"` (its text), `main#main`.
 */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return 'nothing';
    const label = el.getAttribute('aria-label');
    const name = el.localName + (el.id ? `#${el.id}` : '');
    if (label) return `${name} [${label}]`;
    if (el.localName === 'a' || el.localName === 'button')
      return `${name} "${el.textContent.replace(/\s+/g, ' ').trim()}"`;
    return name;
  });
}

/**
 * An element's text as a reader would quote it, with each KaTeX formula written back as its TeX source between
 * dollars (`Hold $y$ fixed`), so expected texts can be copied from the lesson file; whitespace is collapsed.
 */
export function readText(locator: Locator): Promise<string> {
  return locator.evaluate((el) => {
    const copy = el.cloneNode(true) as Element;
    for (const math of copy.querySelectorAll('math'))
      math.replaceWith(`$${math.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? '?'}$`);
    return copy.textContent.replace(/\s+/g, ' ').trim();
  });
}

/**
 * A page with the app's bundle loaded (so the elements are registered, once) and its style sheet, emptied for
 * a component test once the app has rendered its index (after that nothing renders into the page uninvited).
 */
export async function blankPage(harness: Harness, options?: OpenOptions): Promise<Page> {
  const page = await harness.open('#/', options);
  await page.locator('main h1').waitFor();
  await page.evaluate(() => {
    document.body.replaceChildren();
  });
  return page;
}

/** One axe finding, enough to find and fix it. */
interface Finding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly nodes: readonly { readonly target: string; readonly html: string; readonly summary: string }[];
}

interface AxeApi {
  run(
    context: Document,
    options: { resultTypes: string[] },
  ): Promise<{
    violations: {
      id: string;
      impact?: string | null;
      help: string;
      nodes: { target: unknown[]; html: string; failureSummary?: string }[];
    }[];
  }>;
}

/**
 * axe-core over the whole document, shadow roots included: the violations of impact serious or critical, each
 * as "impact rule-id: help", then its nodes as "target (shadow hosts joined by >>>): summary".
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const findings: Finding[] = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: AxeApi }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(', '),
        html: n.html,
        summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    }));
  });
  return findings
    .filter((f) => f.impact === 'serious' || f.impact === 'critical')
    .map(
      (f) =>
        `${f.impact} ${f.id}: ${f.help}\n${f.nodes.map((n) => `    at ${n.target}: ${n.html}\n      ${n.summary}`).join('\n')}`,
    );
}
