import { render } from 'preact';
import { ConsentConfigError } from '../core/issues';
import type { Consent } from '../core/types';
import { App } from './app';
import { baseOf } from './language';
import { bindOpeners } from './openers';
import { resolveUiOptions } from './options';
import type { Texts } from './text-keys';
import { resolveTexts } from './texts';
import { validateUiConfig } from './validate-ui';

export interface MountOptions {
  /** Element the UI's root is inserted into, as its first child. @default document.body */
  container?: Element | undefined;
  /** Open the dialog on clicks on `[data-consentry-open]` elements. @default true */
  bindOpeners?: boolean | undefined;
  /** Overrides `config.ui.floatingButton`. */
  floatingButton?: boolean | undefined;
}

/** What `mountConsentUI` returns. */
export interface ConsentUI {
  /** Opens "Manage your cookie preferences"; focus returns to `opener` (default: the focused element) on close. */
  openPreferences(opener?: Element | null): void;
  /** Removes the UI and every listener; the consent instance stays as it is and may get a new UI. */
  unmount(): void;
}

let mounted = 0;
// Instances with a UI: a second one would stack a second banner over the first.
const withUi = new WeakSet<Consent>();

/**
 * Mounts with the given built-in locales (the script-tag build passes one; `mountConsentUI` English and the
 * site's `locales`). The floating button is not part of it: the script-tag loader shows that one itself,
 * without loading the UI.
 * Throws while `consent` already has a UI that was not unmounted.
 */
export function mount(consent: Consent, options: MountOptions, builtIn: Readonly<Record<string, Texts>>): ConsentUI {
  if (withUi.has(consent)) throw new Error('consentry: this consent instance already has a UI; call its unmount() before mounting another');
  const { config } = consent;
  const issues = validateUiConfig(config);
  if (issues.length) throw new ConsentConfigError(issues);

  const container = options.container ?? document.body;
  const doc = container.ownerDocument;
  const pageLang = doc.documentElement.lang;
  const requested = config.language ?? pageLang;
  const { lang, dir, texts } = resolveTexts(builtIn, config.texts, requested);
  if (requested && baseOf(lang) != baseOf(requested)) {
    console.warn(
      `[consentry] No texts for the language "${requested}", so the banner is shown in "${lang}". To show it in ` +
        `"${requested}", add "texts": { "${requested}": { … every text key … } } to the config, and per-language titles and descriptions.`,
    );
  }
  const ui = resolveUiOptions(config.ui);

  const root = doc.createElement('div');
  root.setAttribute('data-scope', 'consent');
  root.setAttribute('data-part', 'root');
  root.dir = dir;
  if (ui.theme != 'auto') root.setAttribute('data-theme', ui.theme);
  // R-A11Y-18: say which language the UI speaks when it is not the page's.
  if (baseOf(lang) != baseOf(pageLang)) root.lang = lang;
  // First in DOM order, so the banner is the first thing keyboard users reach (R-A11Y-2).
  container.prepend(root);

  let open: (opener?: Element | null) => void = () => {};
  render(
    <App consent={consent} doc={doc} t={texts} lang={lang} options={ui} root={root} ids={`consentry${++mounted}-`} expose={(fn) => (open = fn)} />,
    root,
  );

  const unbind = options.bindOpeners === false ? undefined : bindOpeners(doc, (el) => open(el));
  withUi.add(consent);
  let live = true;
  return {
    openPreferences: (opener) => open(opener),
    unmount() {
      // A stale UI's second unmount() must not free the instance for a third UI beside a live second one.
      if (!live) return;
      live = false;
      withUi.delete(consent);
      unbind?.();
      render(null, root);
      root.remove();
    },
  };
}
