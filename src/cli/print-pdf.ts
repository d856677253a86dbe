/**
 * Prints an HTML page to a PDF through Chromium (Debian's, or CHROMIUM_PATH), driven by playwright-core, an optional
 * peer dependency: neither is needed for anything else, so each missing one is a message saying what to install.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type Printed = { readonly ok: true } | { readonly ok: false; readonly message: string };

export async function printPdf(html: string, out: string, chromium = CHROMIUM_PATH): Promise<Printed> {
  if (!existsSync(chromium))
    return {
      ok: false,
      message: `--pdf prints through Chromium, and there is none at ${chromium}: install it (apt-get install chromium) or set CHROMIUM_PATH; or write the page with --html and print it from a browser.`,
    };
  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
  } catch {
    return {
      ok: false,
      message:
        '--pdf drives Chromium through playwright-core: npm install --save-dev playwright-core (it downloads no browser); or write the page with --html and print it from a browser.',
    };
  }
  const browser = await playwright.chromium.launch({ executablePath: chromium, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.pdf({ path: out, format: 'A4', printBackground: true, preferCSSPageSize: true });
    return { ok: true };
  } finally {
    await browser.close();
  }
}
