/**
 * Registers an element once. Two copies of the bundle on one page (an LMS
 * page embedding two exercises, say) must not throw on the second define.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
