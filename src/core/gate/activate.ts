/** Moves `data-src` / `data-href` / `data-srcset` into the real attribute: setting it is what starts the request. */
export function setUrls(el: Element): void {
  for (const a of ['src', 'href', 'srcset']) {
    const v = el.getAttribute('data-' + a);
    if (v != null) el.setAttribute(a, v);
  }
}

/**
 * A runnable copy of a `<script type="text/plain">`: changing `type` on an inserted script never runs it,
 * only a newly inserted element does. A clone keeps every attribute, the text and the nonce (browsers blank
 * the nonce attribute after parsing; cloning copies the hidden value), and is not marked as already started
 * because a script of an unknown type never starts. `data-type` restores the original type (e.g. `module`).
 */
export function cloneScript(el: HTMLScriptElement): HTMLScriptElement {
  const s = el.cloneNode(true) as HTMLScriptElement;
  s.type = el.dataset.type ?? '';
  setUrls(s);
  return s;
}
