import type { GoogleConsentModeSettings } from '../integrations/google-consent-settings';
import type { MatomoOptions } from '../integrations/matomo';
import type { MetaPixelOptions } from '../integrations/meta-pixel';
import type { MicrosoftClarityOptions } from '../integrations/microsoft-clarity';
import type { MicrosoftUetOptions } from '../integrations/microsoft-uet';
import type { GateOptions, LoadScriptOptions } from './gate/types';
import type { TextKey } from './text-keys';

/**
 * A text visitors read: one string (in the config's `defaultLanguage`), or one per language tag,
 * e.g. `{ "en": "Analytics", "de": "Statistik", "fr-CA": "Statistiques" }`.
 */
export type LocalizedText = string | Readonly<Record<string, string>>;

/**
 * A cookie (or family of cookies) that a category or service sets, as declared by the site owner.
 * Declared cookies are listed in the preferences dialog and deleted when the category is withdrawn.
 */
export interface CookieDeclaration {
  /** Exact cookie name. Give either `name` or `pattern`. */
  name?: string | undefined;
  /** Regular expression (source text) matching cookie names, e.g. `"^_ga"`. */
  pattern?: string | undefined;
  /**
   * Name shown to visitors instead of `name` or `pattern`, e.g. `"_ga, _ga_<id>"`. Without it the UI shows a
   * simple prefix pattern as "names starting with _ga", any other pattern as written.
   */
  label?: LocalizedText | undefined;
  /** Who sets it, e.g. `"Google"`. */
  provider?: LocalizedText | undefined;
  /** Why it is set, in plain words. */
  purpose?: LocalizedText | undefined;
  /** How long it lives, in plain words, e.g. `"2 years"`. */
  duration?: LocalizedText | undefined;
  /** Domain the cookie is set on, when not the current host. */
  domain?: string | undefined;
  /** Path the cookie is set on. @default "/" */
  path?: string | undefined;
}

/** A single vendor or tool inside a category that visitors may toggle on its own. */
export interface ServiceConfig {
  /** Unique id across all categories and services, e.g. `"meta-pixel"`. */
  id: string;
  /** Name shown to visitors. */
  title: LocalizedText;
  description?: LocalizedText | undefined;
  cookies?: readonly CookieDeclaration[] | undefined;
  /** localStorage keys it writes (same `name`/`pattern` shape), removed on withdrawal. */
  localStorage?: readonly CookieDeclaration[] | undefined;
}

/** A purpose visitors consent to (or, for the one `required` category, cannot refuse). */
export interface CategoryConfig {
  /** Lowercase id used in `data-category` attributes and in the API, e.g. `"analytics"`. */
  id: string;
  /** Name shown to visitors. */
  title: LocalizedText;
  /** One-line explanation of the purpose, shown to visitors. */
  description: LocalizedText;
  /** Exactly one category is required: it is always granted and cannot be switched off. @default false */
  required?: boolean | undefined;
  /**
   * Sale, sharing or targeted ads (US opt-out laws): denied while the visitor's browser sends Global Privacy
   * Control, even over a stored grant, until the visitor explicitly turns it on in the dialog.
   * @default true for the category with id "marketing" when no category sets it, else false
   */
  gpc?: boolean | undefined;
  /** Google Consent Mode types this category stands for, e.g. `["analytics_storage"]` (see the integration). */
  googleConsentMode?: readonly GoogleConsentType[] | undefined;
  /**
   * A consent of its own, for consumer health data (Washington's My Health My Data Act, GDPR Art. 9): never
   * granted by "Accept all" or by opt-out mode, only by its own switch; its grant and its withdrawal are
   * consent records of their own. Needs `recipients`. @default false
   */
  separate?: boolean | undefined;
  /** Who receives the data of a `separate` category, shown beside its switch, e.g. "Our clinic and Lab Ltd." */
  recipients?: LocalizedText | undefined;
  /** Days a grant of a `separate` category lasts, at most `cookie.expiresDays`. @default cookie.expiresDays */
  expiresDays?: number | undefined;
  /**
   * Session replay (recording what visitors do on a page: Hotjar, Clarity, FullStory, …): never active on
   * `trackerFreePaths` or `sensitivePaths`, whatever the visitor granted. @default false
   */
  sessionReplay?: boolean | undefined;
  services?: readonly ServiceConfig[] | undefined;
  cookies?: readonly CookieDeclaration[] | undefined;
  /** localStorage keys it writes (same `name`/`pattern` shape), removed on withdrawal. */
  localStorage?: readonly CookieDeclaration[] | undefined;
}

