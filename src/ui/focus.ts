// The only module that moves focus or makes the page inert: modal behaviour per the WAI-ARIA APG dialog pattern.

const FOCUSABLE = 'a[href],button:not([disabled]),input:not([disabled]),select,textarea,summary,[tabindex]:not([tabindex="-1"])';

/** Focusable elements inside `box`, in tab order (the UI uses no positive tabindex). */
export const focusables = (box: Element): HTMLElement[] =>
  [...box.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    // Content of a closed <details> cannot take focus.
    (el) => !el.closest('[inert],details:not([open]) > :not(summary)'),
  );

/** Keeps Tab and Shift+Tab inside `box` (R-A11Y-3). Call from the box's keydown handler. */
export function wrapTab(box: Element, e: KeyboardEvent): void {
  if (e.key != 'Tab') return;
  const all = focusables(box);
  const first = all[0];
  const last = all[all.length - 1];
  const active = box.ownerDocument.activeElement;
  if (!first || !last) return e.preventDefault();
  if (e.shiftKey ? active == first || !box.contains(active) : active == last) {
    e.preventDefault();
    (e.shiftKey ? last : first).focus();
  }
}

/**
 * Makes everything but `keep` inert, walking up from `keep` to <body> and marking the siblings on the way
 * (R-A11Y-3, R-A11Y-19: the dialog itself is never inside an inert or aria-hidden subtree). Returns the undo.
 */
export function inertOutside(keep: Element): () => void {
  const marked: Element[] = [];
  for (let el: Element | null = keep; el && el.parentElement; el = el.parentElement) {
    for (const sib of el.parentElement.children) {
      if (sib != el && !sib.hasAttribute('inert') && !/^(SCRIPT|STYLE|LINK)$/.test(sib.tagName)) {
        sib.setAttribute('inert', '');
        marked.push(sib);
      }
    }
    if (el.parentElement.tagName == 'BODY') break;
  }
  return () => marked.forEach((el) => el.removeAttribute('inert'));
}

/**
 * Focuses `target` if it is still in the page, else `fallback`, so focus is never lost inside a removed node
 * (R-A11Y-5). The fallback takes focus without scrolling the page (a click on a banner button must leave the
 * page where it is), and is focusable only while it has focus, so later clicks inside it do not pull focus to it.
 */
export function restoreFocus(target: Element | null | undefined, fallback: HTMLElement): void {
  if (target instanceof fallback.ownerDocument.defaultView!.HTMLElement && target.isConnected && !target.closest('[inert]'))
    return target.focus();
  fallback.tabIndex = -1;
  fallback.addEventListener('blur', () => fallback.removeAttribute('tabindex'), { once: true });
  fallback.focus({ preventScroll: true });
}
