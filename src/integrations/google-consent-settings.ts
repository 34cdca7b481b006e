import type { GoogleConsentType, ResolvedCategory, ResolvedConfig } from '../core/types';
import { checkId, checkKeys, checkOption, type KnownIds } from './check-option';

export type GoogleConsentValue = 'granted' | 'denied';
/** All seven consent types, each granted or denied: what every `update` sends (R-INT-2). */
export type GoogleConsentValues = Record<GoogleConsentType, GoogleConsentValue>;
/** Category or service ids mapped to the consent types they stand for. */
export type GoogleConsentMapping = Readonly<Record<string, readonly GoogleConsentType[]>>;

/** What Google Consent Mode is told, shared by the adapter and the inline bootstrap snippet. */
export interface GoogleConsentModeSettings {
  /**
   * Consent types by category or service id, e.g. `{ statistics: ["analytics_storage"] }`. Replaces, per id,
   * the category's `googleConsentMode` in the config, which replaces the default: the required category →
   * `security_storage`; `functional` → `functionality_storage`, `personalization_storage`; `analytics` →
   * `analytics_storage`; `marketing` → `ad_storage`, `ad_user_data`, `ad_personalization` (R-INT-2).
   * A type is granted when any granted id maps to it.
   */
  mapping?: GoogleConsentMapping | undefined;
  /**
   * `"basic"`: Google tags are gated scripts (`data-category`), loaded only once their category is granted,
   * so nothing reaches Google before a choice (R-INT-3). `"advanced"`: Google tags load ungated and send
   * cookieless pings while denied. Whether that is lawful in the EEA is contested (EDPB Guidelines 2/2023 on
   * Art. 5(3) ePrivacy): a legal decision for the site owner, so it also needs `region`. This library neither
   * loads nor blocks Google tags itself; the mode states how you include them.
   * @default "basic"
   */
  mode?: 'basic' | 'advanced' | undefined;
  /**
   * ISO 3166-2 codes (`"DE"`, `"US-CA"`; `"EU"` is not one) the consent default applies to, rendered by your
   * server (consentry does no geolocation; R-INT-4). Elsewhere Google applies no default at all, so tags that
   * load before a choice (advanced mode, or a tag manager container) act as if consent were granted there.
   * @default every region
   */
  region?: readonly string[] | undefined;
  /** Milliseconds Google tags wait for the stored choice before sending anything. @default 500 */
  waitForUpdate?: number | undefined;
  /** Redact ad-click identifiers while `ad_storage` is denied (R-INT-5). @default true */
  adsDataRedaction?: boolean | undefined;
  /** Pass ad-click identifiers in URLs while cookies are denied; puts identifiers into URLs (R-INT-5). @default false */
  urlPassthrough?: boolean | undefined;
  /**
   * Path Google is told instead of the real one on `sensitivePaths` and `trackerFreePaths` (`page_location` is
   * the origin and this path, without query), and as `page_referrer` after such a page. @default "/redacted"
   */
  redactedPath?: string | undefined;
  /** Title Google is told instead of the real one on those pages (`page_title`). @default "Redacted page" */
  redactedTitle?: string | undefined;
}

/** Settings checked and completed: the three commands that open the consent sequence, and the mapping. */
export interface ResolvedGoogleSettings {
  readonly mapping: GoogleConsentMapping;
  /** Arguments of `gtag('consent', 'default', …)`. */
  readonly defaults: Readonly<Record<string, unknown>>;
  readonly adsDataRedaction: boolean;
  readonly urlPassthrough: boolean;
  readonly redactedPath: string;
  readonly redactedTitle: string;
}

export const GOOGLE_CONSENT_TYPES: readonly GoogleConsentType[] = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
];

// A Map, not an object literal: category ids such as "constructor" must not find Object.prototype members.
const DEFAULT_MAPPING = new Map<string, readonly GoogleConsentType[]>([
  ['functional', ['functionality_storage', 'personalization_storage']],
  ['analytics', ['analytics_storage']],
  ['marketing', ['ad_storage', 'ad_user_data', 'ad_personalization']],
]);

