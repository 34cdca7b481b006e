import type { KnownIds } from './check-option';

/** A consent type's value for `state`: `granted` while any of `ids` is granted, else `denied`. */
export const storageValue = (state: KnownIds, ids: readonly string[]): 'granted' | 'denied' =>
  ids.some((id) => state.categories[id] ?? state.services[id]) ? 'granted' : 'denied';
