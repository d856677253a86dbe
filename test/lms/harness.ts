/**
 * What the LMS browser tests share: a build of what a host downloads (the site: the app, the player and embed/), static
 * servers on loopback — one per origin, so a host page and the player it frames are on different sites
 * (http://localhost:A vs http://127.0.0.1:B) — Debian's Chromium (never a downloaded one), and screenshots under
 * test-results/screenshots/lms-*.png. Every server and the browser are closed by the hooks.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../browser/chromium.js';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

export const REPO = resolve(import.meta.dirname, '../..');
/**
 * playwright-core turns off Chromium's storage partitioning (its --disable-features list), which Chrome has on by
 * default: without it a cross-site frame gets no storage at all. A Chromium switch given twice takes the last
 * value, so these two restate playwright's lists with partitioning enabled, as in the Chrome learners run.
 */
const AS_CHROME = [
  '--disable-features=AvoidUnnecessaryBeforeUnloadCheckSync,DestroyProfileOnBrowserClose,HttpsUpgrades,' +
    'HttpsFirstBalancedModeAutoEnable,LensOverlay,MediaRouter,PaintHolding,OptimizationHints,' +
    'NetworkTimeServiceQuerying,AimEnabled,PreconnectToSearch',
  '--enable-features=ThirdPartyStoragePartitioning,CDPScreenshotNewSurface,SkipListAccountsWithoutGaiaCookies',
];
const BUILD_LIMIT_MS = 150_000;
export const SCREENSHOTS = join(REPO, 'test-results/screenshots');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
};

/** Builds the site (app, player, embed/) as npm run build does, into a new temporary directory; rejects with the build's output. */
export function buildDist(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'gd-tutor-lms-'));
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (!key.startsWith('VITEST') && key !== 'TEST' && key !== 'NODE_ENV') env[key] = value;
  env.NODE_ENV = 'production';
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, '../browser/build-site.ts'), out],
      {
        cwd: REPO,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), BUILD_LIMIT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) done(out);
      else fail(new Error(`the build failed (exit ${code}):\n${output}`));
    });
  });
}

export interface Served {
  /** The server's root URL, ending with a slash, under the host name asked for. */
  readonly url: string;
  /** Pages the test writes: path → HTML (or another text, typed by its extension), or a handler that answers. */
  readonly pages: Map<string, string | ((res: ServerResponse) => void)>;
  close(): Promise<void>;
}

/**
 * A static server on 127.0.0.1 at a random port, addressed as `host` (localhost and 127.0.0.1 are two origins and
 * two sites to the browser). `mounts` maps a path prefix to a directory; `pages` answers exact paths first. Every
 * answer allows any origin (as common static hosts do), since a host page loads resize.js from the player's site.
 */
export async function serve(host: 'localhost' | '127.0.0.1', mounts: Record<string, string> = {}): Promise<Served> {
  const pages = new Map<string, string | ((res: ServerResponse) => void)>();
  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer): void => {
    res.writeHead(status, {
      'Content-Type': type,
      'Cache-Control': 'no-store',
      'Access-Control-Allow-Origin': '*',
    });
    res.end(body);
  };
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const page = pages.get(path);
    if (typeof page === 'function') {
      page(res);
      return;
    }
    if (page !== undefined) {
      send(res, 200, TYPES[extname(path)] ?? TYPES['.html']!, page);
      return;
    }
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!path.startsWith(prefix)) continue;
      const file = resolve(dir, `./${decodeURIComponent(path.slice(prefix.length))}`);
      if (file !== dir && !file.startsWith(dir + sep)) break;
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) break;
      send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
      return;
    }
    send(res, 404, 'text/plain; charset=utf-8', `no file ${path}`);
  }
  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      send(res, 500, 'text/plain; charset=utf-8', String(e));
    });
  });
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ready);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    pages,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((closed) =>
        server.close(() => {
          closed();
        }),
      );
    },
  };
}

/** The browsers besides the Chrome-like one that open() offers, by the switches each is launched with. */
const OTHER_BROWSERS = {
  'storage-blocked': [],
  'frames-in-process': [
    ...AS_CHROME.map((a) => (a.startsWith('--disable-features=') ? `${a},IsolateOrigins,site-per-process` : a)),
    '--disable-site-isolation-trials',
  ],
} satisfies Record<string, readonly string[]>;
type OtherBrowser = keyof typeof OTHER_BROWSERS;

export interface LmsHarness {
  /** The built site (what npm run build writes to site/). */
  readonly dist: string;
  /**
   * A page in a fresh context (empty storage); errors in any of its frames fail the test unless `allow` matches.
   * A cross-site frame's storage is partitioned by top-level site, as in Chrome; `{ browser: 'storage-blocked' }`
   * opens one in a browser that refuses it instead (as Safari and strict privacy settings do).
   * `{ browser: 'frames-in-process' }` opens one in a browser whose cross-site frames share their page's renderer (no
   * site isolation): Playwright loses track of an out-of-process frame that navigates again while it is still
   * attaching to it (the frame tree it keeps stops at the frame's first document, so locators inside wait forever),
   * which a loaded machine makes likely for a frame that signs in by posting itself on. Cookies, storage partitioning
   * and postMessage origins do not depend on the process a frame runs in.
   */
  open(allow?: RegExp, options?: { browser?: OtherBrowser }): Promise<Page>;
  /** Closes with the file: servers, temporary directories. */
  cleanup(fn: () => unknown): void;
}

/** The hooks of an LMS browser test file: the build and Chromium before, contexts after each test, all closed after. */
export function useLms(): LmsHarness {
  let browser: Browser | undefined;
  /** Launched on first use, one each for the file. */
  const others = new Map<OtherBrowser, Promise<Browser>>();
  let dist = '';
  let contexts: { context: BrowserContext; errors: string[] }[] = [];
  const cleanups: (() => unknown)[] = [];

  beforeAll(async () => {
    [dist, browser] = await Promise.all([buildDist(), launchChromium(AS_CHROME)]);
    cleanups.push(() => {
      rmSync(dist, { recursive: true, force: true });
    });
  }, BUILD_LIMIT_MS + 30_000);

  afterEach(async () => {
    const open = contexts;
    contexts = [];
    await Promise.all(open.map((c) => c.context.close()));
    expect(open.flatMap((c) => c.errors)).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    for (const other of others.values()) await (await other).close();
    for (const fn of cleanups.reverse()) await fn();
  });

  return {
    get dist() {
      return dist;
    },
    async open(allow, options = {}) {
      if (!browser) throw new Error('Chromium did not start (see the error in beforeAll).');
      const contextOptions = { viewport: { width: 1000, height: 800 }, locale: 'en-US' };
      const other = options.browser;
      if (other && !others.has(other)) others.set(other, launchChromium(OTHER_BROWSERS[other]));
      const chosen = other ? await others.get(other)! : browser;
      const context = await chosen.newContext(contextOptions);
      const errors: string[] = [];
      contexts.push({ context, errors });
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error' && !allow?.test(m.text())) errors.push(`console error: ${m.text()}`);
      });
      return page;
    },
    cleanup(fn) {
      cleanups.push(fn);
    },
  };
}

/**
 * Writes test-results/screenshots/lms-<name>.png (the whole page); returns its path. The viewport is made as tall as
 * the page first: a full-page screenshot paints a frame only as far as the viewport reaches.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `lms-${name}.png`);
  const viewport = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.min(Math.max(height, viewport.height), 8000) });
  await page.screenshot({ path });
  await page.setViewportSize(viewport);
  return path;
}
