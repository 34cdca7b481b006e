import type { Consent, ConsentState } from '../core/types';

/**
 * Calls `apply(state)` once for each new state, synchronously inside the core's `change` and `decision`
 * events: a withdrawal reaches the vendor before the gate's cookie clean-up (R-INT-11), a first "Reject all"
 * (which grants nothing new) still reaches it, and a decision that changes what is granted, firing both
 * events, reaches it once. The state at start is the adapter's to send.
 * @returns a function that stops following
 */
export function followState(consent: Consent, apply: (state: ConsentState) => void): () => void {
  let sent = consent.getState();
  const sync = (state: ConsentState) => {
    if (state !== sent) apply((sent = state));
  };
  const offChange = consent.on('change', (e) => sync(e.state));
  const offDecision = consent.on('decision', (e) => sync(e.state));
  return () => {
    offChange();
    offDecision();
  };
}