/**
 * How the page at hand is protected: `"tracker-free"` (it matches `trackerFreePaths`: only the required
 * category is active), `"sensitive"` (it matches `sensitivePaths`: session replay stays off and adapters
 * redact the page address) or `"none"`.
 */
export type PageProtection = 'none' | 'sensitive' | 'tracker-free';

/** Google Consent Mode v2 consent types. */
export type GoogleConsentType =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage';

/** Where the visitor's decision is kept. */
export type StorageKind = 'cookie' | 'localStorage' | 'memory';

/**
 * The site owner's configuration, as written in `consent.json`.
 * @example
 * {
 *   "revision": 1,
 *   "links": { "cookiePolicy": "/cookie-policy", "privacyPolicy": "/privacy-policy" },
 *   "categories": [
 *     { "id": "essential", "required": true, "title": "Essential", "description": "Needed for the site to work." },
 *     { "id": "analytics", "title": "Analytics", "description": "Help us understand how visitors use the site." }
 *   ]
 * }
 */
export interface ConsentConfig {
  /** Editor hint for JSON files; ignored at run time. */
  $schema?: string | undefined;
  /** Policy revision. Raise it when purposes or vendors change: every visitor is asked again. @default 1 */
  revision?: number | undefined;
  cookie?: {
    /** Cookie (or localStorage key) holding the decision. @default "consentry" */
    name?: string | undefined;
    /** Days a decision (grant or refusal) stays valid before the visitor is asked again. @default 182 */
    expiresDays?: number | undefined;
    /** Parent domain to share the decision with subdomains, e.g. `"clinic.example"`. */
    domain?: string | undefined;
  } | undefined;
  /** @default "cookie" */
  storage?: StorageKind | undefined;
  /**
   * `"opt-in"`: optional categories wait for a yes (GDPR, ePrivacy; recommended for clinics everywhere).
   * `"opt-out"`: only for sites serving opt-out jurisdictions alone: optional categories start granted until
   * the visitor opts out. Global Privacy Control wins in both.
   * @default "opt-in"
   */
  mode?: 'opt-in' | 'opt-out' | undefined;
  /** URL (https, http or relative) receiving a copy of each consent record as proof of consent. */
  receiptEndpoint?: string | undefined;
  /** Vendor integrations started by `consentry-integrations.global.js` (checked there): `true` or options. */
  integrations?: IntegrationsConfig | undefined;
  /**
   * Pages where nothing optional runs, whatever the visitor granted (patient portal, log-in, booking, intake):
   * path patterns such as `"/portal/*"` or `"/intake*"`, `*` standing for any characters. The banner still
   * asks; the decision applies on the other pages.
   */
  trackerFreePaths?: readonly string[] | undefined;
  /**
   * Pages whose address says something about a visitor's health (condition articles, doctor search, symptom
   * checker): trackers run with consent, but session replay stays off and adapters redact the page address.
   */
  sensitivePaths?: readonly string[] | undefined;
  /** Language of the texts, e.g. `"de"`. @default the page's `<html lang>`, else English */
  language?: string | undefined;
  /**
   * Language of the config's plain-string texts, and the one every per-language text must have: shown where
   * the page's language (or its base language, `de-AT` → `de`) has no text. @default "en"
   */
  defaultLanguage?: string | undefined;
  /**
   * Texts by language, overriding the built-in ones: `{ "de": { "embedAllow": "{category} erlauben" } }`.
   * The core checks the shape; the optional UI checks the keys when it mounts.
   */
  texts?: Readonly<Record<string, Readonly<Partial<Record<TextKey, string>>>>> | undefined;
  /** Options of the optional UI (`consentry/ui`), which checks them when it mounts. */
  ui?: UiConfig | undefined;
  links: {
    /** http(s), mailto or relative URL of the Cookie Policy. */
    cookiePolicy: string;
    /** http(s), mailto or relative URL of the Privacy Policy. */
    privacyPolicy: string;
  };
  categories: readonly CategoryConfig[];
}

/** The `integrations` of a config: each adapter by its key, `true` for its defaults or its options. */
export interface IntegrationsConfig {
  googleConsentMode?: true | GoogleConsentModeSettings | undefined;
  metaPixel?: true | Omit<MetaPixelOptions, 'window'> | undefined;
  matomo?: true | Omit<MatomoOptions, 'window'> | undefined;
  microsoftUet?: true | Omit<MicrosoftUetOptions, 'window'> | undefined;
  microsoftClarity?: true | Omit<MicrosoftClarityOptions, 'window'> | undefined;
}

