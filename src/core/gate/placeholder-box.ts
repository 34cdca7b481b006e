/**
 * The stand-in's box for a blocked embed, without its content: a labelled group that takes the place the
 * iframe had on the page (its size, display, margins and alignment, measured where the iframe was laid out,
 * else from its attributes), so nothing moves when it goes in, also while its content is still on its way.
 */
export function placeholderBox(doc: Document, frame: HTMLIFrameElement, label: string): HTMLElement {
  const box = doc.createElement('div');
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', label);
  box.dataset.scope = 'consent';
  box.dataset.part = 'placeholder';

  // CSSOM, not a style attribute: allowed under a strict style-src.
  const { style } = box;
  const rect = frame.getBoundingClientRect();
  if (rect.width) {
    const computed = doc.defaultView!.getComputedStyle(frame);
    style.width = rect.width + 'px';
    style.height = rect.height + 'px';
    style.display = computed.display == 'inline' ? 'inline-block' : computed.display;
    for (const p of ['margin', 'verticalAlign', 'cssFloat'] as const) style[p] = computed[p];
  } else {
    // Width/height attributes are numbers of CSS px or percentages; an iframe is 300 × 150 without them.
    style.display = 'inline-block';
    for (const [d, fallback] of [['width', 300], ['height', 150]] as const) {
      const v = frame.getAttribute(d) || fallback;
      style[d] = +v ? v + 'px' : String(v);
    }
  }
  style.maxWidth = '100%';
  return box;
}
