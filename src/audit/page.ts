import type { Browser } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import type { BrowserContext } from 'playwright-core';
import { protectionOf } from '../core/paths';
import { encodeRecord } from '../core/record';
import type { ResolvedConfig } from '../core/types';
import { validateConfig } from '../core/validate';
import { cookiesOf, findingsOf } from './findings';
import { startRecorder, VisitError, type Recorder } from './record';
import type { ConsentryState, Finding, PageReport, PassName, PassRecord } from './types';

export interface PageOptions {
  readonly idleMs: number;
  /** When this page's time is up (epoch ms): the earlier of its own limit and the audit's. */
  readonly deadline: number;
  /** The config from --config; without it, the one the page reads. */
  readonly config: ResolvedConfig | undefined;
}

// consentry's own banner, rendered by consentry/ui: its buttons carry these actions.
const button = (action: string) => `[data-scope="consent"][data-action="${action}"], [data-scope="consent"] [data-action="${action}"]`;
// A banner that does not show within this is not going to; the page's own limit may be shorter still.
const BANNER_WAIT_MS = 10_000;

interface PassOutcome {
  readonly records: PassRecord[];
  readonly findings: Finding[];
  readonly consentry?: ConsentryState & { input: unknown };
  /** The first visit's link targets, for --crawl. */
  readonly links?: string[];
}

const error = (url: string, pass: PassName | null, code: string, message: string): Finding => ({ code, severity: 'error', pass, message, evidence: { url } });

async function click(recorder: Recorder, action: string, deadline: number): Promise<boolean> {
  try {
    await recorder.page.locator(button(action)).first().click({ timeout: Math.max(1, Math.min(BANNER_WAIT_MS, deadline - Date.now())) });
    return true;
  } catch {
    return false;
  }
}

// Whether consentry starts: deferred scripts have run by the load event, so a page without window.Consentry
// then has none, and one that logged an error will not start; neither needs the banner's wait.
async function started(recorder: Recorder, deadline: number): Promise<boolean> {
  const until = Math.min(deadline, Date.now() + BANNER_WAIT_MS);
  for (;;) {
    const state = await recorder.consentry();
    if (state.config == 'valid') return true;
    if (state.config == 'missing' || state.messages.length || Date.now() >= until) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** One pass in its own profile: visit, optionally decide through the banner, wait for quiet, record. */
async function runPass(browser: Browser, url: string, pass: 'first-visit' | 'reject' | 'accept', o: PageOptions): Promise<PassOutcome> {
  const recorder = await startRecorder(browser);
  const findings: Finding[] = [];
  const records: PassRecord[] = [];
  const quiet = async (name: PassName, until = o.deadline) => {
    const idle = await recorder.idle(o.idleMs, until);
    if (!idle) findings.push({ code: 'never-idle', severity: 'warning', pass: name, message: `the page never went quiet for ${o.idleMs} ms before its time limit; recorded what had loaded by then`, evidence: { url } });
    records.push(await recorder.snapshot(name, idle));
  };
  try {
    await recorder.visit(url, o.deadline);
    if (pass == 'first-visit') {
      await quiet(pass);
      // The page's own links, not the banner's (its policy links would come first on every page).
      const links = await recorder.page
        .evaluate(() => Array.from(document.querySelectorAll('a[href]'), (a) => (a.closest('[data-scope="consent"]') ? '' : (a as HTMLAnchorElement).href)).filter(Boolean))
        .catch(() => []);
      return { records, findings, consentry: await recorder.consentry(), links };
    }
    const action = pass == 'reject' ? 'reject-all' : 'accept-all';
    if (!(await started(recorder, o.deadline)) || !(await click(recorder, action, o.deadline))) {
      findings.push(error(url, pass, 'no-banner', `consentry's banner with its "${action}" button did not show, so the ${pass} pass could not decide`));
      return { records, findings };
    }
    // Accept all is followed by the withdrawal: a page that never goes quiet must leave it time.
    await quiet(pass, pass == 'accept' ? Date.now() + (o.deadline - Date.now()) / 2 : o.deadline);
    if (pass == 'accept') {
      // Withdrawal through the preferences dialog, as a visitor would: its "Reject all" button.
      await recorder.page.evaluate(() => (window as unknown as { Consentry?: { openPreferences(): void } }).Consentry?.openPreferences()).catch(() => {});
      if (!(await click(recorder, 'reject-all', o.deadline))) findings.push(error(url, 'withdraw', 'no-preferences', 'the preferences dialog did not show its "Reject all" button, so withdrawal could not be tested'));
      else await quiet('withdraw');
    }
    return { records, findings };
  } catch (e) {
    if (e instanceof VisitError) return { records, findings: [error(url, pass, e.code, e.message)] };
    // The page closed or crashed under us, or the time ran out mid-step.
    return { records, findings: [...findings, error(url, pass, 'page-failed', `the ${pass} pass stopped: ${String((e as Error)?.message ?? e).split('\n')[0]}`)] };
  } finally {
    await recorder.close();
  }
}

// A pass that hangs (a page busy in a loop, a browser that stops answering) ends at the deadline all the same.
function bounded(outcome: Promise<PassOutcome>, url: string, pass: PassName, deadline: number): Promise<PassOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<PassOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ records: [], findings: [error(url, pass, 'page-timeout', `the ${pass} pass did not finish within the page's time limit`)] }), Math.max(0, deadline - Date.now()) + 5_000);
  });
  return Promise.race([outcome, late]).finally(() => clearTimeout(timer));
}

