import { ConsentConfigError } from '../core/issues';
import { localizeConfig } from '../core/localize';
import type { Consent } from '../core/types';
import type { Texts } from '../ui/text-keys';
import { resolveTexts } from '../ui/texts';
import { uiRoot } from '../ui/ui-root';
import { validateUiConfig } from '../ui/validate-ui';
import { declarationTable } from './declaration-table';

/**
 * Renders the cookie declaration into `element` with the given built-in locales (the script-tag UI file passes
 * its one; `renderCookieDeclaration` English and the site's `locales`), replacing what the element held, and
 * keeps each category's "currently allowed" in step with the consent. Returns the undo, which puts the
 * element's earlier content back. Throws a `ConsentConfigError` for texts or ui options the UI refuses.
 */
export function declare(element: Element, consent: Consent, builtIn: Readonly<Record<string, Texts>>): () => void {
  const { config } = consent;
  const issues = validateUiConfig(config);
  if (issues.length) throw new ConsentConfigError(issues);

  const doc = element.ownerDocument;
  const { lang, dir, texts: t } = resolveTexts(builtIn, config.texts, config.language ?? doc.documentElement.lang);
  const root = uiRoot(doc, 'declaration', { dir, lang, theme: config.ui.theme });

  const choices: [string, boolean, HTMLElement][] = [];
  for (const c of localizeConfig(config, lang).categories) {
    const { table, choice } = declarationTable(doc, c, t);
    choices.push([c.id, c.required, choice]);
    root.append(table);
  }
  // A `data-consentry-open` element: whatever binds the page's openers (the script-tag loader, mountConsentUI)
  // opens the dialog from it, and focus comes back to it on close.
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = t.declarationChange;
  for (const [k, v] of [['data-consentry-open', ''], ['data-scope', 'consent'], ['data-part', 'button'], ['data-action', 'change-settings']]) button.setAttribute(k!, v!);
  root.append(button);

  const before = [...element.childNodes];
  element.replaceChildren(root);
  const off = consent.subscribe(() => {
    // The visitor's choice, which a protected page only holds back.
    const granted = consent.getState().choices;
    for (const [id, required, choice] of choices) {
      const state = required ? 'required' : granted[id] ? 'on' : 'off';
      choice.setAttribute('data-state', state);
      choice.textContent = required ? t.requiredNote : granted[id] ? t.declarationAllowed : t.declarationRefused;
    }
  });
  return () => {
    off();
    element.replaceChildren(...before);
  };
}
