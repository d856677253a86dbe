/**
 * One readable column from 320 px phones to 1600 px screens: at 320 px no page scrolls sideways, neither a fresh
 * lesson nor one with its summary table; screenshots at 320 and 1600 px.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { LessonEntry } from '../../app/site.js';
import { eventually, readText, screenshot, useBrowser } from '../browser/harness.js';
import { BOWL_RIGHT } from '../tutor/fixtures.js';

const h = useBrowser();

const PHONE = { width: 320, height: 800 };
const WIDE = { width: 1600, height: 1000 };

/**
 * How far the page scrolls sideways: the scroll width and, when it is past the viewport, what sticks out
 * (through shadow roots, leaving out what a scroll box of its own clips): each formula as its TeX and each other
 * innermost element, with where it sits and its right edge, widest first, so a failure says what to fix.
 */
function sideways(page: Page): Promise<{ scrollWidth: number; past: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const rightOf = (el: Element) =>
      Math.max(
        el.getBoundingClientRect().right,
        ...[...el.querySelectorAll('*')].map((c) => c.getBoundingClientRect().right),
      );
    const where = (el: Element) => {
      let p = el.parentElement;
      while (p && (p.classList.length === 0 || p.className.startsWith('katex'))) p = p.parentElement;
      return p
        ? `${p.localName}.${[...p.classList].join('.')}`
        : ((el.parentNode as ShadowRoot | null)?.host.localName ?? '');
    };
    // A wide formula may stick out of its own scroll box (that is the design); it must not widen the page.
    const clipped = (el: Element) => {
      for (let p = el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null; p;) {
        const overflow = getComputedStyle(p).overflowX;
        if (
          (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') &&
          p.getBoundingClientRect().right <= width
        )
          return true;
        p = p.parentElement ?? (p.parentNode as ShadowRoot | null)?.host ?? null;
      }
      return false;
    };
    const past: [number, string][] = [];
    const visit = (root: Document | ShadowRoot, path: string) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot, `${path}${el.localName} >>> `);
        if (el.closest('math') && el.localName !== 'math') continue;
        if (clipped(el)) continue;
        const right = Math.round(rightOf(el));
        if (right <= width) continue;
        if (el.localName === 'math') {
          const tex = el.querySelector('annotation')?.textContent ?? '';
          past.push([right, `${path}${where(el)}: $${tex.length > 48 ? `${tex.slice(0, 48)}…` : tex}$ (${right}px)`]);
        } else if (![...el.children].some((c) => rightOf(c) > width))
          past.push([right, `${path}${where(el)} > ${el.localName} (${right}px)`]);
      }
    };
    visit(document, '');
    return {
      scrollWidth: document.scrollingElement!.scrollWidth,
      past: [...new Set(past.sort((a, b) => b[0] - a[0]).map(([, name]) => name))].slice(0, 6),
    };
  });
}

const fits = { scrollWidth: PHONE.width, past: [] };

describe('layout', () => {
  it('the bowl lesson fits 320 px, fresh and finished, and spreads at 1600 px', async () => {
    const page = await h.open('#/lesson/bowl', { viewport: PHONE });
    const exercise = page.locator('gd-exercise').filter({ hasText: 'One step from (3, 4)' });
    await exercise.locator('li.step').first().waitFor();
    expect(await sideways(page)).toEqual(fits);
    await screenshot(page, 'layout-320-bowl');

    for (const [step, text] of BOWL_RIGHT) {
      const s = exercise.locator(`li.step[data-step="${step}"]`);
      await s.getByRole('textbox').fill(text);
      await s.getByRole('button', { name: 'Check' }).click();
    }
    await eventually(() => readText(exercise.getByRole('region', { name: 'Summary' }).getByRole('heading'))).toBe(
      'Exercise complete — Score: 100% (7 / 7)',
    );
    expect(await sideways(page)).toEqual(fits);
    await screenshot(page, 'layout-320-bowl-summary');

    await page.setViewportSize(WIDE);
    expect((await sideways(page)).scrollWidth).toBe(WIDE.width);
    await screenshot(page, 'layout-1600-bowl-summary');
  }, 60_000);

  it('every lesson fits 320 px', async () => {
    const entries = (await (await fetch(new URL('lessons/index.json', h.url))).json()) as LessonEntry[];
    const page = await h.open(undefined, { viewport: PHONE });
    const found: Record<string, { scrollWidth: number; past: string[] }> = {};
    for (const { id, title } of entries) {
      await page.goto(new URL(`#/lesson/${id}`, h.url).href);
      await eventually(() => readText(page.locator('gd-lesson h1'))).toBe(title);
      await page.locator('gd-exercise li.step').first().waitFor();
      found[id] = await sideways(page);
      if (found[id].scrollWidth > PHONE.width) await screenshot(page, `layout-320-overflow-${id}`);
    }
    expect(found).toEqual(Object.fromEntries(entries.map((e) => [e.id, fits])));
  }, 60_000);
});
