import type { Consent } from '../core/types';

/**
 * Calls `apply(granted)` each time the grant of category or service `id` flips, synchronously inside the
 * core's `change` event: a withdrawal reaches the vendor before the gate's cookie clean-up (R-INT-11), and a
 * change from another tab is applied too (R-CK-8).
 * @returns a function that stops following
 */
export function followGrant(consent: Consent, id: string, apply: (granted: boolean) => void): () => void {
  let granted = consent.isGranted(id);
  return consent.on('change', () => {
    if (consent.isGranted(id) != granted) apply((granted = !granted));
  });
}
