/**
 * The server's HTML: escaping, one page shell (small, readable, no external assets), the page that says why a
 * launch was refused, and a form that posts itself (how LTI hands a browser from one party to the next).
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML content or a quoted attribute. */
export const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** JSON for a <script type="application/json"> block: nothing in it can close the script. */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1b1b1f;background:#fff}
main{max-width:60rem;margin:0 auto;padding:1rem 1.25rem}h1{font-size:1.4rem}table{border-collapse:collapse;margin:.5rem 0 1rem}
th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f3f3f6}
.problem{border-left:4px solid #b00020;padding:.5rem 1rem;background:#fff5f5}.muted{color:#555}
button,a.button{font:inherit;padding:.35rem .8rem;border:1px solid #345;border-radius:4px;background:#f5f7fa;color:#123;cursor:pointer}
iframe{border:0;width:100%;min-height:24rem}.bar{display:inline-block;background:#3563b5;height:.8rem}`;

export function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><link rel="icon" href="data:,"><style>${STYLE}</style>${head}</head><body>${body}</body></html>`;
}

/** A refusal: what happened, and what to do about it. Marked for tests and assistive technology alike. */
export function problemPage(title: string, message: string): string {
  return page(
    title,
    `<main><section class="problem" role="alert" data-gd-refused><h1>${esc(title)}</h1><p>${esc(message)}</p>
<p class="muted">Nothing was recorded. Close this page and open the activity again from your course.</p></section></main>`,
  );
}

/** A form that posts `fields` to `action` as soon as it loads (with a button for browsers without script). */
export function autoPost(action: string, fields: Readonly<Record<string, string>>, title = 'Continuing…'): string {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${esc(name)}" value="${esc(value)}">`)
    .join('');
  return page(
    title,
    `<main><form method="post" action="${esc(action)}">${inputs}<noscript><button>Continue</button></noscript></form></main>
<script>document.forms[0].submit()</script>`,
  );
}
