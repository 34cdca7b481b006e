// The script-tag loader shared by `consentry.global.js` and `consentry-integrations.global.js`: reads the
// config, starts the core (which gates the page's scripts), and fetches the UI (Preact, components, one locale,
// CSS) only when the banner or the dialog is needed, so a returning visitor downloads this file alone.
import { createConsent } from '../core/consent';
import type { Consent, ConsentConfig } from '../core/types';
import { showFloatingButton } from '../ui/floating-button';
import { BUILT_IN_LANGUAGES, baseOf, pickLanguage } from '../ui/language';
import type { ConsentUI } from '../ui/mount';
import { bindOpeners } from '../ui/openers';
import { loadUi, type MountUi } from './load-ui';
import { readConfig } from './read-config';
import { report } from './report';
import { SETTINGS_LABELS } from './settings-labels';

export interface ConsentryGlobal {
  /** The consent instance once the config is read and valid, else `null`. */
  consent: Consent | null;
  /** Opens the preferences dialog, loading the UI first if needed. */
  openPreferences(opener?: Element | null): void;
  /** @internal How the UI script hands over its mount function. */
  _register?: ((mount: MountUi) => void) | undefined;
}

/**
 * Checks the config's `integrations` before anything starts and returns what starts them. Throws an error
 * with `issues` (each with its path) when the config is unusable: then nothing starts and no banner shows.
 */
export type PrepareIntegrations = (input: unknown) => (consent: Consent) => void;

/** Starts consentry on the page that loaded the current script. */
export function boot(prepare: PrepareIntegrations): void {
  const script = document.currentScript as HTMLScriptElement | null;
  // The UI files sit next to this one, wherever the site serves it from.
  const base = script?.src.replace(/[^/]*$/, '') ?? '';
  let ui: Promise<ConsentUI | void> | undefined;
  let show: () => Promise<ConsentUI | void> = () => Promise.resolve();
  const api: ConsentryGlobal = ((window as unknown as { Consentry: ConsentryGlobal }).Consentry = {
    consent: null,
    openPreferences: (opener) => void show().then((u) => u?.openPreferences(opener)),
  });

  function start(input: unknown) {
    const attach = prepare(input);
    const consent = createConsent(input as ConsentConfig);
    // In the same task: the gate acts a microtask after createConsent, so vendors hear the default (and a
    // stored decision's update) before any gated tag runs (R-INT-11).
    attach(consent);
    api.consent = consent;
    const config = consent.config;
    const texts = config.texts;
    const lang = pickLanguage(config.language ?? document.documentElement.lang, [...BUILT_IN_LANGUAGES, ...Object.keys(texts)]);
    const file = (BUILT_IN_LANGUAGES as readonly string[]).includes(baseOf(lang)) ? baseOf(lang) : 'en';
    show = () =>
      (ui ??= loadUi(base, file, (register) => (api._register = register), script?.nonce)
        .then((mount) => mount(consent, { bindOpeners: false, floatingButton: false }))
        // Invalid texts or ui options: every issue is logged and no banner is shown.
        .catch(report));
    bindOpeners(document, (el) => api.openPreferences(el));
    if (config.ui.floatingButton === true) showFloatingButton(consent, document, texts[lang]?.settingsButton ?? SETTINGS_LABELS[file]!);
    const ask = () => consent.needsDecision() && show();
    ask();
    // reset() or another tab's withdrawal may bring the question back.
    consent.on('change', ask);
  }

  readConfig(script).then(start).catch(report);
}
