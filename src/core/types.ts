import type { GateOptions, LoadScriptOptions } from './gate/types';

/**
 * A cookie (or family of cookies) that a category or service sets, as declared by the site owner.
 * Declared cookies are listed in the preferences dialog and deleted when the category is withdrawn.
 */
export interface CookieDeclaration {
  /** Exact cookie name. Give either `name` or `pattern`. */
  name?: string | undefined;
  /** Regular expression (source text) matching cookie names, e.g. `"^_ga"`. */
  pattern?: string | undefined;
  /** Who sets it, e.g. `"Google"`. */
  provider?: string | undefined;
  /** Why it is set, in plain words. */
  purpose?: string | undefined;
  /** How long it lives, in plain words, e.g. `"2 years"`. */
  duration?: string | undefined;
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
  title: string;
  description?: string | undefined;
  cookies?: readonly CookieDeclaration[] | undefined;
  /** localStorage keys it writes (same `name`/`pattern` shape), removed on withdrawal. */
  localStorage?: readonly CookieDeclaration[] | undefined;
}

/** A purpose visitors consent to (or, for the one `required` category, cannot refuse). */
export interface CategoryConfig {
  /** Lowercase id used in `data-category` attributes and in the API, e.g. `"analytics"`. */
  id: string;
  /** Name shown to visitors. */
  title: string;
  /** One-line explanation of the purpose, shown to visitors. */
  description: string;
  /** Exactly one category is required: it is always granted and cannot be switched off. @default false */
  required?: boolean | undefined;
  services?: readonly ServiceConfig[] | undefined;
  cookies?: readonly CookieDeclaration[] | undefined;
  /** localStorage keys it writes (same `name`/`pattern` shape), removed on withdrawal. */
  localStorage?: readonly CookieDeclaration[] | undefined;
}

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
  /** Language of the texts, e.g. `"de"`. @default the page's `<html lang>`, else English */
  language?: string | undefined;
  /**
   * Texts by language, overriding the built-in ones: `{ "de": { "embedAllow": "{category} erlauben" } }`.
   * The core checks the shape; the optional UI checks the keys when it mounts.
   */
  texts?: Readonly<Record<string, Readonly<Record<string, string>>>> | undefined;
  /** Options of the optional UI (`consentry/ui`), which checks them when it mounts. */
  ui?: Readonly<Record<string, unknown>> | undefined;
  links: {
    /** http(s), mailto or relative URL of the Cookie Policy. */
    cookiePolicy: string;
    /** http(s), mailto or relative URL of the Privacy Policy. */
    privacyPolicy: string;
  };
  categories: readonly CategoryConfig[];
}

/** The config after validation: every default filled in, deeply frozen. */
export interface ResolvedConfig {
  readonly revision: number;
  readonly cookie: {
    readonly name: string;
    readonly expiresDays: number;
    readonly domain?: string | undefined;
  };
  readonly storage: StorageKind;
  readonly language?: string | undefined;
  readonly texts: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly ui: Readonly<Record<string, unknown>>;
  readonly links: { readonly cookiePolicy: string; readonly privacyPolicy: string };
  readonly categories: readonly ResolvedCategory[];
}

type Declared = { readonly cookies: readonly CookieDeclaration[]; readonly localStorage: readonly CookieDeclaration[] };
export type ResolvedService = Readonly<ServiceConfig> & Declared;
export type ResolvedCategory = Readonly<CategoryConfig> & Declared & {
  readonly required: boolean;
  readonly services: readonly ResolvedService[];
}

/** How a decision was given. */
export type ConsentMethod = 'accept-all' | 'reject-all' | 'custom';

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
  /** Granted category ids, the required one included. */
  readonly categories: readonly string[];
  /** Granted service ids. */
  readonly services: readonly string[];
}

/** What is allowed right now. */
export interface ConsentState {
  /** Whether a valid, current decision exists. */
  readonly decided: boolean;
  /** Every category id mapped to whether it is granted. */
  readonly categories: Readonly<Record<string, boolean>>;
  /** Every service id mapped to whether it is granted. */
  readonly services: Readonly<Record<string, boolean>>;
  /** The decision behind this state, or `null` before one exists. */
  readonly record: ConsentRecord | null;
}

/** A visitor's choice: category or service ids mapped to granted (`true`) or denied (`false`). */
export type ConsentChoices = Readonly<Record<string, boolean>>;

export interface ChangeEvent {
  readonly state: ConsentState;
  /** Category and service ids whose granted value changed. */
  readonly changed: readonly string[];
}

export interface DecisionEvent {
  readonly state: ConsentState;
  readonly method: ConsentMethod;
}

export interface ErrorEvent {
  /** What failed: reading, writing or clearing the stored decision. */
  readonly operation: 'read' | 'write' | 'clear';
  readonly error: unknown;
}

export interface ConsentEvents {
  /** Any change of what is granted, including the first decision and `reset()`. */
  change: ChangeEvent;
  /** The visitor decided (accept all, reject all or a custom save). */
  decision: DecisionEvent;
  /** Storage failed; the decision still holds in memory for this page. */
  error: ErrorEvent;
}

/** Keeps the encoded decision. Methods may throw: the core catches and reports. */
export interface ConsentStorage {
  read(): string | undefined;
  /** `expires` is when the decision lapses. */
  write(value: string, expires: Date): void;
  clear(): void;
}

export interface ConsentOptions {
  /**
   * Gates the document's `data-category` scripts, iframes, images and links, following every change of state.
   * `false` leaves gating to the host (call `createGate` yourself); an object passes gate options.
   * @default true in a browser, false where there is no `document`
   */
  gate?: boolean | GateOptions | undefined;
  /** Replaces the storage chosen by `config.storage`, e.g. for tests or a server-side cookie jar. */
  storage?: ConsentStorage | undefined;
  /** Clock in milliseconds. @default Date.now */
  now?: (() => number) | undefined;
}

export interface Consent {
  /** The validated config with defaults, frozen. */
  readonly config: ResolvedConfig;
  getState(): ConsentState;
  isGranted(id: string): boolean;
  needsDecision(): boolean;
  acceptAll(): void;
  rejectAll(): void;
  save(choices: ConsentChoices): void;
  /** Forgets the decision: everything optional is denied and the visitor is asked again. */
  reset(): void;
  on<K extends keyof ConsentEvents>(event: K, listener: (payload: ConsentEvents[K]) => void): () => void;
  /** Like `on('change')`, but also calls `listener` once at once with the current state. */
  subscribe(listener: (payload: ChangeEvent) => void): () => void;
  /** Runs `fn` once the category or service is granted: at once if it already is. Returns a cancel function. */
  whenGranted(id: string, fn: () => void): () => void;
  /**
   * Adds a gated script that loads once its category (or service) is granted, in turn with the page's other
   * gated scripts. Rejects if it fails to load, or at once when this instance does not gate the document.
   */
  loadScript(src: string, options: LoadScriptOptions): Promise<HTMLScriptElement>;
  /** Stops gating the document and puts blocked embeds back as they were; the decision stays stored. */
  destroy(): void;
}
