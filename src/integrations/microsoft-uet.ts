import type { Consent, ConsentState } from '../core/types';
import { checkIds, checkKeys } from './check-option';
import { followState } from './follow-state';
import { storageValue } from './storage-value';

/** UET's command queue: a flat array of arguments until `bat.js` loads, then UET's own object with `push`. */
export type Uetq = { push(...args: unknown[]): unknown };

/** The part of `window` the adapter uses. */
export interface UetWindow {
  uetq?: Uetq | undefined;
}

export interface MicrosoftUetOptions {
  /**
   * Category or service ids whose grant is UET's `ad_storage`: granted while any of them is granted, e.g.
   * `["marketing"]` or `["microsoft-ads"]`. An empty list keeps `ad_storage` denied.
   * @default ["marketing"]
   */
  adStorage?: readonly string[] | undefined;
  /** Where `uetq` lives. @default `window`; where there is none (server) the adapter does nothing */
  window?: UetWindow | undefined;
}

/** UET's single consent type, granted or denied. */
export type UetConsentValues = { ad_storage: 'granted' | 'denied' };

const NAME = 'microsoftUet';
// Microsoft Advertising's UET consent mode: "window.uetq = window.uetq || []; window.uetq.push('consent',
// 'default', { 'ad_storage': 'denied' });" before the UET tag loads, then 'update' after a choice. Without a
// default UET assumes granted, outside the EEA, UK and Switzerland (R-INT-8).
const DEFAULT = ['consent', 'default', { ad_storage: 'denied' }] as const;

/**
 * Puts Microsoft UET (Microsoft Advertising) under consent mode (R-INT-8): `uetq.push('consent', 'default',
 * { ad_storage: 'denied' })` first in the queue, ahead of any UET command already queued; then, when a
 * decision is stored, one `update` from it; then one `update` on every change, synchronously inside the
 * `change` event, so a withdrawal reaches UET before cookie clean-up (R-INT-11). Load the UET tag as a gated
 * script (`data-category="marketing"`), so nothing reaches Microsoft before a grant. Throws a `TypeError`
 * naming the option when an option is invalid.
 * @returns a function that stops following changes
 */
export function microsoftUet(consent: Consent, options: MicrosoftUetOptions = {}): () => void {
  checkKeys(options, ['adStorage', 'window'], NAME);
  const { adStorage = ['marketing'], window: win = typeof window != 'undefined' ? (window as UetWindow) : undefined } = options;
  const ids = checkIds(consent.getState(), adStorage, NAME, 'adStorage');
  if (!win) return () => {};

  // Looked up on every call: bat.js replaces the array with its own queue object.
  const queue = (): Uetq => (win.uetq ??= [] as unknown[]);
  const first = queue();
  if (!Array.isArray(first)) queue().push(...DEFAULT);
  // Microsoft's own default snippet may already be in <head>; the queue is flat, command after command.
  else if (!first.some((v, i) => v === 'consent' && first[i + 1] === 'default')) first.unshift(...DEFAULT);

  const update = (state: ConsentState) => queue().push('consent', 'update', { ad_storage: storageValue(state, ids) } satisfies UetConsentValues);
  const state = consent.getState();
  // Undecided but granted: opt-out mode before the visitor opts out.
  if (state.decided || storageValue(state, ids) == 'granted') update(state);
  return followState(consent, update);
}