/** Options of the banner and dialog, `config.ui`. */
export interface UiConfig {
  /**
   * Show a small round "Cookie settings" button in the corner once the visitor has decided, so they can
   * change their mind from any page. @default false
   */
  floatingButton?: boolean | undefined;
  /**
   * Make the banner a modal dialog that keeps focus until the visitor chooses. The default banner is a
   * labelled region that leaves the page usable. @default false
   */
  blocking?: boolean | undefined;
  /** Level of the banner and dialog headings (2 to 6); category titles are one level lower. @default 2 */
  headingLevel?: number | undefined;
  /**
   * `"box"`: a card in the corner (a sheet across the bottom on phones). `"bar"`: a strip across the whole
   * width, text beside the buttons. @default "box"
   */
  layout?: 'box' | 'bar' | undefined;
  /**
   * Where the banner sits. `"center"` is the modal look: in the middle of the screen over a dimmed page, and
   * it makes the banner `blocking`. @default "center" with `blocking`, else "bottom"
   */
  position?: 'bottom' | 'top' | 'center' | undefined;
  /** `"auto"` follows the visitor's system setting (`prefers-color-scheme`). @default "auto" */
  theme?: 'auto' | 'light' | 'dark' | undefined;
}

/** `T` as `import config from './consent.json'` types it: every string, number and boolean widened. */
type Widened<T> = T extends string
  ? string
  : T extends number
    ? number
    : T extends boolean
      ? boolean
      : T extends readonly (infer U)[]
        ? readonly Widened<U>[]
        : T extends object
          ? { readonly [K in keyof T]: Widened<T[K]> }
          : T;

/**
 * A config as TypeScript types a JSON import of it (`"mode": string` rather than `"opt-in" | "opt-out"`), which
 * `createConsent` accepts too: its validation narrows the values at run time. Keys are still checked.
 */
export type ConsentConfigJson = Widened<ConsentConfig>;

/**
 * The config after validation: every default filled in, deeply frozen. `Text` is how its visitor-facing texts
 * come: as written (`LocalizedText`), or, from `localizeConfig`, each in one language (`string`).
 */
export interface ResolvedConfig<Text extends LocalizedText = LocalizedText> {
  readonly revision: number;
  readonly cookie: {
    readonly name: string;
    readonly expiresDays: number;
    readonly domain?: string | undefined;
  };
  readonly storage: StorageKind;
  readonly mode: 'opt-in' | 'opt-out';
  readonly receiptEndpoint?: string | undefined;
  readonly integrations: Readonly<Record<string, unknown>>;
  readonly trackerFreePaths: readonly string[];
  readonly sensitivePaths: readonly string[];
  readonly language?: string | undefined;
  readonly defaultLanguage: string;
  readonly texts: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly ui: Readonly<Record<string, unknown>>;
  readonly links: { readonly cookiePolicy: string; readonly privacyPolicy: string };
  readonly categories: readonly ResolvedCategory<Text>[];
}

/** `T` with its `LocalizedText` fields as `Text`, read-only. */
type Texted<T, Text> = {
  readonly [K in keyof T]: [LocalizedText] extends [T[K]] ? (undefined extends T[K] ? Text | undefined : Text) : T[K];
};
export type ResolvedDeclaration<Text extends LocalizedText = LocalizedText> = Texted<CookieDeclaration, Text>;
type Declared<Text extends LocalizedText> = {
  readonly cookies: readonly ResolvedDeclaration<Text>[];
  readonly localStorage: readonly ResolvedDeclaration<Text>[];
};
export type ResolvedService<Text extends LocalizedText = LocalizedText> = Texted<Omit<ServiceConfig, keyof Declared<Text>>, Text> &
  Declared<Text>;
export type ResolvedCategory<Text extends LocalizedText = LocalizedText> = Texted<
  Omit<CategoryConfig, keyof Declared<Text> | 'services' | 'required' | 'gpc' | 'sessionReplay' | 'separate' | 'expiresDays'>,
  Text
> &
  Declared<Text> & {
    readonly required: boolean;
    readonly gpc: boolean;
    readonly sessionReplay: boolean;
    readonly separate: boolean;
    /** Set on `separate` categories only. */
    readonly expiresDays?: number | undefined;
    readonly services: readonly ResolvedService<Text>[];
  };

/** How a decision was given; `'gpc'`: by the Global Privacy Control signal alone, with no visitor choice yet. */
export type ConsentMethod = 'accept-all' | 'reject-all' | 'custom' | 'gpc';

