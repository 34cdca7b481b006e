import type { Consent, ConsentState } from '../core/types';
import {
  GOOGLE_CONSENT_TYPES,
  consentValues,
  resolveGoogleSettings,
  type GoogleConsentModeSettings,
} from './google-consent-settings';
import { realFields, redactedFields, type PageAddress } from './google-page-fields';
import { followState } from './follow-state';

export type { GoogleConsentMapping, GoogleConsentModeSettings } from './google-consent-settings';
export type { GoogleConsentType } from '../core/types';

/** The part of `window` the adapter uses. */
export interface GtagWindow {
  dataLayer?: unknown[] | undefined;
  gtag?: ((...args: unknown[]) => void) | undefined;
}

export interface GoogleConsentModeOptions extends GoogleConsentModeSettings {
  /** Where `dataLayer` and `gtag` live. @default `window`; where there is none (server) the adapter does nothing */
  window?: GtagWindow | undefined;
}

/**
 * Pushed to `dataLayer` right after each consent update, for tag manager triggers (R-INT-6): on start when a
 * decision is stored, then on every change. Booleans only: no consent id, no Global Privacy Control flag (R-US-7).
 */
export interface ConsentryDataLayerEvent {
  event: 'consentry_change';
  consentry: { decided: boolean; categories: Record<string, boolean>; services: Record<string, boolean> };
}

type Command = ArrayLike<unknown>;
// gtag.js reads `arguments` objects from the dataLayer, as Google's snippet pushes them.
const commandOf = function (..._: unknown[]) {
  return arguments;
} as (...args: unknown[]) => Command;
const isConsent = (entry: unknown, action: string): entry is Command =>
  typeof entry == 'object' && entry !== null && (entry as Command)[0] === 'consent' && (entry as Command)[1] === action;

/**
 * Tells Google Consent Mode v2 what the visitor allows. On start it sends `consent default` (all denied but
 * `security_storage`) and `ads_data_redaction` (and `url_passthrough` if asked) unless the inline bootstrap
 * snippet already did; then one `consent update` when a decision is stored; then one `update` on every change, synchronously
 * inside the `change` event, so a withdrawal reaches Google before cookie clean-up (R-INT-11). Every update
 * sends all seven consent types. Throws a `TypeError` naming the option when an option is invalid.
 * @returns a function that stops following changes
 */
export function googleConsentMode(consent: Consent, options: GoogleConsentModeOptions = {}): () => void {
  const { window: win = typeof window != 'undefined' ? (window as GtagWindow) : undefined, ...rest } = options;
  const settings = resolveGoogleSettings(consent.config, consent.getState(), rest);
  if (!win) return () => {};

  const layer = () => (win.dataLayer ??= []);
  // Google's own snippet: gtag.js reads `arguments` objects from the dataLayer, not arrays.
  win.gtag ??= function () {
    layer().push(arguments);
  };
  const gtag = (...args: unknown[]) => win.gtag!(...args);
  const find = (action: string) => layer().filter((entry) => isConsent(entry, action));

  // A second default after the bootstrap's would come after Google's own commands: Google wants it first.
  if (!find('default')[0]) {
    gtag('consent', 'default', { ...settings.defaults });
    gtag('set', 'ads_data_redaction', settings.adsDataRedaction);
    // Off is Google's default; the bootstrap snippet leaves it out too, to stay under 1 KB.
    if (settings.urlPassthrough) gtag('set', 'url_passthrough', true);
  }

  // Protected pages (R-HEALTH): Google reads the address itself, so it is told another one before the tag's
  // first page view. Ahead of the commands queued so far while gtag.js has not taken the queue over.
  const address = (): PageAddress | undefined =>
    typeof location == 'undefined' ? undefined : { href: location.href, title: document.title, referrer: document.referrer };
  const here = address();
  const fields = here && redactedFields(consent.config, settings, consent.getState().page, here);
  const told = layer().some((entry) => (entry as Command)[0] === 'set' && typeof (entry as Command)[1] == 'object');
  if (fields && Object.keys(fields)[0] && !told) {
    const queue = layer();
    if (queue.push !== Array.prototype.push) gtag('set', fields);
    else {
      // Right after the consent default and its settings (the first commands, from the bootstrap or from above).
      const opening = queue.findIndex((entry) => !(isConsent(entry, 'default') || ((entry as Command)[0] === 'set' && typeof (entry as Command)[1] == 'string')));
      queue.splice(opening < 0 ? queue.length : opening, 0, commandOf('set', fields));
    }
  }
  let page = consent.getState().page;
  // A single-page app moving between protected and other pages (a move into a protected page after optional
  // code ran is a new page load): Google's next page view reads what it is told here.
  const follow = (state: ConsentState) => {
    if (state.page == page) return;
    page = state.page;
    const now = address();
    if (now) gtag('set', page == 'none' ? realFields(now) : redactedFields(consent.config, settings, page, now));
  };

  const announce = (state: ConsentState) => {
    const event: ConsentryDataLayerEvent = {
      event: 'consentry_change',
      consentry: { decided: state.decided, categories: { ...state.categories }, services: { ...state.services } },
    };
    layer().push(event);
  };
  const update = (state: ConsentState) => {
    follow(state);
    gtag('consent', 'update', consentValues(state, settings.mapping));
    announce(state);
  };

  const state = consent.getState();
  const values = consentValues(state, settings.mapping);
  // What Google holds now: the bootstrap's update from the stored record, else the default.
  const held = (find('update').pop()?.[2] ?? (state.decided ? undefined : settings.defaults)) as Record<string, unknown> | undefined;
  if (!held || GOOGLE_CONSENT_TYPES.some((t) => held[t] !== values[t])) update(state);
  else if (state.decided) announce(state);
  return followState(consent, update);
}
