import { html, LitElement, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Reading } from '../../src/tutor/preview.js';
import { loadedReader, loadReader } from './reader.js';
import { t, type Locale } from '../strings.js';
import { mathStyles } from '../render/math.styles.js';
import { mathInputStyles } from './math-input.styles.js';

import { mathKeys, type AnswerKind } from './math-keys.js';

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
  // The math styles name the fonts with an OpenType MATH table: without one a matrix's brackets in the preview do
  // not stretch over its rows.
  static override styles = [mathStyles, mathInputStyles];
  static formAssociated = true;
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override properties = {
    label: {},
    name: { reflect: true },
    value: {},
    variables: { attribute: false },
    locale: {},
    answerType: { attribute: 'answer-type' },
    rateSymbol: { attribute: 'rate-symbol' },
    compact: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    formDisabled: { state: true },
  };

  /** The accessible label of the box. */
  declare label: string;
  /** The form field name. */
  declare name: string;
  declare value: string;
  /** The exercise's variables: their spellings (x₁, θ) are read as them. */
  declare variables: readonly string[];
  declare locale: Locale;
  /** What the answer is (expr, value, vector, matrix): the math keys offer what it needs. */
  declare answerType: AnswerKind;
  /** The learning rate's name as the lesson writes it (α or η), for its key in an expression. */
  declare rateSymbol: 'α' | 'η';
  declare compact: boolean;
  declare disabled: boolean;
  /** Disabled by the form around it (a disabled <fieldset>), told by formDisabledCallback. */
  declare private formDisabled: boolean;
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
    this.answerType = 'expr';
    this.rateSymbol = 'α';
    this.compact = false;
    this.disabled = false;
    this.formDisabled = false;
    this.internals = this.attachInternals();
  }

  private get input(): HTMLInputElement {
    return this.renderRoot.querySelector('input')!;
  }

  override focus(options?: FocusOptions): void {
    this.input.focus(options);
  }

  /**
   * The form was reset: back to the value the page gave (the `value` attribute, as a native input's default value),
   * and no longer marked as typed in, so an unreadable default is not flagged before the learner types.
   */
  formResetCallback(): void {
    this.value = this.getAttribute('value') ?? '';
    this.focusedOnce = false;
  }

  /** A disabled <fieldset> around the box (or its own disabled attribute) disables the box and its keys. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  private get inactive(): boolean {
    return this.disabled || this.formDisabled;
  }

  private get reading(): Reading {
    if (this.value.trim() === '') return { kind: 'empty' };
    const reader = loadedReader();
    if (reader) return reader.readingOf(this.value, this.variables, this.locale);
    // Typed before the reader arrived (it loads once the page is idle): the preview follows as soon as it is here.
    void loadReader().then((r) => {
      if (r) this.requestUpdate();
    });
    return { kind: 'empty' };
  }

  protected override updated(): void {
    const r = this.reading;
    this.internals.setFormValue(this.value);
    if (r.kind === 'unreadable') this.internals.setValidity({ customError: true }, r.message, this.input);
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
    if (r.kind === 'empty') return nothing;
    if (r.kind === 'read') return html`${t(this.locale, 'readAs')} ${unsafeHTML(r.mathml)}`;
    const { message } = r;
    const { start, end } = r.range;
    const before = this.value.slice(0, start);
    const bad = this.value.slice(start, Math.max(end, start + 1)) || ' ';
    const after = this.value.slice(Math.max(end, start + 1));
    return html`<span class="mirror" aria-hidden="true">${before}<mark>${bad}</mark>${after}</span>
      <span class="error">${message}</span>`;
  }

  override render() {
    const r = this.reading;
    const invalid = r.kind === 'unreadable' && this.focusedOnce;
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
          ?disabled=${this.inactive}
          @input=${this.onInput}
          @keydown=${this.onKeydown}
          @change=${() => this.dispatchEvent(new Event('change', { bubbles: true, composed: true }))}
        />
      </div>
      <div id="preview" class="preview" part="preview" aria-live="polite">${this.preview()}</div>
      <div class="keys" part="keys" role="group" aria-label=${t(this.locale, 'keys')}>
        ${mathKeys({
          answer: this.answerType,
          variables: this.variables,
          rate: this.rateSymbol,
          locale: this.locale,
        }).map(
          (k) =>
            html`<button
              type="button"
              tabindex="-1"
              title=${k.name}
              ?disabled=${this.inactive}
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
