import type { Consent } from '../core/types';

// A cookie outline; decorative, the button's name comes from aria-label.
const ICON =
  '<svg aria-hidden="true" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><path d="M21 12a9 9 0 1 1-9-9 3 3 0 0 0 3 3 3 3 0 0 0 3 3 3 3 0 0 0 3 3z"/><circle cx="8.5" cy="10.5" r="1" fill="currentColor"/><circle cx="14" cy="15" r="1" fill="currentColor"/><circle cx="9" cy="16" r="1" fill="currentColor"/></svg>';

/**
 * The optional round "Cookie settings" button (`ui.floatingButton`), shown once the visitor has decided, so
 * withdrawing is two clicks from any page (R-GDPR-16, R-GDPR-17). Plain DOM with inline styles, because the
 * script-tag loader shows it to returning visitors without loading the UI or its stylesheet; the colours
 * follow the theme's custom properties when the stylesheet is there. Returns the undo.
 */
export function showFloatingButton(consent: Consent, doc: Document, label: string): () => void {
  const b = doc.createElement('button');
  b.type = 'button';
  b.title = label;
  b.innerHTML = ICON;
  for (const [k, v] of [
    ['aria-label', label],
    ['data-consentry-open', ''],
    ['data-scope', 'consent'],
    ['data-part', 'floating-button'],
  ])
    b.setAttribute(k!, v!);
  const theme = consent.config.ui.theme;
  if (theme == 'light' || theme == 'dark') b.setAttribute('data-theme', theme as string);
  b.style.cssText =
    'position:fixed;bottom:16px;inset-inline-start:16px;z-index:2147483000;width:48px;height:48px;padding:0;place-items:center;border-radius:50%;cursor:pointer;border:2px solid var(--consentry-bg,#fff);color:var(--consentry-accent-fg,#fff);background:var(--consentry-accent,#0b5a82);box-shadow:0 4px 14px rgba(16,32,48,.3)';
  doc.body.append(b);
  // Not `hidden`: the inline display wins over it.
  const update = () => (b.style.display = consent.needsDecision() ? 'none' : 'grid');
  // `change` fires only when a grant flips; a first "Reject all" flips none, but `decision` says so.
  const offs = [consent.subscribe(update), consent.on('decision', update)];
  return () => {
    offs.forEach((off) => off());
    b.remove();
  };
}
