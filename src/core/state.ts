import { deepFreeze } from './freeze';
import type { ConsentRecord, ConsentState, PageProtection, ResolvedConfig } from './types';

/** Granted ids, as stored in a record. */
export type Grants = Pick<ConsentRecord, 'categories' | 'services'>;

/**
 * The state a config implies for a record on a page. Without a record (`null`: no valid decision) every optional
 * category is denied, or granted in opt-out mode. With Global Privacy Control (`gpc`), categories marked
 * `gpc` are denied, even over a stored grant, unless the record is the visitor's explicit override. On a
 * protected `page` the choices stay as they are, but only what the page allows is granted.
 */
export function stateFrom(config: ResolvedConfig, record: ConsentRecord | null, gpc = false, page: PageProtection = 'none'): ConsentState {
  // No prototype: ids such as "constructor" or "__proto__" must not look known or granted.
  const categories: Record<string, boolean> = Object.create(null);
  const services: Record<string, boolean> = Object.create(null);
  const choices: Record<string, boolean> = Object.create(null);
  const signal = gpc && record?.gpc != 'override';
  for (const c of config.categories) {
    // A separate consent is only ever given by its own switch: opt-out mode does not start it granted.
    const chosen = (id: string, list?: readonly string[]) =>
      c.required || (!(signal && c.gpc) && (list ? list.includes(id) : config.mode == 'opt-out' && !c.separate));
    const allowed = c.required || (page != 'tracker-free' && !(page == 'sensitive' && c.sessionReplay));
    const set = (into: Record<string, boolean>, id: string, list?: readonly string[]) => {
      choices[id] = chosen(id, list);
      into[id] = allowed && choices[id];
    };
    set(categories, c.id, record?.categories);
    for (const s of c.services) set(services, s.id, record?.services);
  }
  return deepFreeze({
    decided: !!record && record.method != 'gpc',
    gpc: gpc && config.categories.some((c) => c.gpc),
    page,
    categories,
    services,
    choices,
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
    const granted = c.required || (own ?? current.choices[c.id]!);
    const on = c.services
      .filter((s) => c.required || (given(s.id) ?? (own === undefined ? current.choices[s.id] : granted)))
      .map((s) => s.id);
    if (own === undefined && c.services.some((s) => given(s.id) !== undefined) ? on.length : granted) {
      categories.push(c.id);
      services.push(...on);
    }
  }
  return { categories, services };
}

/**
 * The stored record as this config reads it, or `null` (no decision) unless it is a state the visitor could
 * have chosen under this config and mode: this config's revision, within its lifetime and not dated ahead;
 * only ids the config has, each in its own list; no service granted outside its granted category; a refusal
 * granting nothing optional; and a record of the Global Privacy Control signal alone (method `gpc`, only ever
 * written in opt-out mode) or one where the signal denied the `gpc` categories granting none of them; and
 * for each granted `separate` category, the time it was granted. A separate grant past its own lifetime
 * lapses alone: the record comes back without it.
 */
export function admit(config: ResolvedConfig, record: ConsentRecord | null, now: number): ConsentRecord | null {
  if (!record) return null;
  const { method, gpc } = record;
  // The granted categories; a list naming anything else (or one twice) comes out longer than this.
  const cats = config.categories.filter((c) => record.categories.includes(c.id));
  const optional = cats.filter((c) => !c.required);
  const separate: Readonly<Record<string, number>> = record.separate ?? Object.create(null);
  const admitted =
    record.revision === config.revision &&
    now - record.updatedAt <= config.cookie.expiresDays * 864e5 &&
    // A clock skew of a day is tolerated; more means the record was forged or the clock is broken.
    record.updatedAt <= now + 864e5 &&
    cats.length == record.categories.length &&
    record.services.every((id) => cats.some((c) => c.services.some((s) => s.id == id))) &&
    !(method == 'reject-all' && optional[0]) &&
    !(method == 'gpc' && config.mode == 'opt-in') &&
    // The signal alone never gives a separate consent (opt-out mode does not start one granted).
    !(method == 'gpc' && cats.some((c) => c.separate)) &&
    !((method == 'gpc' || gpc == 'honored') && optional.some((c) => c.gpc)) &&
    // Each granted separate category has the time it was granted, and nothing else has one.
    Object.keys(separate).length == cats.filter((c) => c.separate).length &&
    cats.every((c) => !c.separate || (separate[c.id] !== undefined && separate[c.id]! <= record.updatedAt));
  if (!admitted) return null;
  // A separate consent past its own, shorter lifetime lapses alone: the rest of the decision stands.
  const lapsed = cats.filter((c) => c.separate && now - separate[c.id]! > c.expiresDays! * 864e5);
  if (!lapsed[0]) return record;
  const gone = (id: string) => lapsed.some((c) => c.id == id || c.services.some((s) => s.id == id));
  return deepFreeze({
    ...record,
    categories: record.categories.filter((id) => !gone(id)),
    services: record.services.filter((id) => !gone(id)),
    separate: Object.assign(Object.create(null), Object.fromEntries(Object.entries(separate).filter(([id]) => !gone(id)))),
  });
}

const grantCount = (r: ConsentRecord) => r.categories.length + r.services.length;

/** Of several stored copies, the newest admitted one; of two equally new, the one granting less. */
export const latest = (records: readonly (ConsentRecord | null)[]): ConsentRecord | null =>
  records.reduce<ConsentRecord | null>((best, r) => {
    if (!r || !best) return r ?? best;
    return (r.updatedAt - best.updatedAt || grantCount(best) - grantCount(r)) > 0 ? r : best;
  }, null);

/** Category and service ids whose grant on the page, or whose choice, differs between two states. */
export const changedIds = (a: ConsentState, b: ConsentState): string[] =>
  Object.keys(b.choices).filter((id) => a.choices[id] !== b.choices[id] || (a.categories[id] ?? a.services[id]) !== (b.categories[id] ?? b.services[id]));
