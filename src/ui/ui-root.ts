import { part } from './attrs';
import { element } from './element';
import { baseOf } from './language';

/**
 * The element a part of the UI lives in (the banner's and dialog's root, a cookie declaration): the styling
 * contract's scope, the direction of its texts, the theme unless it follows the system, and its language when
 * that is not the page's (R-A11Y-18).
 */
export function uiRoot(doc: Document, name: string, { dir, lang, theme }: { dir: string; lang: string; theme: unknown }): HTMLElement {
  const pageLang = doc.documentElement.lang;
  return element(doc, 'div', {
    ...part(name),
    dir,
    'data-theme': theme == 'light' || theme == 'dark' ? (theme as string) : undefined,
    lang: baseOf(lang) != baseOf(pageLang) ? lang : undefined,
  });
}
