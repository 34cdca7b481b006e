import { cookieEntry, hostEntry, storageEntry, type CatalogueEntry } from '../catalogue';
import type { ResolvedConfig, ResolvedDeclaration } from '../core/types';
import type { CookieSummary, Finding, PassName, PassRecord, RecordedCookie, RecordedRequest, WebStorage, Suggestion } from './types';

/** Where a config declares a cookie: the category, and whether it is the required one. */
interface Declared {
  readonly category: string;
  readonly required: boolean;
}

const matches = (d: ResolvedDeclaration, name: string): boolean => {
  if (d.name !== undefined) return d.name == name;
  try {
    return d.pattern !== undefined && RegExp(d.pattern).test(name);
  } catch {
    return false;
  }
};

/** The category declaring cookie (or, with `kind` "localStorage", storage key) `name`, if any. */
export function declaredIn(config: ResolvedConfig | undefined, name: string, kind: 'cookies' | 'localStorage' = 'cookies'): Declared | undefined {
  for (const category of config?.categories ?? [])
    for (const owner of [category, ...category.services])
      if (owner[kind].some((d) => matches(d, name))) return { category: category.id, required: category.required };
  return undefined;
}

const suggestionOf = (e: CatalogueEntry | undefined): Suggestion | null => (e ? { provider: e.provider, category: e.category, source: e.source } : null);
const sameCookie = (a: RecordedCookie, b: RecordedCookie) => a.name == b.name && a.domain == b.domain && a.path == b.path;
const PHASE: Partial<Record<PassName, string>> = { 'first-visit': 'before any decision', reject: 'after "Reject all"' };

/**
 * The pass's storage keys of an optional category: declared under one (`localStorage` declarations, checked
 * in both storages, as scripts write either), or undeclared and known to the catalogue. consentry's own record is not one.
 */
function optionalStorage(p: PassRecord, config: ResolvedConfig | undefined, own: string) {
  const found: { storage: WebStorage; key: string; declared?: Declared; vendor?: CatalogueEntry }[] = [];
  for (const storage of ['localStorage', 'sessionStorage'] as const)
    for (const key of p[storage]) {
      if (key == own && storage == 'localStorage') continue;
      const declared = declaredIn(config, key, 'localStorage');
      const vendor = storageEntry(key);
      if (declared ? !declared.required : vendor) found.push({ storage, key, ...(declared && { declared }), ...(vendor && { vendor }) });
    }
  return found;
}

const whose = (declared: Declared | undefined, vendor: CatalogueEntry | undefined) => (declared ? `category "${declared.category}"` : `${vendor!.provider}, ${vendor!.category}`);

/** Every cookie of the page's passes, once, with the pass that first saw it and what it is. */
export function cookiesOf(passes: readonly PassRecord[], config: ResolvedConfig | undefined): CookieSummary[] {
  const all: CookieSummary[] = [];
  for (const pass of passes)
    for (const c of pass.cookies)
      if (!all.some((s) => sameCookie(s, c))) all.push({ ...c, firstSeen: pass.pass, declaredIn: declaredIn(config, c.name)?.category ?? null, suggestion: suggestionOf(cookieEntry(c.name)) });
  return all;
}

export interface PageFacts {
  readonly url: string;
  readonly trackerFree: boolean;
  readonly passes: readonly PassRecord[];
  /** The config the page is audited against; without one, only the catalogue says what a cookie is. */
  readonly config: ResolvedConfig | undefined;
}

