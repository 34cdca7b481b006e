import type { Consent } from '../core/types';
import { showFloatingButton } from './floating-button';
import { en } from './locales/en';
import { mount, type ConsentUI, type MountOptions } from './mount';
import { resolveUiOptions } from './options';
import { resolveTexts, type Texts } from './texts';

/**
 * Shows the banner while `consent.needsDecision()`, and the preferences dialog on demand, in the language of
 * the config or the page. Checks `config.texts` keys and `config.ui` first and throws a `ConsentConfigError`
 * listing every issue. English is built in; other languages come in `options.locales`, e.g.
 * `{ de }` from `consentry/ui/locales/de`, or every one with `locales` from `consentry/ui`. One UI per
 * instance: throws an `Error` while an earlier UI of `consent` is still mounted; after its `unmount()` a new
 * one may be mounted.
 */
export function mountConsentUI(consent: Consent, options: MountOptions & { locales?: Readonly<Record<string, Texts>> } = {}): ConsentUI {
  const locales = { en, ...options.locales };
  const ui = mount(consent, options, locales);
  if (!(options.floatingButton ?? resolveUiOptions(consent.config.ui).floatingButton)) return ui;
  const doc = (options.container ?? document.body).ownerDocument;
  const { texts } = resolveTexts(locales, consent.config.texts, consent.config.language ?? doc.documentElement.lang);
  const hide = showFloatingButton(consent, doc, texts.settingsButton);
  return {
    openPreferences: ui.openPreferences,
    unmount() {
      hide();
      ui.unmount();
    },
  };
}
