import type { Consent } from '../types';
import { checkKnown } from './config-lookup';

/**
 * Runs `fn` once the category or service `id` is granted: at once if it already is.
 * Returns a function that cancels the wait. Throws a `TypeError` when the config has no such id.
 */
export function whenGranted(consent: Consent, id: string, fn: () => void): () => void {
  checkKnown(id, consent.config.categories.flatMap((c) => [c.id, ...c.services.map((s) => s.id)]), 'category or service', 'whenGranted()');
  let off: (() => void) | undefined;
  let done = false;
  const stop = () => {
    done = true;
    off?.();
  };
  off = consent.subscribe(() => {
    if (!done && consent.isGranted(id)) {
      stop();
      fn();
    }
  });
  // subscribe() calls back before it returns, so a grant found then could not unsubscribe yet.
  if (done) off();
  return stop;
}
