/**
 * Reserves the banner's height as `scroll-padding-bottom` on <html>, so the browser scrolls focused elements
 * clear of a bottom banner (R-A11Y-10, WCAG 2.4.11). Returns the undo, which restores the page's own value.
 */
export function reserveScrollPadding(banner: HTMLElement): () => void {
  const html = banner.ownerDocument.documentElement;
  const before = html.style.scrollPaddingBottom;
  const win = banner.ownerDocument.defaultView!;
  const update = () => (html.style.scrollPaddingBottom = banner.offsetHeight + 'px');
  update();
  // Older browsers and jsdom lack ResizeObserver; the first measurement then has to do.
  const ro = win.ResizeObserver ? new win.ResizeObserver(update) : undefined;
  ro?.observe(banner);
  return () => {
    ro?.disconnect();
    html.style.scrollPaddingBottom = before;
  };
}
