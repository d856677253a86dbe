/**
 * The built site offers the whole course as one SCORM 2004 package: the index links it, the site serves it, and it is
 * the course of content/course.yaml, one SCO per lesson with its launch page, on the site's own player.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../tutor/fixtures.js';
import { serve, useLms } from './harness.js';

const h = useLms();

describe('“Download the whole course (SCORM)” on the index', () => {
  it('links course-scorm-2004.zip, which the built site serves: every lesson a SCO in its unit', async () => {
    const site = await serve('127.0.0.1', { '/': h.dist });
    h.cleanup(() => site.close());
    const page = await h.open();
    await page.goto(new URL('index.html', site.url).href);
    const link = page.getByRole('link', { name: 'Download the whole course (SCORM 2004)' });
    expect(await link.getAttribute('href', { timeout: 20_000 })).toBe('course-scorm-2004.zip');
    const response = await fetch(new URL('course-scorm-2004.zip', site.url));
    expect(response.status).toBe(200);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const manifest = strFromU8(files['imsmanifest.xml']!);
    const lessons = contentFiles().map((f) => f.replace(/\.yaml$/, ''));
    const scos = [...manifest.matchAll(/adlcp:scormType="sco"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
    expect(scos.sort()).toEqual(lessons.map((id) => `${id}.html`).sort());
    for (const id of lessons) expect(files[`${id}.html`], id).toBeDefined();
    expect(manifest).toContain('<title>Derivatives and the gradient</title>');
    expect(Object.keys(files).some((f) => /^assets\/player-[\w-]+\.js$/.test(f))).toBe(true);
  }, 60_000);
});
