/**
 * The built site, served for the browser tests: a static server on 127.0.0.1 at a random port over a temporary
 * directory that build-site.ts fills. The build starts on the first request and runs once per test run, so a run
 * of the unit tests alone never pays for it; every request waits for it, and a failed build answers 500 with the
 * build's output, which harness.ts turns into the test failure.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';

const REPO = resolve(import.meta.dirname, '../..');
const BUILD_SCRIPT = join(import.meta.dirname, 'build-site.ts');
/** A build takes seconds; past this something hangs, and the tests say so instead of waiting forever. */
const BUILD_LIMIT_MS = 180_000;

/** The path that waits for the build and reports it: 200 when the site is ready, 500 with the build's output. */
export const READY_PATH = '__gd-site/ready';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface Site {
  /** The site's root URL, ending with a slash. */
  readonly url: string;
  close(): Promise<void>;
}

type Built = { readonly ok: true } | { readonly ok: false; readonly output: string };

/** The child's environment: a production build, without vitest's variables. */
function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (!key.startsWith('VITEST') && key !== 'TEST' && key !== 'NODE_ENV') env[key] = value;
  return { ...env, NODE_ENV: 'production' };
}

export async function startSite(): Promise<Site> {
  const root = mkdtempSync(join(tmpdir(), 'gd-tutor-site-'));
  let built: Promise<Built> | undefined;
  let child: ReturnType<typeof spawn> | undefined;

  const runBuild = (): Promise<Built> =>
    new Promise((done) => {
      const started = Date.now();
      child = spawn(process.execPath, ['--import', 'tsx', BUILD_SCRIPT, root], {
        cwd: REPO,
        env: buildEnv(),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const timer = setTimeout(() => {
        output += `\nThe build did not finish within ${BUILD_LIMIT_MS / 1000} s and was stopped.`;
        child?.kill('SIGKILL');
      }, BUILD_LIMIT_MS);
      child.on('error', (e) => {
        clearTimeout(timer);
        done({ ok: false, output: `${output}\n${e.message}` });
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        child = undefined;
        done(
          code === 0
            ? { ok: true }
            : { ok: false, output: `vite build exited with ${code} after ${Date.now() - started} ms:\n${output}` },
        );
      });
    });

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer) => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
    res.end(body);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    built ??= runBuild();
    const result = await built;
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === `/${READY_PATH}`) {
      if (result.ok) send(res, 200, TYPES['.json']!, '{"ready":true}');
      else send(res, 500, 'text/plain; charset=utf-8', result.output);
      return;
    }
    if (!result.ok) {
      send(res, 500, 'text/plain; charset=utf-8', result.output);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain; charset=utf-8', 'GET only');
      return;
    }
    let file: string;
    try {
      file = resolve(root, `.${decodeURIComponent(path.endsWith('/') ? `${path}index.html` : path)}`);
    } catch {
      send(res, 400, 'text/plain; charset=utf-8', 'bad path');
      return;
    }
    if (!file.startsWith(root + sep)) {
      send(res, 403, 'text/plain; charset=utf-8', 'outside the site');
      return;
    }
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) {
      send(res, 404, 'text/plain; charset=utf-8', `no file ${path}`);
      return;
    }
    send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', String(e));
      else res.destroy();
    });
  });
  // Bounded: a test that forgets a connection cannot keep the run alive or pile up sockets.
  server.maxConnections = 256;
  server.requestTimeout = 60_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 2_000;

  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      ready();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      child?.kill('SIGKILL');
      server.closeAllConnections();
      await new Promise<void>((closed) => {
        server.close(() => {
          closed();
        });
      });
      rmSync(root, { recursive: true, force: true });
    },
  };
}