const NAME = 'googleConsentMode';
const KEYS = ['mapping', 'mode', 'region', 'waitForUpdate', 'adsDataRedaction', 'urlPassthrough', 'redactedPath', 'redactedTitle'];
const REGION = /^[A-Z]{2}(-[A-Z\d]{1,3})?$/;

/** All seven consent types denied. */
export const denied = (): GoogleConsentValues =>
  Object.fromEntries(GOOGLE_CONSENT_TYPES.map((t) => [t, 'denied'])) as GoogleConsentValues;

/** The Google consent types a category stands for without a `mapping` option: its own list, else by id. */
export const typesOf = (c: ResolvedCategory): readonly GoogleConsentType[] =>
  c.googleConsentMode ?? DEFAULT_MAPPING.get(c.id) ?? (c.required ? ['security_storage'] : []);

const isList = (v: unknown): v is readonly unknown[] => Array.isArray(v);

/**
 * Checks `options` against the config (throwing a `TypeError` that names the option) and fills in defaults.
 */
export function resolveGoogleSettings(config: ResolvedConfig, known: KnownIds, options: GoogleConsentModeSettings): ResolvedGoogleSettings {
  const check = (ok: boolean, path: string, expected: string, received: unknown) => checkOption(ok, NAME, path, expected, received);
  checkKeys(options, KEYS, NAME);
  const {
    mapping = {},
    mode = 'basic',
    region,
    waitForUpdate = 500,
    adsDataRedaction = true,
    urlPassthrough = false,
    redactedPath = '/redacted',
    redactedTitle = 'Redacted page',
  } = options;

  check(!!mapping && typeof mapping == 'object' && !isList(mapping), 'mapping', 'an object of ids to consent type lists', mapping);
  const resolved: Record<string, readonly GoogleConsentType[]> = {};
  for (const c of config.categories) resolved[c.id] = typesOf(c);
  for (const [id, types] of Object.entries(mapping)) {
    checkId(known, id, NAME, 'mapping');
    check(isList(types) && types.every((t) => GOOGLE_CONSENT_TYPES.includes(t)), `mapping.${id}`, 'a list of Google consent types such as "analytics_storage"', types);
    resolved[id] = types;
  }

  check(mode == 'basic' || mode == 'advanced', 'mode', '"basic" or "advanced"', mode);
  check(region === undefined || (isList(region) && region.length > 0 && region.every((r) => typeof r == 'string' && REGION.test(r))), 'region', 'a list of ISO 3166-2 codes such as "DE" or "US-CA"', region);
  check(mode == 'basic' || !!region, 'region', 'a region list with mode "advanced" (a legal decision: R-INT-3)', region);
  check(Number.isInteger(waitForUpdate) && waitForUpdate >= 0 && waitForUpdate <= 1e4, 'waitForUpdate', 'milliseconds from 0 to 10000', waitForUpdate);
  check(typeof adsDataRedaction == 'boolean', 'adsDataRedaction', 'true or false', adsDataRedaction);
  check(typeof urlPassthrough == 'boolean', 'urlPassthrough', 'true or false', urlPassthrough);
  check(typeof redactedPath == 'string' && /^\/[^\s?#]{0,199}$/.test(redactedPath), 'redactedPath', 'a path starting with "/" (no spaces, "?" or "#")', redactedPath);
  check(typeof redactedTitle == 'string' && redactedTitle.length <= 200, 'redactedTitle', 'a text of up to 200 characters', redactedTitle);

  const defaults: Record<string, unknown> = { ...denied(), security_storage: 'granted', wait_for_update: waitForUpdate };
  if (region) defaults.region = [...region];
  return { mapping: resolved, defaults, adsDataRedaction, urlPassthrough, redactedPath, redactedTitle };
}

/** All seven consent types for a state: granted where a granted category or service maps to it. */
export function consentValues(state: KnownIds, mapping: GoogleConsentMapping): GoogleConsentValues {
  const values = denied();
  for (const [id, types] of Object.entries(mapping)) {
    if (state.categories[id] ?? state.services[id]) for (const t of types) values[t] = 'granted';
  }
  return values;
}
