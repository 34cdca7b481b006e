// The placeholder's look, themed by the same CSS variables as the UI (set them on :root for your brand), with
// the UI's colours as fallbacks, light and dark. Returning visitors never load ui.css, so the core brings it.
const CSS = `[data-scope=consent][data-part=placeholder]{box-sizing:border-box;overflow:auto;vertical-align:baseline;color:var(--consentry-fg,#17202a);background:var(--consentry-surface,#f4f7f9);border:1px solid var(--consentry-divider,#c9d3dc);border-radius:var(--consentry-radius,14px);font:15px/1.45 var(--consentry-font,system-ui,sans-serif);text-align:center}
[data-part=placeholder]>div{box-sizing:border-box;min-height:100%;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:12px;padding:16px}
[data-part=placeholder] p{margin:0;max-width:42em}
[data-part=placeholder] div div{display:flex;flex-wrap:wrap;justify-content:center;gap:8px}
[data-part=placeholder] button{font:inherit;font-weight:600;min-height:44px;padding:8px 16px;border-radius:8px;cursor:pointer;border:2px solid var(--consentry-accent,#0b5a82);color:var(--consentry-accent,#0b5a82);background:transparent}
[data-part=placeholder] button+button{color:var(--consentry-accent-fg,#fff);background:var(--consentry-accent,#0b5a82)}
[data-part=placeholder] button:focus-visible{outline:3px solid var(--consentry-focus,#c2410c);outline-offset:2px}
@media (prefers-color-scheme:dark){[data-scope=consent][data-part=placeholder]{color:var(--consentry-fg,#e9eef3);background:var(--consentry-surface,#1e2a36);border-color:var(--consentry-divider,#3a4a5a)}[data-part=placeholder] button{border-color:var(--consentry-accent,#8fd0f2);color:var(--consentry-accent,#8fd0f2)}[data-part=placeholder] button+button{color:var(--consentry-accent-fg,#0b1a26);background:var(--consentry-accent,#8fd0f2)}[data-part=placeholder] button:focus-visible{outline-color:var(--consentry-focus,#ffb86b)}}`;

const styled = new WeakSet<Document>();

/**
 * Adds the placeholder's stylesheet to `doc` once, as a constructed stylesheet: CSSOM, so a strict
 * `style-src` allows it, and no `<style>` element for the page to trip over. Where constructed stylesheets are
 * missing, placeholders keep the browser's look and still work.
 */
export function stylePlaceholders(doc: Document): void {
  if (styled.has(doc)) return;
  styled.add(doc);
  try {
    const sheet = new doc.defaultView!.CSSStyleSheet();
    sheet.replaceSync(CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {}
}
