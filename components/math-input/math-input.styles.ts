import { css } from 'lit';

export const mathInputStyles = css`
  :host {
    display: block;
    font: inherit;
  }
  .field {
    display: flex;
    gap: var(--gd-space-2, 0.5rem);
    align-items: stretch;
    flex-wrap: wrap;
  }
  input {
    flex: 1 1 12rem;
    min-width: 0;
    font: inherit;
    font-size: 1.05em;
    padding: 0.45em 0.6em;
    border: 1px solid var(--gd-color-border, #8a8f98);
    border-radius: var(--gd-radius, 0.4rem);
    background: var(--gd-color-input, #fff);
    color: inherit;
  }
  input:focus-visible {
    outline: 3px solid var(--gd-color-focus, #2563eb);
    outline-offset: 1px;
  }
  input[aria-invalid='true'] {
    border-color: var(--gd-color-incorrect, #b42318);
  }
  .preview {
    min-height: 1.8em;
    margin-top: 0.3em;
    color: var(--gd-color-muted, #4b5563);
    font-size: 0.95em;
    overflow-x: auto;
  }
  .preview math {
    font-size: 1.1em;
    color: var(--gd-color-text, #111827);
  }
  .error {
    color: var(--gd-color-incorrect, #b42318);
  }
  .mirror {
    font-family: var(--gd-font-mono, ui-monospace, monospace);
    white-space: pre-wrap;
    word-break: break-all;
  }
  mark {
    background: var(--gd-color-mark, #fde68a);
    color: inherit;
    text-decoration: underline wavy var(--gd-color-incorrect, #b42318);
  }
  .keys {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-top: 0.35rem;
  }
  .keys button {
    font: inherit;
    min-width: 2.4em;
    min-height: 2.2em;
    border: 1px solid var(--gd-color-border, #8a8f98);
    border-radius: var(--gd-radius, 0.4rem);
    background: var(--gd-color-surface, #f3f4f6);
    color: inherit;
    cursor: pointer;
  }
  .keys button:focus-visible {
    outline: 3px solid var(--gd-color-focus, #2563eb);
  }
  :host([compact]) .keys {
    display: none;
  }
`;
