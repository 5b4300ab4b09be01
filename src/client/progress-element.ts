import { inSlices } from './in-slices.ts';
import type { Progress } from '../progress/model.ts';
import { editProgress, subscribe } from './progress.ts';

/**
 * The base of every element that shows saved progress: it renders soon after it connects (in slices,
 * see in-slices.ts) and after every change (this tab or another), and stops listening when it leaves
 * the page, so a removed element is never rendered into again and can be garbage-collected.
 */
export abstract class ProgressElement extends HTMLElement {
  private unsubscribe: (() => void) | undefined;

  connectedCallback() {
    inSlices(() => {
      // Removed again before its turn came: nothing to enhance, nothing to unsubscribe later.
      if (!this.isConnected || this.unsubscribe) return;
      this.connected();
      this.unsubscribe = subscribe(() => this.render());
    });
  }

  disconnectedCallback() {
    if (!this.unsubscribe) return;
    this.unsubscribe();
    this.unsubscribe = undefined;
    this.disconnected();
  }

  /** Wiring that must happen before the first render: listeners, enabling controls. */
  protected connected(): void {}

  /** Undoes `connected()`. */
  protected disconnected(): void {}

  /** Shows the current progress. */
  protected abstract render(): void;

  /**
   * Applies the learner's edit made in this element and shows it here at once (a pressed button
   * reads as pressed when a screen reader announces it); other elements follow in slices.
   */
  protected edit(change: (progress: Progress, now: Date) => Progress): boolean {
    const saved = editProgress(change);
    this.render();
    return saved;
  }

  /**
   * The child marked `data-part="name"`. The markup is rendered with the element, so a missing part is
   * a template bug: fail loudly with the element's name rather than render half a widget.
   */
  protected child<T extends Element = HTMLElement>(name: string): T {
    const found = this.querySelector<T>(`[data-part="${name}"]`);
    if (!found) throw new Error(`<${this.localName}>: missing [data-part="${name}"]`);
    return found;
  }
}
