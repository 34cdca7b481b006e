import type { Consent } from '../core/types';
import { checkId, checkKeys, checkOption } from './check-option';
import { followGrant } from './follow-grant';

/** Matomo's command queue: an array until `matomo.js` loads, then an object with `push`. */
export type Paq = { push(command: unknown[]): unknown };

/** The part of `window` the adapter uses. */
export interface PaqWindow {
  _paq?: Paq | undefined;
  document?: { cookie: string } | undefined;
}

export interface MatomoOptions {
  /**
   * `"tracking"`: Matomo sends no request and sets no cookie before consent (`requireConsent`).
   * `"cookie"`: Matomo tracks without cookies before consent (`requireCookieConsent`); whether that tracking
   * needs consent too is the site owner's call (ePrivacy Art. 5(3)).
   * @default "tracking"
   */
  mode?: 'tracking' | 'cookie' | undefined;
  /** Category or service id whose grant is Matomo's consent. @default "analytics" */
  id?: string | undefined;
  /** Where `_paq` lives. @default `window`; where there is none (server) the adapter does nothing */
  window?: PaqWindow | undefined;
}

const NAME = 'matomo';

/**
 * Puts Matomo under consent (R-INT-9): `requireConsent` (or `requireCookieConsent`) first in `_paq`, before
 * any queued `trackPageView`; `rememberConsentGiven` (`rememberCookieConsentGiven`) while granted; and
 * `forgetConsentGiven` (`forgetCookieConsentGiven`) on withdrawal, synchronously inside the `change` event
 * (R-INT-11). Throws a `TypeError` naming the option when an option is invalid.
 * @returns a function that stops following changes
 */
export function matomo(consent: Consent, options: MatomoOptions = {}): () => void {
  checkKeys(options, ['mode', 'id', 'window'], NAME);
  const { mode = 'tracking', id = 'analytics', window: win = typeof window != 'undefined' ? (window as PaqWindow) : undefined } = options;
  checkOption(mode == 'tracking' || mode == 'cookie', NAME, 'mode', '"tracking" or "cookie"', mode);
  checkId(consent.getState(), id, NAME, 'id');
  if (!win) return () => {};

  const cookie = mode == 'cookie';
  const kind = cookie ? 'CookieConsent' : 'Consent';
  // Looked up on every call: matomo.js replaces the array with its own queue object.
  const queue = (): Paq => (win._paq ??= [] as unknown[][]);
  const paq = (command: string) => queue().push([command]);
  const first = queue();
  // Still an array: matomo.js has not run, and the site's snippet may have queued trackPageView already.
  if (Array.isArray(first)) first.unshift(['require' + kind]);
  else paq('require' + kind);

  if (consent.isGranted(id)) paq(`remember${kind}Given`);
  // Matomo keeps its own consent cookie (mtm_consent, mtm_cookie_consent): one left from a decision that has
  // since expired or was withdrawn elsewhere would keep tracking on.
  else if (('; ' + (win.document?.cookie ?? '')).includes(cookie ? '; mtm_cookie_consent=' : '; mtm_consent=')) paq(`forget${kind}Given`);
  return followGrant(consent, id, (granted) => paq(`${granted ? 'remember' : 'forget'}${kind}Given`));
}