/** A returning visitor who granted everything, separate categories too, stored as consentry stores it. */
async function storeFullGrant(context: BrowserContext, url: string, config: ResolvedConfig): Promise<void> {
  const now = Date.now();
  const separate = config.categories.filter((c) => c.separate).map((c) => [c.id, now] as const);
  const value = encodeRecord({
    version: 1,
    consentId: randomUUID(),
    decidedAt: now,
    updatedAt: now,
    revision: config.revision,
    method: 'custom',
    categories: config.categories.map((c) => c.id),
    services: config.categories.flatMap((c) => c.services.map((s) => s.id)),
    ...(separate[0] && { separate: Object.fromEntries(separate) }),
  });
  const { hostname, protocol } = new URL(url);
  if (config.storage == 'localStorage')
    await context.addInitScript(([key, v]) => localStorage.getItem(key) ?? localStorage.setItem(key, v), [config.cookie.name, value] as const);
  else
    await context.addCookies([{ name: config.cookie.name, value, domain: config.cookie.domain ?? hostname, path: '/', sameSite: 'Lax', secure: protocol == 'https:', expires: Math.floor(now / 1000) + 86_400 }]);
}

/** A tracker-free page must stay free of trackers for a visitor who granted everything (R-HEALTH-1). */
async function runGrantedPass(browser: Browser, url: string, config: ResolvedConfig, o: PageOptions): Promise<PassOutcome> {
  const recorder = await startRecorder(browser, (context) => storeFullGrant(context, url, config));
  try {
    await recorder.visit(url, o.deadline);
    const idle = await recorder.idle(o.idleMs, o.deadline);
    const findings: Finding[] = idle ? [] : [{ code: 'never-idle', severity: 'warning', pass: 'granted', message: `the page never went quiet for ${o.idleMs} ms before its time limit; recorded what had loaded by then`, evidence: { url } }];
    // A grant consentry did not take (another config, a cookie domain the page cannot read) tests nothing.
    const asks = await recorder.page.evaluate(() => (window as unknown as { Consentry?: { consent?: { needsDecision(): boolean } } }).Consentry?.consent?.needsDecision() ?? true).catch(() => true);
    if (asks) findings.push(error(url, 'granted', 'grant-not-read', 'consentry did not read the stored full grant (check cookie.name, cookie.domain and storage in the config), so the page was not seen as a returning visitor sees it'));
    return { records: [await recorder.snapshot('granted', idle)], findings };
  } catch (e) {
    return { records: [], findings: [error(url, 'granted', e instanceof VisitError ? e.code : 'page-failed', e instanceof VisitError ? e.message : `the granted pass stopped: ${String((e as Error)?.message ?? e).split('\n')[0]}`)] };
  } finally {
    await recorder.close();
  }
}

const configOf = (input: unknown): { config?: ResolvedConfig; issues?: string[] } => {
  const result = validateConfig(input);
  return result.ok ? { config: result.config } : { issues: result.issues.map((i) => `${i.path || '(config)'}: ${i.message}`) };
};

/** Audits one page: its three passes side by side, each in a fresh profile, then what they show. */
export async function auditPage(browser: Browser, url: string, o: PageOptions): Promise<{ report: PageReport; config: ResolvedConfig | undefined; links: readonly string[] }> {
  const passes = (['first-visit', 'reject', 'accept'] as const).map((p) => bounded(runPass(browser, url, p, o), url, p, o.deadline));
  const outcomes = await Promise.all(passes);
  const records = outcomes.flatMap((p) => p.records);
  const findings = outcomes.flatMap((p) => p.findings);
  const seen = outcomes[0]!.consentry;
  const consentry: ConsentryState = seen ? { loaded: seen.loaded, config: seen.config, messages: seen.messages } : { loaded: false, config: 'missing', messages: [] };

  let config = o.config;
  if (seen && !config && consentry.config == 'valid') {
    const read = configOf(seen.input);
    config = read.config;
    if (read.issues) findings.push(error(url, 'first-visit', 'invalid-config', `consentry started, but its config does not validate here: ${read.issues.join('; ')}`));
  }
  // The first visit says whether consentry is there at all; a page that failed to load says so already.
  if (seen && consentry.config == 'missing') findings.push(error(url, 'first-visit', 'no-consentry', 'consentry did not load on the page (no window.Consentry): nothing asks visitors for consent'));
  if (seen && consentry.config == 'invalid')
    findings.push(error(url, 'first-visit', 'invalid-config', `consentry loaded but did not start: its config is invalid or unreadable${consentry.messages[0] ? `: ${consentry.messages.slice(0, 10).join('; ')}` : ''}`));
  // Without consentry no banner shows: the no-banner errors of the other passes only repeat that.
  // An unreachable page fails each pass alike: once is enough.
  const unique = findings.filter(
    (f, i) =>
      !(consentry.config != 'valid' && f.code == 'no-banner') && (f.severity != 'error' || findings.findIndex((g) => g.code == f.code && g.message == f.message) == i),
  );

  const path = new URL(url).pathname;
  const protection = config ? protectionOf(config, path) : 'none';
  // Storage "memory" keeps no decision across visits: there is no returning visitor to play.
  if (config && protection == 'tracker-free' && config.storage != 'memory' && consentry.config == 'valid') {
    const granted = await bounded(runGrantedPass(browser, url, config, o), url, 'granted', o.deadline);
    records.push(...granted.records);
    unique.push(...granted.findings);
  }
  const found = findingsOf({ url, trackerFree: protection == 'tracker-free', passes: records, config });
  return { report: { url, protection, consentry, findings: [...unique, ...found], cookies: cookiesOf(records, config), passes: records }, config, links: outcomes[0]!.links ?? [] };
}
