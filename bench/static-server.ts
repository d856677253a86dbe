/**
 * A built folder served from a process of its own, as a real site is served from elsewhere: a server in the
 * benchmark's own process answers only when the event loop that also drives Chromium (and receives its
 * trace) gets to it, and the page's timings would count the driver. Run as a child by `serveApart`; prints
 * its URL on one line and serves until it is stopped.
 */
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createInterface } from 'node:readline';
import { serveStatic, type StaticSite } from '../test/browser/chromium.js';

export async function serveApart(dir: string): Promise<StaticSite> {
  const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((done) => {
    child.once('exit', () => {
      done();
    });
  });
  const url = await new Promise<string>((found, fail) => {
    createInterface({ input: child.stdout }).once('line', (line) => {
      found(line);
    });
    child.once('exit', (code) => {
      fail(new Error(`the static server stopped before serving (exit ${String(code)})`));
    });
  });
  return {
    url,
    close: async () => {
      child.kill();
      await exited;
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const site = await serveStatic(process.argv[2] ?? '.');
  console.log(site.url);
  process.once('SIGTERM', () => void site.close().then(() => process.exit(0)));
}
