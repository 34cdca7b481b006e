import type { Consent } from '../core/types';
import { showFloatingButton } from './floating-button';
import { locales } from './locales';
import { mount, type ConsentUI, type MountOptions } from './mount';
import { resolveUiOptions } from './options';
import { resolveTexts } from './texts';

/**
 * Shows the banner while `consent.needsDecision()`, and the preferences dialog on demand, in the language of
 * the config or the page. Checks `config.texts` keys and `config.ui` first and throws a `ConsentConfigError`
 * listing every issue. All eight built-in languages are bundled. One UI per instance: throws an `Error` while
 * an earlier UI of `consent` is still mounted; after its `unmount()` a new one may be mounted.
 */
export function mountConsentUI(consent: Consent, options: MountOptions = {}): ConsentUI {
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
