/** Parts of the app's pages that more than one page shows: a lesson's link, a list of issues at file:line:col. */
import { html, nothing, type TemplateResult } from 'lit';

/** "content/x.yaml:3:5: message" → where and what, for styling; anything else is all message. */
function splitIssue(issue: string): { where: string; message: string } {
  const m = /^(.*?:\d+:\d+): ([\s\S]*)$/.exec(issue);
  return m ? { where: m[1]!, message: m[2]! } : { where: '', message: issue };
}

export const issueList = (issues: readonly string[], kind: 'error' | 'warning' = 'error'): TemplateResult =>
  html`<ul class="issues ${kind}">
    ${issues.map((issue) => {
      const { where, message } = splitIssue(issue);
      return html`<li>${where ? html`<code class="where">${where}</code> ` : nothing}<span>${message}</span></li>`;
    })}
  </ul>`;

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export const lessonHref = (id: string): string => `#/lesson/${encodeURIComponent(id)}`;
