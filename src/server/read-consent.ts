import { ConsentConfigError } from '../core/issues';
import { protectionOf } from '../core/paths';
import { decodeRecord } from '../core/record';
import { admit, latest, stateFrom } from '../core/state';
import type { ConsentState, ResolvedConfig } from '../core/types';
import { validateConfig } from '../core/validate';
import { cookieValues } from './cookie-header';
import { parseSecGpc } from './sec-gpc';

export interface ReadConsentOptions {
  /** The request's `Sec-GPC` header, as the server gives it (see `parseSecGpc`). */
  secGpc?: string | readonly string[] | null | undefined;
  /** The time to judge the record's lifetime by, in milliseconds. @default Date.now() */
  now?: number | undefined;
  /**
   * The request's path (or URL), matched against `trackerFreePaths` and `sensitivePaths` as the browser
   * matches its own. @default "/", a page no pattern protects unless one matches "/"
   */
  path?: string | undefined;
}

// A server reads the same config on every request: it is checked once per object, as `createConsent` reads
// its config once. Objects only: anything else fails validation and is never cached.
const resolved = new WeakMap<object, ResolvedConfig>();

function resolve(config: unknown): ResolvedConfig {
  const known = typeof config == 'object' && config !== null ? resolved.get(config) : undefined;
  if (known) return known;
  const result = validateConfig(config);
  if (!result.ok) throw new ConsentConfigError(result.issues);
  if (typeof config == 'object' && config !== null) resolved.set(config, result.config);
  // Resolving a resolved config gives the same config, so `consent.config` may be passed as well.
  resolved.set(result.config, result.config);
  return result.config;
}

/**
 * The consent state of the visitor sending `cookieHeader`: what `createConsent(config).getState()` gives in
 * their browser on this request's page, by the same rules (record format, revision, lifetime, dates ahead, ids
 * the config lacks, the newest of several copies, Global Privacy Control, opt-out mode).
 *
 * `config` is the site's config as JSON (validated on first use, then remembered for that object: change a
 * config by passing a new object) or a resolved one (`consent.config`). Throws `ConsentConfigError` for an
 * invalid config; never throws for any header. With `storage` other than `"cookie"` the decision never
 * reaches the server, and the state is the one for no decision.
 *
 * One difference: with the signal on, the browser also stores a new record denying the `gpc` categories,
 * so its `state.record` is that record (with `gpc: "honored"`) while here it is the one the request carried.
 * The grants and `decided` are the same.
 */
export function readConsent(
  cookieHeader: string | null | undefined,
  config: unknown,
  options: ReadConsentOptions = {},
): ConsentState {
  const site = resolve(config);
  const now = options.now ?? Date.now();
  const copies = site.storage == 'cookie' ? cookieValues(cookieHeader, site.cookie.name) : [];
  const record = latest(copies.map((value) => admit(site, decodeRecord(value), now)));
  return stateFrom(site, record, parseSecGpc(options.secGpc), protectionOf(site, options.path ?? '/'));
}
