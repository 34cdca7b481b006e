// The script-tag loader shared by `consentry.global.js` and `consentry-integrations.global.js`: reads the
// config, starts the core (which gates the page's scripts), and fetches the rest only when it is needed, so a
// returning visitor downloads this file alone: a first visit the banner (plain DOM, one locale, banner.css),
// and opening the dialog or a cookie declaration the UI (Preact, components, one locale, ui.css).
import { createConsent } from '../core/consent';
import { configStamp } from '../core/stamp';
import type { Consent, ConsentConfig } from '../core/types';
import { BUILT_IN_LANGUAGES, baseOf, pickLanguage } from '../ui/language';
import type { ConsentUI } from '../ui/mount';
import { bindOpeners } from '../ui/openers';
import type { Shell } from '../ui/shell';
import { setFetchPart } from './fetch-part';
import { loadPart, type Parts, type Register } from './load-part';
import { peekStamps } from './peek-stamps';
import { readConfig } from './read-config';
import { report } from './report';
import { trustConfig, useValidator } from './validate-on-demand';

export interface ConsentryGlobal {
  /** The consent instance once the config is read and valid, else `null`. */
  consent: Consent | null;
  /** Opens the preferences dialog, loading the UI first if needed. */
  openPreferences(opener?: Element | null): void;
  /** @internal How the banner and UI scripts hand over what they render. */
  _register?: Register | undefined;
  /** @internal What went wrong, for the error panel (consentry-debug.global.js). */
  _errors?: unknown[] | undefined;
  /** @internal The config as read, for the error panel. */
  _input?: unknown;
  /** @internal Set by the error panel: shows `_errors` again after another one. */
  _panel?: (() => void) | undefined;
}

/**
 * Checks the config's `integrations` before anything starts and returns what starts them. Throws an error
 * with `issues` (each with its path) when the config is unusable: then nothing starts and no banner shows.
 */
export type PrepareIntegrations = (input: unknown) => (consent: Consent) => void;

// Where the site owner works on the site: there an in-page panel shows what went wrong.
const LOCAL = /^(localhost|127\.0\.0\.1|\[::1\])$/;

