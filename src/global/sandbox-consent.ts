import { stateFrom } from '../core/state';
import type { Consent, ResolvedConfig } from '../core/types';

/**
 * A stand-in for the consent instance, enough for an adapter to check its options against the config's ids:
 * no storage, no gate, no receipts, and nothing granted. Paired with a throwaway window, running an adapter on
 * it has no effect on the page.
 */
export function sandboxConsent(config: ResolvedConfig): Consent {
  const state = stateFrom(config, null);
  const stub = { config, getState: () => state, isGranted: () => false, needsDecision: () => true, on: () => () => {} };
  return stub as unknown as Consent;
}
