/**
 * Any element with `data-consentry-open` (a footer "Cookie settings" link, the floating button) opens the
 * preferences dialog (R-GDPR-16). One delegated listener, so links added later work too. Returns the undo.
 */
export function bindOpeners(doc: Document, open: (opener: Element) => void): () => void {
  const onClick = (e: MouseEvent) => {
    const el = (e.target as Element | null)?.closest?.('[data-consentry-open]');
    if (!el) return;
    // A footer link usually has href="#": do not jump or navigate.
    e.preventDefault();
    open(el);
  };
  doc.addEventListener('click', onClick);
  return () => doc.removeEventListener('click', onClick);
}
