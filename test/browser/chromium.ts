/**
 * What every browser test and benchmark shares: launching Debian's Chromium
 * (never a downloaded browser), serving a built folder on loopback, and
 * building a one-page Vite site for a test page of its own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';

export const CHROMIUM = '/usr/bin/chromium';

/** The switches this workplace's Chromium needs: no sandbox as root, no GPU, no calls home. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
];

/** Launches Chromium, or says how to get it (CI installs it in .ci/run). */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} is missing: the browser tests drive Debian's Chromium (apt-get install chromium, as .ci/run does); they never download a browser.`,
    );
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

export interface StaticSite {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 at a free port; nothing outside it is reachable. */
export async function serveStatic(dir: string): Promise<StaticSite> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!file.startsWith(root + sep) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': MIME_TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ready);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => {
          closed();
        });
      }),
  };
}

/** Builds a page of its own (`root` holds index.html and its entry) for production into `outDir`. */
export async function buildPage(root: string, outDir: string, options: { minify?: boolean } = {}): Promise<void> {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    base: './',
    publicDir: false,
    resolve: { conditions: ['module', 'browser', 'production'] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { outDir, emptyOutDir: true, target: 'es2022', ...(options.minify === false ? { minify: false } : {}) },
  });
}
