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
  /** Pages in all, the given ones first, then same-origin links breadth-first; undefined: the given ones alone. */
  readonly crawl: number | undefined;
  /** Called as each page starts (`done` pages finished so far). */
  readonly onProgress?: (done: number, total: number, url: string) => void;
}

// Files a link may point at that are no page to audit.
const NOT_A_PAGE = /\.(pdf|zip|jpe?g|png|gif|webp|svg|ico|mp[34]|mov|docx?|xlsx?|pptx?|ics|vcf|css|js|json|xml|txt)$/i;
// A page once, whatever its fragment.
const pageKey = (url: string) => (URL.canParse(url) ? new URL(url).href.replace(/#.*/, '') : '');
const sameOrigin = (a: string, b: string) => URL.canParse(a) && new URL(a).origin == new URL(b).origin;

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
  const queue = [...o.urls];
  const seen = new Set(queue.map(pageKey));
  const total = () => Math.max(o.urls.length, Math.min(o.crawl ?? 0, queue.length));
  try {
    for (let i = 0; i < queue.length && i < Math.max(o.urls.length, o.crawl ?? 0); i++) {
      const url = queue[i]!;
      o.onProgress?.(pages.length, total(), url);
      if (Date.now() >= end) pages.push(skipped(url));
      else {
        const page = await auditPage(browser, url, { idleMs: o.idleMs, config: o.config, deadline: Math.min(end, Date.now() + o.pageTimeoutMs) });
        pages.push(page.report);
        config ??= page.config;
        if (o.crawl !== undefined)
          for (const link of page.links) {
            const key = pageKey(link);
            if (key && !seen.has(key) && sameOrigin(link, url) && !NOT_A_PAGE.test(new URL(link).pathname)) {
              seen.add(key);
              queue.push(link.replace(/#.*/, ''));
            }
          }
      }
    }
    o.onProgress?.(pages.length, pages.length, '');
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
    options: { config: o.configFile ?? null, idleMs: o.idleMs, pageTimeoutMs: o.pageTimeoutMs, totalTimeoutMs: o.totalTimeoutMs, crawl: o.crawl ?? null },
    summary: { pages: pages.length, errors, violations, warnings, exitCode: errors || violations ? 1 : warnings && o.strict ? 2 : 0 },
    pages,
  };
  return { report, patch: config ? configPatch(pages, config) : [] };
}
