/**
 * Registration is guarded: a second copy of the bundle on the page (two LMS widgets, say) defines nothing again
 * and throws nothing; the first definitions stay and keep working.
 */
import { expect, it } from 'vitest';
import { eventually, readText, useBrowser } from '../browser/harness.js';

const h = useBrowser();

const TAGS = ['gd-math-input', 'gd-exercise', 'gd-lesson'];

/** The built JS files the app page loads (entry and preloaded chunks) that register elements. */
async function registeringAssets(url: string): Promise<string[]> {
  const html = await (await fetch(url)).text();
  const files = [...html.matchAll(/<(?:script[^>]* src|link rel="modulepreload"[^>]* href)="([^"]+\.js)"/g)].map(
    (m) => new URL(m[1]!, url).href,
  );
  const registering: string[] = [];
  for (const file of files) if ((await (await fetch(file)).text()).includes('customElements')) registering.push(file);
  return registering;
}

it('loading the built bundle a second time does not throw and keeps the first definitions', async () => {
  const assets = await registeringAssets(h.url);
  expect(assets.length).toBeGreaterThan(0);

  const page = await h.open('#/');
  await page.locator('main h1').waitFor();
  await page.evaluate((tags) => {
    const w = window as unknown as { first: unknown[]; touched: Set<string>; errors: string[] };
    w.first = tags.map((t) => customElements.get(t));
    w.errors = [];
    w.touched = new Set();
    window.addEventListener('error', (e) => w.errors.push(e.message));
    // Whatever the guard does, it has to ask about (or try to define) each tag: that shows the second copy ran.
    const get = customElements.get.bind(customElements);
    const define = customElements.define.bind(customElements);
    customElements.get = (name) => {
      w.touched.add(name);
      return get(name);
    };
    customElements.define = (name, ...rest) => {
      w.touched.add(name);
      define(name, ...rest);
    };
  }, TAGS);

  // Each file again under another URL, as a second widget's script tag would load it: it runs a second time.
  for (const asset of assets) await page.addScriptTag({ url: `${asset}?second-copy`, type: 'module' });

  const result = await page.evaluate((tags) => {
    const w = window as unknown as { first: unknown[]; touched: Set<string>; errors: string[] };
    return {
      defined: w.first.map((c) => typeof c),
      same: tags.map((t, k) => customElements.get(t) === w.first[k]),
      ranAgain: tags.filter((t) => w.touched.has(t)),
      errors: w.errors,
    };
  }, TAGS);
  expect(result).toEqual({
    defined: ['function', 'function', 'function'],
    same: [true, true, true],
    ranAgain: TAGS,
    errors: [],
  });

  // Still working: an element made now is of the first definition and reads an answer.
  await page.evaluate(() => {
    const el = document.createElement('gd-math-input');
    el.label = 'After two copies';
    document.body.append(el);
  });
  await page.getByRole('textbox', { name: 'After two copies' }).pressSequentially('2x');
  await eventually(() => readText(page.locator('gd-math-input [part="preview"]'))).toBe('Read as $2x$');
});
