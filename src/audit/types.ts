// The shape of report.json (schema "consentry-audit/1"): documented in the README; change it only with a new schema id.
import type { PageProtection } from '../core/types';
import type { SuggestedCategory } from '../catalogue';

/**
 * The passes of a page, each in a fresh browser profile except `withdraw`, which follows `accept` in its
 * profile; `granted` (tracker-free pages only) starts with a grant of everything already stored.
 */
export type PassName = 'first-visit' | 'reject' | 'accept' | 'withdraw' | 'granted';

export interface RecordedRequest {
  readonly url: string;
  readonly host: string;
  /** Chromium's resource type: "document", "script", "image", "xhr", "fetch", … */
  readonly type: string;
  /** The script or document that caused it, else how (e.g. "parser", "other"). */
  readonly initiator: string;
  /** On another site than the page (registrable domain, or the host for IP addresses and localhost). */
  readonly thirdParty: boolean;
  /** Milliseconds after the pass began. */
  readonly atMs: number;
}

export interface RecordedCookie {
  readonly name: string;
  readonly domain: string;
  readonly path: string;
  /** ISO time, or null for a session cookie. */
  readonly expires: string | null;
  readonly thirdParty: boolean;
  readonly httpOnly: boolean;
  readonly secure: boolean;
}

/** What consentry did on the page. */
export interface ConsentryState {
  /** window.Consentry exists. */
  readonly loaded: boolean;
  /** "valid": it started with its config; "invalid": it logged why it did not; "missing": no consentry. */
  readonly config: 'valid' | 'invalid' | 'missing';
  /** What it logged with "[consentry]". */
  readonly messages: readonly string[];
}

export interface PassRecord {
  readonly pass: PassName;
  /** The page's address at the end of the pass. */
  readonly url: string;
  /** Whether the network went quiet before the time limit. */
  readonly idle: boolean;
  readonly durationMs: number;
  readonly requests: readonly RecordedRequest[];
  readonly cookies: readonly RecordedCookie[];
  readonly localStorage: readonly string[];
  readonly sessionStorage: readonly string[];
}

/** The two Web Storage areas a page's scripts write. */
export type WebStorage = 'localStorage' | 'sessionStorage';

export type Severity = 'error' | 'violation' | 'warning';

export interface Suggestion {
  readonly provider: string;
  readonly category: SuggestedCategory;
  /** The vendor's page the catalogue entry was written from. */
  readonly source: string;
}

export interface Finding {
  readonly code: string;
  /** "error": the page could not be (fully) audited; "violation": the site breaks its promise; "warning": worth a look. */
  readonly severity: Severity;
  readonly pass: PassName | null;
  readonly message: string;
  readonly evidence: {
    readonly url: string;
    readonly request?: RecordedRequest;
    readonly cookie?: RecordedCookie;
    /** A localStorage or sessionStorage key, and which of the two holds it. */
    readonly storageKey?: string;
    readonly storage?: WebStorage;
    /** How many more requests to the same host the pass made, beyond the one shown. */
    readonly more?: number;
  };
  readonly suggestion?: Suggestion;
}

export interface CookieSummary extends RecordedCookie {
  /** The first pass that saw it. */
  readonly firstSeen: PassName;
  /** The config category declaring it, or null. */
  readonly declaredIn: string | null;
  readonly suggestion: Suggestion | null;
}

export interface PageReport {
  readonly url: string;
  readonly protection: PageProtection;
  readonly consentry: ConsentryState;
  readonly findings: readonly Finding[];
  readonly cookies: readonly CookieSummary[];
  readonly passes: readonly PassRecord[];
}

export interface AuditReport {
  readonly schema: 'consentry-audit/1';
  readonly startedAt: string;
  readonly durationMs: number;
  readonly options: {
    readonly config: string | null;
    readonly idleMs: number;
    readonly pageTimeoutMs: number;
    readonly totalTimeoutMs: number;
    /** --crawl: pages in all, or null for the given pages alone. */
    readonly crawl: number | null;
  };
  readonly summary: {
    readonly pages: number;
    readonly errors: number;
    readonly violations: number;
    readonly warnings: number;
    readonly exitCode: 0 | 1 | 2;
  };
  readonly pages: readonly PageReport[];
}