/** Starts consentry on the page that loaded the current script. */
export function boot(prepare: PrepareIntegrations): void {
  const script = document.currentScript as HTMLScriptElement | null;
  // The UI files sit next to this one, wherever the site serves it from.
  const base = script?.src.replace(/[^/]*$/, '') ?? '';
  const nonce = script?.nonce;
  let open: () => Promise<ConsentUI | void> = () => Promise.resolve();
  const takers: { [K in keyof Parts]?: (part: Parts[K]) => void } = {};
  // Parts a file brought along unasked (the records' code comes with the banner and the UI).
  const registered: Partial<Parts> = {};
  const api: ConsentryGlobal = ((window as unknown as { Consentry: ConsentryGlobal }).Consentry = {
    consent: null,
    openPreferences: (opener) => void open().then((u) => u?.openPreferences(opener)),
    _register: (kind, part) => {
      registered[kind] = part as never;
      takers[kind]?.(part);
    },
  });
  // Logged always; also listed in a panel on the page on the owner's own machine or with `data-debug`. The
  // panel's code is a file of its own, fetched only then, so visitors never download it.
  const seen: string[] = [];
  const fail = (error: unknown) => {
    // The banner and a declaration on one page fail alike on the same texts: once is enough.
    if (seen.includes(String(error))) return;
    seen.push(String(error));
    report(error);
    if (!(script?.hasAttribute('data-debug') || LOCAL.test(location.hostname))) return;
    const errors = (api._errors ??= []);
    errors.push(error);
    if (api._panel) api._panel();
    else if (!errors[1]) document.head.append(Object.assign(document.createElement('script'), { src: base + 'consentry-debug.global.js', nonce }));
  };

  // Each part once, however many times it is asked for.
  const loaded: Partial<Record<keyof Parts, Promise<unknown>>> = {};
  const load = <K extends keyof Parts>(kind: K, file: string) =>
    (loaded[kind] ??= registered[kind] ? Promise.resolve(registered[kind]) : loadPart(base, kind, file, (k, take) => (takers[k] = take as never), nonce)) as Promise<Parts[K]>;
  // The UI's language and the file that has it: from the validated config, or, to fetch the banner before
  // validation ends, from the config as read (an invalid one never shows what was fetched).
  const languageOf = (language: unknown, texts: unknown): [string, string] => {
    const lang = pickLanguage(typeof language == 'string' ? language : document.documentElement.lang, [
      ...BUILT_IN_LANGUAGES,
      ...Object.keys(texts && typeof texts == 'object' ? texts : {}),
    ]);
    return [lang, (BUILT_IN_LANGUAGES as readonly string[]).includes(baseOf(lang)) ? baseOf(lang) : 'en'];
  };

  function start(input: unknown, stamp: string) {
    const attach = prepare(input);
    const consent = createConsent(input as ConsentConfig, { configStamp: stamp });
    // In the same task: the gate acts a microtask after createConsent, so vendors hear the default (and a
    // stored decision's update) before any gated tag runs (R-INT-11).
    attach(consent);
    api.consent = consent;
    const config = consent.config;
    const texts = config.texts;
    const [lang, file] = languageOf(config.language, texts);
    const loadUi = () => load('ui', file);
    // In the task that created the consent: its gate first looks at the page (and may hold an embed back) a
    // microtask later.
    setFetchPart((kind) => load(kind, file).catch(fail));
    let banner: Promise<Shell | void> | undefined;
    let ui: Promise<ConsentUI | void> | undefined;
    // The dialog goes into the banner's shell when the banner file showed one, else it brings its own banner.
    open = () => {
      // The dialog decides too: its records' code comes with it, unless the banner file brings it.
      if (!ui) void Promise.resolve(banner).then(() => load('proof', file).catch(fail));
      return (ui ??= Promise.all([loadUi(), banner])
        .then(([f, shell]) => f.mount(consent, { bindOpeners: false, floatingButton: false }, shell || undefined))
        // Invalid texts or ui options: every issue is logged and no banner is shown.
        .catch(fail));
    };
    // Once the UI is there, its shell shows the banner whenever the question comes back.
    const show = () =>
      ui ||
      (banner ??= load('banner', file)
        .then((f) => f.show(consent, (button) => api.openPreferences(button)))
        .catch(fail));
    bindOpeners(document, (el) => api.openPreferences(el));
    const floating = config.ui.floatingButton === true;
    let button: Promise<unknown> | undefined;
    // It shows only once there is a decision to change: a first visit fetches it with the decision.
    const offerButton = () =>
      floating &&
      !consent.needsDecision() &&
      (button ??= load('button', file)
        .then((b) => b.show(consent, texts[lang]?.settingsButton, file))
        .catch(fail));
    offerButton();
    consent.on('decision', offerButton);
    // The cookie declaration comes with the UI file: pages without one never load it for a returning visitor.
    document.querySelectorAll('[data-consentry-declaration]').forEach((el) => loadUi().then((f) => f.declare(el, consent)).catch(fail));
    // R-GDPR-16: once the banner is gone, these are the only ways back to the choice.
    if (!consent.needsDecision() && !floating && !document.querySelector('[data-consentry-open],[data-consentry-declaration]'))
      console.warn('[consentry] No way to change or withdraw consent on this page: add a data-consentry-open element (a "Cookie settings" link) or set ui.floatingButton to true.');
    const ask = () => consent.needsDecision() && show();
    ask();
    // reset() or another tab's withdrawal may bring the question back.
    consent.on('change', ask);
  }

  readConfig(script)
    .then(({ text, value }) => {
      api._input = value;
      const stamp = configStamp(text);
      const stamps = peekStamps(value);
      // A first visit fetches its banner before anything else, alongside the validator if it needs one. A
      // failure is reported when the banner is asked to show, which never happens for an invalid config.
      if (!stamps[0]) {
        const { language, texts } = (value ?? {}) as { language?: unknown; texts?: unknown };
        load('banner', languageOf(language, texts)[1]).catch(() => {});
      }
      // A stored record with this stamp: this browser's validator already accepted this very text; the script's
      // data-config-stamp: `consentry check` (or stampConfig on the server) did, so a first visit skips it too.
      if (stamps.includes(stamp) || script?.dataset.configStamp == stamp) {
        trustConfig(value);
        return start(value, stamp);
      }
      return load('validate', 'en').then((part) => (useValidator(part.validateConfig), start(value, stamp)));
    })
    .catch(fail);
}
