/** Moves `data-src` / `data-href` / `data-srcset` into the real attribute: setting it is what starts the request. */
export function setUrls(el: Element): void {
  for (const a of ['src', 'href', 'srcset']) {
    const v = el.getAttribute('data-' + a);
    if (v != null) el.setAttribute(a, v);
  }
}

/**
 * A runnable copy of a `<script type="text/plain">`: changing `type` on an inserted script never runs it,
 * only a newly inserted element does. `data-type` restores the original type (e.g. `module`).
 */
export function cloneScript(doc: Document, el: HTMLScriptElement): HTMLScriptElement {
  const s = doc.createElement('script');
  for (const { name, value } of el.attributes) s.setAttribute(name, value);
  s.type = el.dataset.type ?? '';
  // Browsers blank the nonce attribute after parsing (nonce hiding); only the property keeps it.
  s.nonce = el.nonce!;
  s.text = el.text;
  setUrls(s);
  return s;
}
