/** Registers a custom element once, even if its module is bundled into two entry points. */
export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