/** What the passes of a page show against its config. */
export function findingsOf({ url, trackerFree, passes, config }: PageFacts): Finding[] {
  const findings: Finding[] = [];
  const own = config?.cookie.name ?? 'consentry';
  const pass = (name: PassName) => passes.find((p) => p.pass == name);
  const byHost = (requests: readonly RecordedRequest[]) => {
    const hosts = new Map<string, { first: RecordedRequest; count: number }>();
    for (const r of requests) {
      const seen = hosts.get(r.host);
      if (seen) seen.count++;
      else hosts.set(r.host, { first: r, count: 1 });
    }
    return [...hosts.values()];
  };
  const evidence = (request: RecordedRequest, count: number) => ({ url, request, ...(count > 1 && { more: count - 1 }) });

  // Before a decision and after a refusal nothing optional may run.
  for (const name of ['first-visit', 'reject'] as const) {
    const p = pass(name);
    if (!p) continue;
    const when = PHASE[name]!;
    for (const { first, count } of byHost(p.requests.filter((r) => r.thirdParty))) {
      const vendor = hostEntry(first.host);
      if (!vendor) continue;
      findings.push({
        code: name == 'first-visit' ? 'tracker-before-decision' : 'tracker-after-refusal',
        severity: 'violation',
        pass: name,
        message: `${first.type} from ${first.host} (${vendor.provider}) loads ${when}, initiated by ${first.initiator}`,
        evidence: evidence(first, count),
        suggestion: suggestionOf(vendor)!,
      });
    }
    for (const cookie of p.cookies) {
      if (cookie.name == own) continue;
      const declared = declaredIn(config, cookie.name);
      const vendor = cookieEntry(cookie.name);
      if (declared ? declared.required : !vendor) continue;
      findings.push({
        code: name == 'first-visit' ? 'cookie-before-decision' : 'cookie-after-refusal',
        severity: 'violation',
        pass: name,
        message: `cookie ${cookie.name} (${whose(declared, vendor)}) is set ${when}`,
        evidence: { url, cookie },
        ...(vendor && { suggestion: suggestionOf(vendor)! }),
      });
    }
    for (const { storage, key, declared, vendor } of optionalStorage(p, config, own))
      findings.push({
        code: name == 'first-visit' ? 'storage-before-decision' : 'storage-after-refusal',
        severity: 'violation',
        pass: name,
        message: `${storage} key ${key} (${whose(declared, vendor)}) is written ${when}`,
        evidence: { url, storageKey: key, storage },
        ...(vendor && { suggestion: suggestionOf(vendor)! }),
      });
  }

  // Withdrawal: what "Accept all" brought (and a refusal does not) must go again.
  const reject = pass('reject');
  const accept = pass('accept');
  const withdraw = pass('withdraw');
  if (reject && accept && withdraw) {
    for (const cookie of withdraw.cookies) {
      if (cookie.name == own || reject.cookies.some((c) => sameCookie(c, cookie)) || !accept.cookies.some((c) => sameCookie(c, cookie))) continue;
      if (declaredIn(config, cookie.name)?.required) continue;
      findings.push({
        code: 'cookie-survives-withdrawal',
        severity: 'violation',
        pass: 'withdraw',
        message: `cookie ${cookie.name}, set after "Accept all", is still there after the consent was withdrawn${declaredIn(config, cookie.name) ? ' (check its declared domain and path)' : ': declare it so consentry deletes it'}`,
        evidence: { url, cookie },
        ...(cookieEntry(cookie.name) && { suggestion: suggestionOf(cookieEntry(cookie.name))! }),
      });
    }
    // consentry removes the declared keys from localStorage; sessionStorage is the site's to clear.
    for (const { storage, key, declared, vendor } of optionalStorage(withdraw, config, own)) {
      if (reject[storage].includes(key) || !accept[storage].includes(key)) continue;
      const fix = storage == 'sessionStorage' ? ': consentry clears declared keys in localStorage only, so the site must clear it on withdrawal (onWithdraw)' : declared ? ' (something consentry does not gate writes it again)' : ': declare it (localStorage) so consentry deletes it';
      findings.push({
        code: 'storage-survives-withdrawal',
        severity: 'violation',
        pass: 'withdraw',
        message: `${storage} key ${key} (${whose(declared, vendor)}), written after "Accept all", is still there after the consent was withdrawn${fix}`,
        evidence: { url, storageKey: key, storage },
        ...(vendor && { suggestion: suggestionOf(vendor)! }),
      });
    }
  }

  if (trackerFree)
    for (const p of passes)
      for (const { first, count } of byHost(p.requests.filter((r) => r.thirdParty)))
        findings.push({
          code: 'third-party-on-tracker-free-page',
          severity: 'violation',
          pass: p.pass,
          message: `${first.type} from ${first.host} loads on a tracker-free page (pass ${p.pass}), initiated by ${first.initiator}`,
          evidence: evidence(first, count),
          ...(hostEntry(first.host) && { suggestion: suggestionOf(hostEntry(first.host))! }),
        });

  if (config)
    for (const cookie of cookiesOf(passes, config))
      if (cookie.name != own && !cookie.declaredIn)
        findings.push({
          code: 'cookie-undeclared',
          severity: 'warning',
          pass: cookie.firstSeen,
          message: `cookie ${cookie.name} (${cookie.domain}) is not declared in the config${cookie.suggestion ? `: probably ${cookie.suggestion.provider}, category ${cookie.suggestion.category}` : ''}`,
          evidence: { url, cookie: withoutSummary(cookie) },
          ...(cookie.suggestion && { suggestion: cookie.suggestion }),
        });

  // Session replay records what visitors type and see: worth knowing about on every clinic page, with consent or not.
  const replay = new Set<string>();
  for (const p of passes) {
    const seen: (readonly [CatalogueEntry | undefined, Finding['evidence']])[] = [
      ...p.requests.map((request) => [hostEntry(request.host), { url, request }] as const),
      ...p.cookies.map((cookie) => [cookieEntry(cookie.name), { url, cookie }] as const),
      ...(['localStorage', 'sessionStorage'] as const).flatMap((storage) => p[storage].map((storageKey) => [storageEntry(storageKey), { url, storageKey, storage }] as const)),
    ];
    for (const [vendor, evidence] of seen) {
      if (!vendor?.sessionReplay || replay.has(vendor.provider)) continue;
      replay.add(vendor.provider);
      findings.push({ code: 'session-replay', severity: 'warning', pass: p.pass, message: `${vendor.provider} records sessions (clicks, typing, pages seen): on a clinic site that can capture health information even with consent`, evidence, suggestion: suggestionOf(vendor)! });
    }
  }
  return findings;
}

const withoutSummary = ({ firstSeen: _f, declaredIn: _d, suggestion: _s, ...cookie }: CookieSummary): RecordedCookie => cookie;