/** The stored decision. Times are milliseconds since the epoch. */
export interface ConsentRecord {
  /** Record format version. */
  readonly version: 1;
  /** Random id of this visitor's consent, kept across updates; contains no personal data. */
  readonly consentId: string;
  readonly decidedAt: number;
  readonly updatedAt: number;
  /** Config revision the visitor decided on. */
  readonly revision: number;
  readonly method: ConsentMethod;
  /**
   * Global Privacy Control when this record was written: `'honored'` (it denied the categories marked `gpc`)
   * or `'override'` (the visitor explicitly turned one of them on anyway); absent without the signal.
   */
  readonly gpc?: 'honored' | 'override' | undefined;
  /** Granted category ids, the required one included. */
  readonly categories: readonly string[];
  /** Granted service ids. */
  readonly services: readonly string[];
  /** When each granted `separate` category was granted: its own lifetime counts from then. */
  readonly separate?: Readonly<Record<string, number>> | undefined;
  /**
   * @internal The stamp of the config validated when this record was written (library version and config
   * text, hashed): the script-tag loader skips validating that same config again. Not part of the decision.
   */
  readonly stamp?: string | undefined;
}

/** What is allowed right now, on this page. */
export interface ConsentState {
  /** Whether the visitor made a valid, current decision. */
  readonly decided: boolean;
  /** Whether the browser sends Global Privacy Control and it is being honored (some category is marked `gpc`). */
  readonly gpc: boolean;
  /** How this page is protected (`trackerFreePaths`, `sensitivePaths`). */
  readonly page: PageProtection;
  /** Every category id mapped to whether it may run on this page: the visitor's choice, less what the page protects. */
  readonly categories: Readonly<Record<string, boolean>>;
  /** Every service id mapped to whether it may run on this page. */
  readonly services: Readonly<Record<string, boolean>>;
  /**
   * Every category and service id mapped to what the visitor chose (or, before a decision, the default), as
   * the preferences dialog shows it: on a protected page this can grant what `categories` does not.
   */
  readonly choices: ConsentChoices;
  /** The decision behind this state, or `null` before one exists. */
  readonly record: ConsentRecord | null;
}

/** A visitor's choice: category or service ids mapped to granted (`true`) or denied (`false`). */
export type ConsentChoices = Readonly<Record<string, boolean>>;

export interface ChangeEvent {
  readonly state: ConsentState;
  /** Category and service ids whose granted value changed. */
  readonly changed: readonly string[];
  /** Whether the change came from another tab of the site (its decision already stored there). */
  readonly remote?: boolean | undefined;
}

/** Where a decision was made, for the consent record. */
export type DecisionLayer = 'banner' | 'dialog' | 'api';

/** Context of a decision, kept in the consent record. */
export interface DecisionContext {
  /** @default "api" */
  layer?: DecisionLayer | undefined;
  /** The texts the visitor saw, hashed (SHA-256) into the record so you can prove what they agreed to. */
  shown?: unknown;
  /** Language the visitor saw. @default config `language`, else the page's `<html lang>` */
  language?: string | undefined;
}

/**
 * Proof of one decision (GDPR Art. 7(1)): what was granted, when, how and on which texts. No IP address and
 * no personal data: `consentId` is random.
 */
export interface ConsentProof {
  readonly consentId: string;
  /** ISO-8601 UTC time of the decision. */
  readonly timestamp: string;
  readonly revision: number;
  /**
   * The cookie decision (`accept_all`, `reject_all`, `save_custom`, `withdraw`, `gpc_optout`), or a `separate`
   * category's own consent given or withdrawn (`separate_grant`, `separate_withdraw`), whose record holds that
   * category (and its services) alone.
   */
  readonly action: 'accept_all' | 'reject_all' | 'save_custom' | 'withdraw' | 'gpc_optout' | 'separate_grant' | 'separate_withdraw';
  readonly layer: DecisionLayer;
  readonly categories: Readonly<Record<string, boolean>>;
  readonly services: Readonly<Record<string, boolean>>;
  readonly language: string;
  /** Whether the browser sent Global Privacy Control. */
  readonly gpc: boolean;
  /** SHA-256 (hex) of the config's categories and texts and of what the visitor was shown; null where the page has no Web Crypto (plain http). */
  readonly textHash: string | null;
  /** ISO-8601 UTC time the decision lapses. */
  readonly expiresAt: string;
}

export interface DecisionEvent {
  readonly state: ConsentState;
  readonly method: ConsentMethod;
}

