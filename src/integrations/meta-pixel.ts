import type { Consent } from '../core/types';
import { checkId, checkKeys, checkOption } from './check-option';
import { followGrant } from './follow-grant';

/** Meta's `fbq` command queue, as its base code defines it. */
export interface Fbq {
  (...args: unknown[]): void;
  callMethod?: (...args: unknown[]) => void;
  queue: unknown[];
  push: Fbq;
  loaded: boolean;
  version: string;
}

/** The part of `window` the adapter uses. */
export interface FbqWindow {
  fbq?: Fbq | undefined;
  _fbq?: Fbq | undefined;
}

export interface MetaPixelOptions {
  /**
   * Pixel id: when given, the adapter calls `fbq('init', pixelId)` itself, right after revoking, without any
   * advanced-matching data; on `sensitivePaths` and `trackerFreePaths` after `fbq('set', 'autoConfig', false, pixelId)`.
   */
  pixelId?: string | undefined;
  /** Category or service id whose grant lets the pixel set cookies and send events. @default "marketing" */
  id?: string | undefined;
  /** Where `fbq` lives. @default `window`; where there is none (server) the adapter does nothing */
  window?: FbqWindow | undefined;
}

const NAME = 'metaPixel';

/**
 * Meta's queue stub (its base code without the script insertion): commands wait here until `fbevents.js`,
 * loaded as a gated script once the category is granted, takes them over.
 */
function fbqStub(win: FbqWindow): Fbq {
  const fbq = function (...args: unknown[]) {
    if (fbq.callMethod) fbq.callMethod(...args);
    else fbq.queue.push(args);
  } as Fbq;
  Object.assign(fbq, { push: fbq, loaded: true, version: '2.0', queue: [] });
  win._fbq ??= fbq;
  return fbq;
}

/**
 * Puts the Meta pixel under consent (R-INT-7): `fbq('consent', 'revoke')` on every page before `init`, then
 * `fbq('consent', 'grant')` only while the category (or service) is granted, and `revoke` again on withdrawal,
 * synchronously inside the `change` event (R-INT-11). Load `fbevents.js` as a gated script
 * (`data-category="marketing"`), not with Meta's base code, so nothing reaches Meta before a grant.
 * Throws a `TypeError` naming the option when an option is invalid.
 * @returns a function that stops following changes
 */
export function metaPixel(consent: Consent, options: MetaPixelOptions = {}): () => void {
  checkKeys(options, ['pixelId', 'id', 'window'], NAME);
  const { pixelId, id = 'marketing', window: win = typeof window != 'undefined' ? (window as FbqWindow) : undefined } = options;
  checkOption(pixelId === undefined || (typeof pixelId == 'string' && /^\d{1,20}$/.test(pixelId)), NAME, 'pixelId', 'a pixel id of digits', pixelId);
  checkId(consent.getState(), id, NAME, 'id');
  if (!win) return () => {};

  // Looked up on every call: fbevents.js may replace the stub.
  const fbq = (...args: unknown[]) => (win.fbq ??= fbqStub(win))(...args);
  fbq('consent', 'revoke');
  // Protected pages (R-HEALTH): no automatic events or page metadata (button texts, page structure). It only
  // takes effect before `init`, so only where the adapter inits the pixel; it never sends matching data.
  if (pixelId && consent.getState().page != 'none') fbq('set', 'autoConfig', false, pixelId);
  if (pixelId) fbq('init', pixelId);
  if (consent.isGranted(id)) fbq('consent', 'grant');
  return followGrant(consent, id, (granted) => fbq('consent', granted ? 'grant' : 'revoke'));
}
