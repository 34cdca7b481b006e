/**
 * A plain-DOM element in the UI's styling contract (`data-scope="consent"`, `data-part`), for the parts the
 * script-tag loader shows before Preact has loaded. Children go in as nodes or text nodes, never as markup.
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Readonly<Record<string, string | false | undefined>>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const k in attrs) if (typeof attrs[k] == 'string') el.setAttribute(k, attrs[k] as string);
  el.append(...children);
  return el;
}
