import { part } from './attrs';
import { element } from './element';
import type { Texts } from './text-keys';

/**
 * Cookie Policy and Privacy Policy links from the config, with descriptive text (R-GDPR-11, R-A11Y-17). Inline,
 * so the banner can end its text with them instead of spending a line of a phone screen on them. Plain DOM:
 * the banner shows them before Preact loads, and the dialog puts the same nodes in place.
 */
export function policyLinks(doc: Document, links: { cookiePolicy: string; privacyPolicy: string }, t: Texts): HTMLElement {
  const link = (href: string, text: string) => element(doc, 'a', { href, ...part('link') }, text);
  return element(doc, 'span', part('links'), link(links.cookiePolicy, t.cookiePolicy), ' ', link(links.privacyPolicy, t.privacyPolicy));
}
