import { deepFreeze } from './freeze';
import type { ConsentRecord, ConsentState, ResolvedConfig } from './types';

/** Granted ids, as stored in a record. */
export type Grants = Pick<ConsentRecord, 'categories' | 'services'>;

/**
 * The state a config implies for a record. Without a record (`null`: no valid decision) every optional
 * category is denied, or granted in opt-out mode. With Global Privacy Control (`gpc`), categories marked
 * `gpc` are denied, even over a stored grant, unless the record is the visitor's explicit override.
 */
export function stateFrom(config: ResolvedConfig, record: ConsentRecord | null, gpc = false): ConsentState {
  // No prototype: ids such as "constructor" or "__proto__" must not look known or granted.
  const categories: Record<string, boolean> = Object.create(null);
  const services: Record<string, boolean> = Object.create(null);
  const signal = gpc && record?.gpc != 'override';
  for (const c of config.categories) {
    const granted = (id: string, list?: readonly string[]) =>
      c.required || (!(signal && c.gpc) && (list ? list.includes(id) : config.mode == 'opt-out'));
    categories[c.id] = granted(c.id, record?.categories);
    for (const s of c.services) services[s.id] = granted(s.id, record?.services);
  }
  return deepFreeze({
    decided: !!record && record.method != 'gpc',
    gpc: gpc && config.categories.some((c) => c.gpc),
    categories,
    services,
    record,
  });
}

/**
 * The grants after a choice on top of `current`. `given(id)` is what the visitor set for a category or service
 * (`true`/`false`), or `undefined` where they left it alone. A category's services follow it unless given one by
 * one; giving only services of a category grants the category when any of them is on. A service is never
 * granted inside a denied category, and the required category is always granted.
 */
export function grantsFor(config: ResolvedConfig, current: ConsentState, given: (id: string) => boolean | undefined): Grants {
  const categories: string[] = [];
  const services: string[] = [];
  for (const c of config.categories) {
    const own = given(c.id);
    const granted = c.required || (own ?? current.categories[c.id]);
    const on = c.services
      .filter((s) => c.required || (given(s.id) ?? (own === undefined ? current.services[s.id] : granted)))
      .map((s) => s.id);
    if (own === undefined && c.services.some((s) => given(s.id) !== undefined) ? on.length : granted) {
      categories.push(c.id);
      services.push(...on);
    }
  }
  return { categories, services };
}

/** Whether a stored record no longer counts: another revision, past its lifetime, or dated in the future. */
export function isStale(config: ResolvedConfig, record: ConsentRecord, now: number): boolean {
  const day = 864e5;
  return (
    record.revision !== config.revision ||
    now - record.updatedAt > config.cookie.expiresDays * day ||
    // A clock skew of a day is tolerated; more means the record was forged or the clock is broken.
    record.updatedAt > now + day
  );
}

/** Category and service ids whose granted value differs between two states. */
export const changedIds = (a: ConsentState, b: ConsentState): string[] =>
  (['categories', 'services'] as const).flatMap((k) => Object.keys(b[k]).filter((id) => a[k][id] !== b[k][id]));
