// The placeholder's look, themed by the same CSS variables as the UI (set them on :root for your brand), with
// the UI's colours as fallbacks, light and dark. Returning visitors never load ui.css, so the core brings it.
const CSS = `[data-part=placeholder]{--f:var(--consentry-fg,#17202a);--b:var(--consentry-surface,#f4f7f9);--a:var(--consentry-accent,#0b5a82);--o:var(--consentry-accent-fg,#fff);--r:var(--consentry-focus,#c2410c);box-sizing:border-box;overflow:auto;color:var(--f);background:var(--b);border:1px solid;border-radius:var(--consentry-radius,14px);font:15px/1.45 var(--consentry-font,system-ui,sans-serif);text-align:center}@media(prefers-color-scheme:dark){[data-part=placeholder]{--f:var(--consentry-fg,#e9eef3);--b:var(--consentry-surface,#1e2a36);--a:var(--consentry-accent,#8fd0f2);--o:var(--consentry-accent-fg,#0b1a26);--r:var(--consentry-focus,#ffb86b)}}[data-part=placeholder]>div{box-sizing:border-box;min-height:100%;display:flex;flex-flow:column;place-content:center;align-items:center;gap:12px;padding:16px}[data-part=placeholder] p{margin:0}[data-part=placeholder] button{font:inherit;font-weight:600;min-height:44px;margin:4px;padding:8px 16px;border-radius:8px;border:2px solid var(--a);color:var(--a);background:0 0;cursor:pointer}[data-part=placeholder] button+button{color:var(--o);background:var(--a)}[data-part=placeholder] :focus-visible{outline:3px solid var(--r);outline-offset:2px}`;

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
