import { cookiePairs, expireCookie } from '../core/cookie-jar';
import type { Consent, ConsentState } from '../core/types';
import { checkIds, checkKeys } from './check-option';
import { followState } from './follow-state';
import { storageValue } from './storage-value';

/** `window.clarity`: Clarity's queue stub until its tag loads (commands in `q`), then Clarity itself. */
export interface Clarity {
  (...args: unknown[]): void;
  q?: unknown[] | undefined;
}

/** The part of `window` the adapter uses. */
export interface ClarityWindow {
  clarity?: Clarity | undefined;
  /** Where Clarity's cookies are deleted. */
  document?: Document | undefined;
}

export interface MicrosoftClarityOptions {
  /**
   * Category or service ids whose grant is Clarity's `analytics_Storage` (its cookies, sessions across
   * pages): granted while any of them is granted. @default ["analytics"]
   */
  analyticsStorage?: readonly string[] | undefined;
  /**
   * Category or service ids whose grant is Clarity's `ad_Storage` (ads data shared with Microsoft
   * Advertising). `[]` keeps it denied, e.g. on a site without a marketing category. @default ["marketing"]
   */
  adStorage?: readonly string[] | undefined;
  /** Where `clarity` lives. @default `window`; where there is none (server) the adapter does nothing */
  window?: ClarityWindow | undefined;
}

/** What each `clarity('consentv2', …)` sends, with Clarity's own capitals. */
export type ClarityConsentValues = { ad_Storage: 'granted' | 'denied'; analytics_Storage: 'granted' | 'denied' };

const NAME = 'microsoftClarity';
// First-party cookies Clarity sets on the site (https://learn.microsoft.com/clarity/setup-and-installation/cookie-list);
// its third-party ones (CLID, MUID, …) live on Microsoft's domains, out of a page's reach.
const COOKIES = ['_clck', '_clsk'];

/** Clarity's own snippet without the script insertion: commands wait in `q` until the Clarity tag takes them over. */
function clarityStub(): Clarity {
  const clarity: Clarity = function () {
    (clarity.q ??= []).push(arguments);
  };
  return clarity;
}

/**
 * Tells Microsoft Clarity what the visitor allows, with its consent API v2 (R-INT-13): on every page
 * `clarity('consentv2', { ad_Storage, analytics_Storage })` from the mapped categories, denied before any
 * decision, and again on every change, synchronously inside the `change` event (R-INT-11). Whenever
 * `analytics_Storage` is denied, right after telling Clarity, it deletes Clarity's first-party cookies
 * (`_clck`, `_clsk`): on withdrawal, and those left from a decision that has since lapsed. Throws a
 * `TypeError` naming the option when an option is invalid.
 * @returns a function that stops following changes
 */
export function microsoftClarity(consent: Consent, options: MicrosoftClarityOptions = {}): () => void {
  checkKeys(options, ['analyticsStorage', 'adStorage', 'window'], NAME);
  const {
    analyticsStorage = ['analytics'],
    adStorage = ['marketing'],
    window: win = typeof window != 'undefined' ? (window as ClarityWindow) : undefined,
  } = options;
  const state = consent.getState();
  const analytics = checkIds(state, analyticsStorage, NAME, 'analyticsStorage');
  const ads = checkIds(state, adStorage, NAME, 'adStorage');
  if (!win) return () => {};

  // Looked up on every call: the Clarity tag replaces the stub. Clarity's snippet keeps a stub it finds.
  const clarity = (...args: unknown[]) => (win.clarity ??= clarityStub())(...args);
  const send = (state: ConsentState) => {
    const values: ClarityConsentValues = { ad_Storage: storageValue(state, ads), analytics_Storage: storageValue(state, analytics) };
    // consentv2, not the deprecated clarity('consent'): enforced for the EEA, UK and Switzerland since
    // 31 Oct 2025 (https://learn.microsoft.com/clarity/clarity-consent-api-v2).
    clarity('consentv2', values);
    const doc = win.document;
    if (values.analytics_Storage == 'denied' && doc) {
      const present = cookiePairs(doc).map(([name]) => name);
      for (const name of COOKIES) if (present.includes(name)) expireCookie(doc, name);
    }
  };
  send(state);
  return followState(consent, send);
}
