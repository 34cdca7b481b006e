/**
 * Keeps a non-modal banner from hiding the focused element (R-A11Y-10, WCAG 2.4.11). `frame` is the fixed box
 * the banner sits in, at the page's `edge`. Its height is reserved twice: as `scroll-padding` on <html>, so the
 * browser scrolls each focused element clear of the banner, and as a spacer at that end of the page, so even
 * its first or last links can be scrolled clear (scroll-padding alone cannot scroll past the page's end).
 * Returns the undo. A bottom spacer stays until it is scrolled out of view: removing it in view would pull
 * the page down under the visitor's pointer.
 */
export function reserveScrollPadding(frame: HTMLElement, edge: 'top' | 'bottom'): () => void {
  const doc = frame.ownerDocument;
  const win = doc.defaultView!;
  const html = doc.documentElement;
  const key = edge == 'top' ? 'scrollPaddingTop' : 'scrollPaddingBottom';
  const before = html.style[key];
  const spacer = doc.createElement('div');
  spacer.setAttribute('aria-hidden', 'true');
  spacer.setAttribute('data-scope', 'consent');
  spacer.setAttribute('data-part', 'spacer');
  // At the top it goes before the UI's root, which must stay the first focusable content (R-A11Y-2).
  if (edge == 'top') frame.closest('[data-part="root"]')!.before(spacer);
  else doc.body.append(spacer);

  const update = () => {
    const height = Math.ceil(frame.getBoundingClientRect().height);
    spacer.style.height = height + 'px';
    // 8px more, so the focus ring (3px, offset 2px) shows beside the banner rather than under it.
    html.style[key] = height + 8 + 'px';
  };
  update();
  // Older browsers and jsdom lack ResizeObserver; the first measurement then has to do.
  const ro = win.ResizeObserver ? new win.ResizeObserver(update) : undefined;
  ro?.observe(frame);

  const release = () => {
    if (edge == 'bottom' && spacer.isConnected && spacer.getBoundingClientRect().top < win.innerHeight) return;
    win.removeEventListener('scroll', release);
    spacer.remove();
  };
  return () => {
    ro?.disconnect();
    html.style[key] = before;
    if (edge == 'bottom') win.addEventListener('scroll', release, { passive: true });
    release();
  };
}
