const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Keeps a floating message (the "saved" status) off the focused element: it sits at the bottom of the screen,
 * moves to the top when the focused element is under it there, and fades out when it would cover it in both
 * places (it has been announced by then, R-A11Y-16). Re-placed on every focus move, scroll and resize; returns
 * the undo.
 */
export function keepClearOfFocus(el: HTMLElement): () => void {
  const doc = el.ownerDocument;
  const win = doc.defaultView!;
  const covers = () => {
    const focused = doc.activeElement;
    return !!focused && focused != doc.body && overlap(el.getBoundingClientRect(), focused.getBoundingClientRect());
  };
  const place = () => {
    for (const at of ['bottom', 'top', 'none']) {
      el.dataset.position = at;
      if (!covers()) return;
    }
  };
  place();
  const events = ['focusin', 'scroll', 'resize'] as const;
  for (const e of events) win.addEventListener(e, place, true);
  return () => {
    for (const e of events) win.removeEventListener(e, place, true);
    delete el.dataset.position;
  };
}
