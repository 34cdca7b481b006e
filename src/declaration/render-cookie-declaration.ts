import type { Consent } from '../core/types';
import { en } from '../ui/locales/en';
import type { Texts } from '../ui/text-keys';
import { declare } from './declare';

export interface CookieDeclarationOptions {
  /** Built-in languages besides English, e.g. `{ de }` from `consentry/ui/locales/de`, or all with `locales`. */
  locales?: Readonly<Record<string, Texts>> | undefined;
}

/**
 * Renders the Cookie Policy's cookie list into `element` from the config: one table per category (cookie name,
 * provider, service, purpose, duration) with the visitor's current choice, kept up to date, and a "Change
 * settings" button that opens the preferences dialog (a `data-consentry-open` element, so it needs the UI's
 * openers bound, as `mountConsentUI` does by default). In the language of the config or the page, texts
 * rendered as text. Style it with `consentry/ui.css`. Returns the undo, which puts the element's earlier
 * content back. Throws a `ConsentConfigError` listing every issue of the config's texts and ui options.
 */
export function renderCookieDeclaration(element: Element, consent: Consent, options: CookieDeclarationOptions = {}): () => void {
  return declare(element, consent, { en, ...options.locales });
}
