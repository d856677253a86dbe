import { html, LitElement, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { read } from '../../src/math/parse.js';
import { toLatex } from '../../src/math/format.js';
import { mathHtml } from '../render/markdown.js';
import { t, type Locale } from '../strings.js';
import { mathInputStyles } from './math-input.styles.js';

/** Keys a phone keyboard lacks: what each inserts, and its accessible name. */
const KEYS: readonly { insert: string; label: string; name: string }[] = [
  { insert: '²', label: 'x²', name: 'squared' },
  { insert: '^', label: 'xⁿ', name: 'power' },
  { insert: '√(', label: '√', name: 'square root' },
  { insert: 'θ', label: 'θ', name: 'theta' },
  { insert: 'α', label: 'α', name: 'alpha' },
  { insert: '∂', label: '∂', name: 'partial' },
  { insert: '(', label: '(', name: 'open bracket' },
  { insert: ')', label: ')', name: 'close bracket' },
  { insert: ', ', label: ',', name: 'comma' },
  { insert: '−', label: '−', name: 'minus' },
  { insert: '·', label: '·', name: 'times' },
];

/**
 * @tagname gd-math-input
 * @summary A math answer box that shows, as the learner types, how the answer was read.
 *
 * @fires input - As the learner types (native, composed).
 * @fires change - When the value was committed (Enter, or leaving the box).
 * @fires gd-submit - On Enter: the host checks the answer.
 *
 * @csspart input - The text box.
 * @csspart preview - The "read as …" line, or the message for an unreadable answer.
 * @csspart keys - The row of math keys.
 *
 * @cssproperty --gd-color-border - Border of the box and keys.
 * @cssproperty --gd-color-focus - Focus ring.
 * @cssproperty --gd-color-incorrect - Marks an unreadable part.
 * @cssproperty --gd-radius - Corner radius.
 */
export class GdMathInput extends LitElement {
  static override styles = mathInputStyles;
  static formAssociated = true;
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override properties = {
    label: {},
    name: { reflect: true },
    value: {},
    variables: { attribute: false },
    locale: {},
    compact: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
  };

  /** The accessible label of the box. */
  declare label: string;
  /** The form field name. */
  declare name: string;
  declare value: string;
  /** The exercise's variables: their spellings (x₁, θ) are read as them. */
  declare variables: readonly string[];
  declare locale: Locale;
  declare compact: boolean;
  declare disabled: boolean;
  /** Whether the learner has typed here: only then is an unreadable answer marked invalid. */
  private focusedOnce = false;
  private readonly internals: ElementInternals;

  constructor() {
    super();
    this.label = '';
    this.name = '';
    this.value = '';
    this.variables = [];
    this.locale = 'en';
    this.compact = false;
    this.disabled = false;
    this.internals = this.attachInternals();
  }

  private get input(): HTMLInputElement {
    return this.renderRoot.querySelector('input')!;
  }

  override focus(options?: FocusOptions): void {
    this.input.focus(options);
  }

  private get reading() {
    return this.value.trim() === '' ? undefined : read(this.value, { variables: this.variables, locale: this.locale });
  }

  protected override updated(): void {
    const r = this.reading;
    this.internals.setFormValue(this.value);
    if (r && !r.ok) this.internals.setValidity({ customError: true }, r.error.message, this.input);
    else this.internals.setValidity({});
  }

  private onInput(e: Event): void {
    this.value = (e.target as HTMLInputElement).value;
    this.focusedOnce = true;
  }

  private onKeydown(e: KeyboardEvent): void {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    this.dispatchEvent(new CustomEvent('gd-submit', { bubbles: true, composed: true, detail: { value: this.value } }));
  }

  private insert(text: string): void {
    const el = this.input;
    const start = el.selectionStart ?? this.value.length;
    const end = el.selectionEnd ?? start;
    this.value = this.value.slice(0, start) + text + this.value.slice(end);
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    void this.updateComplete.then(() => {
      el.focus();
      el.setSelectionRange(start + text.length, start + text.length);
    });
  }

  private preview() {
    const r = this.reading;
    if (!r) return nothing;
    if (r.ok)
      return html`${t(this.locale, 'readAs')} ${unsafeHTML(mathHtml(toLatex(r.node, { locale: this.locale })))}`;
    const { start, end, message } = r.error;
    const before = this.value.slice(0, start);
    const bad = this.value.slice(start, Math.max(end, start + 1)) || ' ';
    const after = this.value.slice(Math.max(end, start + 1));
    return html`<span class="mirror" aria-hidden="true">${before}<mark>${bad}</mark>${after}</span>
      <span class="error">${message}</span>`;
  }

  override render() {
    const r = this.reading;
    const invalid = Boolean(r && !r.ok && this.focusedOnce);
    return html`<div class="field">
        <input
          part="input"
          type="text"
          inputmode="text"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          aria-label=${this.label}
          aria-describedby="preview"
          aria-invalid=${invalid ? 'true' : 'false'}
          .value=${this.value}
          ?disabled=${this.disabled}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          @change=${() => this.dispatchEvent(new Event('change', { bubbles: true, composed: true }))}
        />
      </div>
      <div id="preview" class="preview" part="preview" aria-live="polite">${this.preview()}</div>
      <div class="keys" part="keys" role="group" aria-label=${t(this.locale, 'keys')}>
        ${KEYS.map(
          (k) =>
            html`<button
              type="button"
              tabindex="-1"
              title=${k.name}
              ?disabled=${this.disabled}
              @click=${() => {
                this.insert(k.insert);
              }}
            >
              ${k.label}
            </button>`,
        )}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gd-math-input': GdMathInput;
  }
}
