import { part } from './attrs';
import { element } from './element';
import { keepClearOfFocus } from './keep-clear';

// How long the "saved" confirmation stays visible; screen readers announce it at once (R-A11Y-16).
const STATUS_MS = 6000;

export interface Status {
  readonly element: HTMLElement;
  /** Shows and announces `text` for a few seconds, placed off the focused element (R-A11Y-10). */
  say(text: string): void;
  destroy(): void;
}

/**
 * The live region saying a choice was saved, shared by the banner and the dialog. It is in the page before it
 * speaks: screen readers announce changes to a region they already know, not a region that appears.
 */
export function createStatus(doc: Document): Status {
  const el = element(doc, 'div', { role: 'status', ...part('status', 'empty') });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let undoClear: (() => void) | undefined;
  const clear = () => {
    undoClear?.();
    undoClear = undefined;
    el.textContent = '';
    el.dataset.state = 'empty';
  };
  return {
    element: el,
    say(text) {
      clearTimeout(timer);
      el.textContent = text;
      el.dataset.state = 'visible';
      // Placed after the decision has moved focus.
      undoClear ??= keepClearOfFocus(el);
      timer = setTimeout(clear, STATUS_MS);
    },
    destroy() {
      clearTimeout(timer);
      clear();
      el.remove();
    },
  };
}