export interface ErrorEvent {
  /**
   * What failed: reading, writing or clearing the stored decision, sending a receipt, or gating a document
   * that another instance already gates.
   */
  readonly operation: 'read' | 'write' | 'clear' | 'receipt' | 'gate';
  /**
   * What was thrown or rejected. For `'receipt'`: a `ReceiptError` when the endpoint answered other than 2xx
   * (`status`, and `body`: the answer, parsed if it is JSON), else what `fetch` rejected with (a `TypeError` for
   * a network failure, or for a cross-origin endpoint whose answer lacks CORS headers).
   */
  readonly error: unknown;
}

export interface ConsentEvents {
  /** Any change of what is granted, including the first decision and `reset()`. */
  change: ChangeEvent;
  /** The visitor decided (accept all, reject all or a custom save). */
  decision: DecisionEvent;
  /** Storage failed; the decision still holds in memory for this page. */
  error: ErrorEvent;
  /** A consent record for a decision (or a Global Privacy Control opt-out), a tick after it. */
  record: ConsentProof;
}

/** Keeps the encoded decision. Methods may throw: the core catches and reports. */
export interface ConsentStorage {
  /** The stored value, or every copy where there can be several (a cookie set on more than one domain). */
  read(): string | readonly string[] | undefined;
  /** `expires` is when the decision lapses. */
  write(value: string, expires: Date): void;
  clear(): void;
}

export interface ConsentOptions {
  /**
   * Gates the document's `data-category` scripts, iframes, images and links, following every change of state.
   * `false` leaves gating to the host (call `createGate` yourself); an object passes gate options. One gate
   * per document: while another instance gates it, this one does not, and reports an `error` event
   * (`operation: 'gate'`); its decisions still reach the gating instance, as another tab's would.
   * @default true in a browser, false where there is no `document`
   */
  gate?: boolean | GateOptions | undefined;
  /** Replaces the storage chosen by `config.storage`, e.g. for tests or a server-side cookie jar. */
  storage?: ConsentStorage | undefined;
  /** Whether the visitor's browser sends Global Privacy Control. @default navigator.globalPrivacyControl === true */
  gpc?: boolean | undefined;
  /** Clock in milliseconds. @default Date.now */
  now?: (() => number) | undefined;
  /** Path of the page, matched against `trackerFreePaths` and `sensitivePaths`. @default location.pathname */
  path?: string | undefined;
  /**
   * Called instead of a full page load when the page navigates in place (`history.pushState`, back and
   * forward, a router's link click) to a path that protects what was granted here: a tracker-free path after
   * optional code ran, or a sensitive one after session replay ran. Code that ran cannot be unloaded, so only
   * a new page leaves it behind. @default (url) => location.assign(url)
   */
  onProtectedNavigation?: ((url: URL) => void) | undefined;
  /**
   * @internal The script-tag loader's stamp of the config (library version and config text, hashed), written
   * into every record so a later visit with the same config can skip validating it. A stored record with
   * another stamp is written back with this one, unchanged otherwise.
   */
  configStamp?: string | undefined;
}

export interface Consent {
  /** The validated config with defaults, frozen. */
  readonly config: ResolvedConfig;
  getState(): ConsentState;
  isGranted(id: string): boolean;
  needsDecision(): boolean;
  acceptAll(context?: DecisionContext): void;
  rejectAll(context?: DecisionContext): void;
  save(choices: ConsentChoices, context?: DecisionContext): void;
  /** Forgets the decision: everything optional is denied and the visitor is asked again. */
  reset(): void;
  on<K extends keyof ConsentEvents>(event: K, listener: (payload: ConsentEvents[K]) => void): () => void;
  /** Like `on('change')`, but also calls `listener` once at once with the current state. */
  subscribe(listener: (payload: ChangeEvent) => void): () => void;
  /**
   * Runs `fn` once the category or service is granted: at once if it already is. Returns a cancel function.
   * Throws a `TypeError` naming the known ids when the config has no such id.
   */
  whenGranted(id: string, fn: () => void): () => void;
  /**
   * Adds a gated script that loads once its category (or service) is granted, in turn with the page's other
   * gated scripts. Rejects if it fails to load; at once when this instance does not gate the document, or
   * with a `TypeError` naming the known ids when the config has no such category, or no such service in it.
   */
  loadScript(src: string, options: LoadScriptOptions): Promise<HTMLScriptElement>;
  /**
   * Stops gating the document, puts blocked embeds back as they were and stops listening to other tabs; the
   * decision stays stored. Afterwards `getState`, `isGranted`, `needsDecision`, `on` and `subscribe` still
   * answer (with the last state; no event follows), `loadScript` rejects, and `acceptAll`, `rejectAll`, `save`
   * and `reset` throw an `Error` before storing anything. Calling it again does nothing.
   */
  destroy(): void;
}
