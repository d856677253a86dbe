/**
 * "Use this lesson", under each lesson page, for the teacher: the iframe snippet and the script snippet, each with
 * its own copy button, SCORM 1.2 and 2004 packages made in the browser (scorm-download.ts, imported on the first
 * click, so a learner's page never loads it or fflate), and the printable answer key (#/lesson/<id>/key). The
 * snippets point at this site's own address, so what a teacher pastes loads from where they found it.
 */
import { html, type TemplateResult } from 'lit';
import type { ScormVersion } from '../src/lms/launch.js';
import { lessonUrl } from './site.js';

const escapeAttribute = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The folder of the site: the page's address without its file, query or hash. */
export const siteBase = (href: string): URL => new URL('.', href.split('#')[0]);

export function iframeSnippet(site: URL, id: string, title: string): string {
  const player = new URL(`player.html?lesson=${encodeURIComponent(id)}`, site);
  return `<iframe
  src="${escapeAttribute(player.href)}"
  title="${escapeAttribute(title)}"
  style="width: 100%; height: 900px; border: 0"
></iframe>
<script type="module" src="${escapeAttribute(new URL('embed/resize.js', site).href)}"></script>`;
}

export function scriptSnippet(site: URL, id: string): string {
  return `<script type="module" src="${escapeAttribute(new URL('embed/gd-tutor.js', site).href)}"></script>
<gd-lesson src="${escapeAttribute(new URL(lessonUrl(id, 0), site).href)}"></gd-lesson>`;
}

/** Writes `text` into the status next to `from` (a live region, so it is read out). */
function say(from: Element, text: string): void {
  const status = from.closest('.use-block')?.querySelector('[role="status"]');
  if (status) status.textContent = text;
}

async function copySnippet(e: Event): Promise<void> {
  const button = e.currentTarget as HTMLButtonElement;
  const box = button.closest('.use-block')?.querySelector('textarea');
  if (!box) return;
  try {
    await navigator.clipboard.writeText(box.value);
    say(button, 'Copied.');
  } catch {
    // No clipboard (an insecure origin, or permission refused): the text is selected for the keyboard instead.
    box.focus();
    box.select();
    say(button, 'Selected: press Ctrl+C (⌘C on a Mac) to copy.');
  }
}

async function downloadScorm(e: Event, site: URL, id: string, version: ScormVersion): Promise<void> {
  const button = e.currentTarget as HTMLButtonElement;
  button.disabled = true;
  say(button, `Making the SCORM ${version} package…`);
  try {
    const { scormDownload } = await import('./scorm-download.js');
    const made = await scormDownload(site, id, version);
    const url = URL.createObjectURL(new Blob([made.zip as BlobPart], { type: 'application/zip' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = made.fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 60_000);
    say(button, `${made.fileName}: ${made.files} files, ${Math.ceil(made.zip.length / 1024)} KB.`);
  } catch (error) {
    say(button, `The package could not be made: ${error instanceof Error ? error.message : String(error)}.`);
  } finally {
    button.disabled = false;
  }
}

function snippet(name: string, label: string, text: string, note: TemplateResult): TemplateResult {
  return html`<div class="use-block" data-snippet=${name}>
    <h3 id=${`use-${name}`}>${label}</h3>
    <p>${note}</p>
    <textarea
      readonly
      rows=${text.split('\n').length}
      aria-labelledby=${`use-${name}`}
      spellcheck="false"
      .value=${text}
    ></textarea>
    <button type="button" @click=${copySnippet}>Copy</button>
    <span class="use-status" role="status"></span>
  </div>`;
}

export function useLessonPanel(site: URL, id: string, title: string): TemplateResult {
  return html`<details class="use-lesson no-print">
    <summary>Use this lesson</summary>
    ${snippet(
      'iframe',
      'In an LMS page (Canvas, Moodle…)',
      iframeSnippet(site, id, title),
      html`Paste into the page's HTML editor. The script line sizes the frame to the lesson; leave it out where scripts
      are not allowed.`,
    )}
    ${snippet(
      'script',
      'On a page that may run scripts',
      scriptSnippet(site, id),
      html`One script and one element; the lesson's progress events reach the page.`,
    )}
    <div class="use-block" data-snippet="scorm">
      <h3>As a SCORM package</h3>
      <p>For the LMS's gradebook: upload the zip as a SCORM activity. The passing score is 80%.</p>
      <button type="button" @click=${(e: Event) => downloadScorm(e, site, id, '1.2')}>Download SCORM 1.2</button>
      <button type="button" @click=${(e: Event) => downloadScorm(e, site, id, '2004')}>Download SCORM 2004</button>
      <span class="use-status" role="status"></span>
    </div>
    <div class="use-block" data-snippet="key">
      <h3>Answer key</h3>
      <p><a href=${`#/lesson/${encodeURIComponent(id)}/key`}>The answer key</a>, every step worked, ready to print.</p>
    </div>
  </details>`;
}
