// `consentry audit`: visits live pages in headless Chromium and reports whether they keep the config's promise.
import type { ResolvedConfig } from '../core/types';
import { launch } from './browser';
import { auditPage } from './page';
import { configPatch, type PatchOperation } from './patch';
import type { AuditReport, PageReport } from './types';

export { AuditSetupError } from './browser';
export type { PatchOperation } from './patch';
export type * from './types';

export interface AuditOptions {
  readonly urls: readonly string[];
  readonly config: ResolvedConfig | undefined;
  /** The --config file's name, for the report. */
  readonly configFile: string | undefined;
  readonly idleMs: number;
  readonly pageTimeoutMs: number;
  readonly totalTimeoutMs: number;
  readonly resolve: readonly { host: string; address: string }[];
  readonly strict: boolean;
  /** Called as each page starts (`done` pages finished so far). */
  readonly onProgress?: (done: number, total: number, url: string) => void;
}

const skipped = (url: string): PageReport => ({
  url,
  protection: 'none',
  consentry: { loaded: false, config: 'missing', messages: [] },
  findings: [{ code: 'audit-timeout', severity: 'error', pass: null, message: 'not audited: the audit\'s time limit (--timeout) ran out first', evidence: { url } }],
  cookies: [],
  passes: [],
});

/**
 * Audits every page in turn, and suggests declarations for the undeclared cookies (against --config, else the
 * first config a page read). Throws AuditSetupError only when no browser can start.
 */
export async function runAudit(o: AuditOptions): Promise<{ report: AuditReport; patch: PatchOperation[] }> {
  const started = Date.now();
  const browser = await launch(o.resolve);
  // Counted once Chromium is up: its start-up depends on the machine, not on the site.
  const end = Date.now() + o.totalTimeoutMs;
  const pages: PageReport[] = [];
  let config = o.config;
  try {
    for (const url of o.urls) {
      o.onProgress?.(pages.length, o.urls.length, url);
      if (Date.now() >= end) pages.push(skipped(url));
      else {
        const page = await auditPage(browser, url, { idleMs: o.idleMs, config: o.config, deadline: Math.min(end, Date.now() + o.pageTimeoutMs) });
        pages.push(page.report);
        config ??= page.config;
      }
    }
    o.onProgress?.(pages.length, o.urls.length, '');
  } finally {
    await browser.close().catch(() => {});
  }
  const all = pages.flatMap((p) => p.findings);
  const count = (s: string) => all.filter((f) => f.severity == s).length;
  const [errors, violations, warnings] = [count('error'), count('violation'), count('warning')];
  const report: AuditReport = {
    schema: 'consentry-audit/1',
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    options: { config: o.configFile ?? null, idleMs: o.idleMs, pageTimeoutMs: o.pageTimeoutMs, totalTimeoutMs: o.totalTimeoutMs },
    summary: { pages: pages.length, errors, violations, warnings, exitCode: errors || violations ? 1 : warnings && o.strict ? 2 : 0 },
    pages,
  };
  return { report, patch: config ? configPatch(pages, config) : [] };
}
