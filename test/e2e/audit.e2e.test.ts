// `consentry audit` against a fixture site on 127.0.0.1, through the built bin as a site owner runs it
// (`npm run build` first; `npm test` does). Short idle times keep the file quick.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport, Finding, PageReport } from '../../src/audit/types';
import { launchBrowser } from './helpers/browser';
import { CONFIG, startAuditSite, type AuditSite } from './fixtures/audit-site';

const root = resolve(__dirname, '../..');
mkdirSync(join(root, 'test/.artifacts'), { recursive: true });
const tmp = mkdtempSync(join(root, 'test/.artifacts/audit-'));

// Not spawnSync: the fixture server runs in this process and must keep answering.
function run(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['dist/cli.js', ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => done({ code, out, err }));
  });
}

let site: AuditSite;
const audit = (out: string, ...args: string[]) => run('audit', ...args, ...site.resolveArgs, '--idle', '400', '--out', join(tmp, out));
const noStack = (r: { out: string; err: string }) => expect(r.out + r.err).not.toMatch(/^\s+at .+[(:]\d+/m);

const LEAKS = ['/clean.html', '/gtag.html', '/pixel.html', '/late.html', '/inline-cookie.html', '/portal/intake.html', '/portal/returning.html', '/withdraw.html', '/withdraw-storage.html', '/replay.html'];
const BAD = (o: string) => [
  'http://127.0.0.1:1/',
  `https://127.0.0.1:${site.server.port}/clean.html`,
  `${o}/no-consentry.html`,
  `${o}/invalid-config.html`,
  `${o}/loop`,
  `${o}/missing.html`,
  `${o}/clean.html`,
];
let leaks: ReturnType<typeof run>;
let bad: ReturnType<typeof run>;

beforeAll(async () => {
  site = await startAuditSite();
  // The two long runs side by side: neither depends on timing.
  leaks = audit('leaks', ...LEAKS.map((p) => site.origin + p), '--format', 'json');
  bad = audit('bad', ...BAD(site.origin), '--format', 'json');
});
afterAll(async () => {
  await site?.server.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('consentry audit finds each leak with its pass and evidence', () => {
  let report: AuditReport;
  let code: number | null;
  const page = (path: string): PageReport => report.pages.find((p) => p.url == site.origin + path)!;
  const codes = (path: string) => page(path).findings.map((f) => `${f.pass} ${f.code}`);
  const one = (path: string, pass: string, code: string): Finding => {
    const found = page(path).findings.filter((f) => f.pass == pass && f.code == code);
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  beforeAll(async () => {
    const r = await leaks;
    noStack(r);
    code = r.code;
    report = JSON.parse(r.out);
  }, 120_000);

  it('writes the same report to report.json, schema consentry-audit/1', () => {
    expect(JSON.parse(readFileSync(join(tmp, 'leaks/report.json'), 'utf8'))).toEqual(report);
    expect(report.schema).toBe('consentry-audit/1');
  });

  it('prints the SHA-256 of both files on stderr with --format json', async () => {
    const { err } = await leaks;
    const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
    const files = ['report.json', 'report.html', 'config-patch.json'].map((f) => join(tmp, 'leaks', f));
    expect(err).toBe(files.map((f) => `${f} sha256 ${sha(f)}\n`).join(''));
  });

  it('writes a self-contained report.html that passes axe and pictures each pass on its timeline', async () => {
    const browser = await launchBrowser();
    try {
      const tab = (await browser.newContext()).pages()[0]!;
      const requests: string[] = [];
      tab.on('request', (r) => requests.push(r.url()));
      await tab.goto(pathToFileURL(join(tmp, 'leaks/report.html')).href);
      expect(requests).toHaveLength(1);
      await tab.addScriptTag({ content: readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8') });
      const result = await tab.evaluate(() => (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } }));
      expect(result.violations.map((v: any) => v.id)).toEqual([]);
      const gtag = tab.locator('section', { has: tab.getByRole('heading', { name: site.origin + '/gtag.html' }) });
      const timeline = gtag.getByRole('img', { name: /^Timeline of requests per pass\. first-visit: \d+ requests, 1 to trackers; reject: \d+ requests, 1 to trackers/ });
      // The ungated tag loads in each pass that loads the page (the withdrawal reloads nothing here): one square each.
      expect(await timeline.locator('rect').count()).toBe(3);
    } finally {
      await browser.close();
    }
  });

  it('exits 1 on violations', () => {
    expect(code).toBe(1);
  });

  it('finds nothing on a page whose tracker waits for consent, and records the tracker after Accept all', () => {
    expect(page('/clean.html').findings).toEqual([]);
    const accept = page('/clean.html').passes.find((p) => p.pass == 'accept')!;
    expect(accept.requests.some((r) => r.host == 'www.googletagmanager.com' && r.thirdParty)).toBe(true);
    expect(page('/clean.html').consentry).toMatchObject({ loaded: true, config: 'valid' });
  });

  it('reports an ungated Google tag before a decision and after a refusal, with the request', () => {
    expect(codes('/gtag.html')).toEqual(['first-visit tracker-before-decision', 'reject tracker-after-refusal']);
    expect(one('/gtag.html', 'first-visit', 'tracker-before-decision').evidence).toMatchObject({
      url: site.origin + '/gtag.html',
      request: { host: 'www.googletagmanager.com', type: 'script', thirdParty: true, url: `http://www.googletagmanager.com:${site.server.port}/t/gtag.js` },
    });
  });

  it('reports a pixel <img> as an image request before a decision', () => {
    const f = one('/pixel.html', 'first-visit', 'tracker-before-decision');
    expect(f.evidence.request).toMatchObject({ host: 'px.ads.linkedin.com', type: 'image' });
    expect(f.suggestion).toMatchObject({ provider: 'LinkedIn', category: 'marketing' });
  });

  it('names the ungated script that inserted a tracker late as its initiator', () => {
    const f = one('/late.html', 'first-visit', 'tracker-before-decision');
    expect(f.evidence.request).toMatchObject({ host: 'analytics.tiktok.com', type: 'script', initiator: site.origin + '/late-loader.js' });
  });

  it('reports a cookie of an optional category set by inline code before a decision', () => {
    const f = one('/inline-cookie.html', 'first-visit', 'cookie-before-decision');
    expect(f.evidence.cookie).toMatchObject({ name: '_fbp', domain: '127.0.0.1', path: '/', thirdParty: false });
    expect(f.message).toContain('category "marketing"');
  });

  it('reports every third-party request on a tracker-free page, in each pass that makes one', () => {
    expect(page('/portal/intake.html').protection).toBe('tracker-free');
    expect(codes('/portal/intake.html').filter((c) => c.endsWith('third-party-on-tracker-free-page'))).toEqual([
      'first-visit third-party-on-tracker-free-page',
      'reject third-party-on-tracker-free-page',
      'accept third-party-on-tracker-free-page',
      'granted third-party-on-tracker-free-page',
    ]);
    expect(one('/portal/intake.html', 'first-visit', 'third-party-on-tracker-free-page').evidence.request).toMatchObject({ host: 'widgets.chat.test', type: 'image' });
  });

  it('visits a tracker-free page with a full grant stored, and reports what loads only then', () => {
    expect(codes('/portal/returning.html')).toEqual(['granted third-party-on-tracker-free-page']);
    expect(one('/portal/returning.html', 'granted', 'third-party-on-tracker-free-page').evidence.request).toMatchObject({ host: 'analytics.tiktok.com' });
    expect(page('/portal/returning.html').passes.find((p) => p.pass == 'granted')!.cookies.map((c) => c.name)).toEqual(['consentry']);
  });

  it('reports an undeclared cookie left after withdrawal, while the declared one is deleted', () => {
    expect(one('/withdraw.html', 'withdraw', 'cookie-survives-withdrawal').evidence.cookie).toMatchObject({ name: '_gid' });
    const withdraw = page('/withdraw.html').passes.find((p) => p.pass == 'withdraw')!;
    expect(withdraw.cookies.map((c) => c.name).sort()).toEqual(['_gid', 'consentry']);
  });

  it('reports storage keys of an optional category left after withdrawal, while the declared localStorage key is deleted', () => {
    const storage = page('/withdraw-storage.html').findings.filter((f) => f.code.startsWith('storage-'));
    expect(storage.map((f) => [f.pass, f.code, f.evidence])).toEqual([
      ['withdraw', 'storage-survives-withdrawal', { url: site.origin + '/withdraw-storage.html', storageKey: '_hjUserAttributes', storage: 'localStorage' }],
      ['withdraw', 'storage-survives-withdrawal', { url: site.origin + '/withdraw-storage.html', storageKey: 'visit-count', storage: 'sessionStorage' }],
    ]);
    const withdraw = page('/withdraw-storage.html').passes.find((p) => p.pass == 'withdraw')!;
    expect(withdraw.localStorage).toEqual(['_hjUserAttributes']);
  });

  it('shows a storage key, and the storage holding it, as the evidence in report.html', () => {
    expect(readFileSync(join(tmp, 'leaks/report.html'), 'utf8')).toContain('<td>sessionStorage key <code>visit-count</code></td>');
  });

  it('reports an undeclared cookie with a suggested category and provider from the catalogue', () => {
    const f = one('/withdraw.html', 'accept', 'cookie-undeclared');
    expect(f.evidence.cookie).toMatchObject({ name: '_gid' });
    expect(f.suggestion).toEqual({ provider: 'Google Analytics', category: 'analytics', source: expect.stringMatching(/^https:\/\//) });
  });

  it('warns of session replay even with consent', () => {
    expect(codes('/replay.html')).toEqual(['accept session-replay']);
    expect(one('/replay.html', 'accept', 'session-replay').severity).toBe('warning');
  });

  it('suggests a declaration for the undeclared cookie as a JSON Patch on consent.json', () => {
    expect(JSON.parse(readFileSync(join(tmp, 'leaks/config-patch.json'), 'utf8'))).toEqual([
      { op: 'add', path: '/categories/1/cookies/-', value: { name: '_gid', provider: 'Google Analytics' } },
    ]);
  });

  it('records which pass first saw each cookie, and its expiry', () => {
    const cookies = page('/withdraw.html').cookies;
    expect(cookies.find((c) => c.name == '_ga')).toMatchObject({ firstSeen: 'accept', declaredIn: 'analytics', expires: null });
    expect(page('/inline-cookie.html').cookies.find((c) => c.name == '_fbp')).toMatchObject({ firstSeen: 'first-visit', expires: expect.stringMatching(/^\d{4}-/) });
  });
});

describe('consentry audit on bad input', () => {
  let report: AuditReport;
  let r: { code: number | null; out: string; err: string };
  const errors = (url: string) => report.pages.find((p) => p.url == url)!.findings.filter((f) => f.severity != 'violation').map((f) => f.code);

  beforeAll(async () => {
    r = await bad;
    report = JSON.parse(r.out);
  }, 120_000);

  it('never prints a stack trace, and exits 1', () => {
    noStack(r);
    expect(r.code).toBe(1);
  });

  it.each([
    ['an unreachable URL', 'http://127.0.0.1:1/', 'unreachable'],
    ['a TLS error', () => `https://127.0.0.1:${site.server.port}/clean.html`, 'tls-error'],
    ['a page without consentry', () => `${site.origin}/no-consentry.html`, 'no-consentry'],
    ['a page whose config is invalid', () => `${site.origin}/invalid-config.html`, 'invalid-config'],
    ['a redirect loop', () => `${site.origin}/loop`, 'redirect-loop'],
    ['a missing page', () => `${site.origin}/missing.html`, 'http-error'],
  ])('reports %s as one error line', (_, url, code) => {
    expect(errors(typeof url == 'string' ? url : url())).toEqual([code]);
  });

  it('quotes consentry\'s own message for an invalid config', () => {
    const f = report.pages.find((p) => p.url.endsWith('/invalid-config.html'))!.findings[0]!;
    expect(f.message).toMatch(/\[consentry\].*categories/);
  });

  it('still audits the other pages', () => {
    expect(report.pages.at(-1)!.findings).toEqual([]);
    expect(report.summary).toMatchObject({ pages: 7, errors: 6, warnings: 0, violations: 0 });
  });
});

describe('consentry audit for CI', () => {
  it('exits 0 on a clean page and prints a summary with the report file and its SHA-256', async () => {
    const r = await audit('clean', site.origin + '/clean.html');
    expect(r.code).toBe(0);
    const [json, html] = ['json', 'html'].map((ext) => join(tmp, `clean/report.${ext}`));
    const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
    expect(r.out).toBe(`${site.origin}/clean.html\n  no findings\n\n1 page: 0 violations, 0 warnings, 0 errors\n${json} sha256 ${sha(json!)}\n${html} sha256 ${sha(html!)}\n`);
  });

  it('exits 0 on warnings alone, and 2 with --strict', async () => {
    const [plain, strict] = await Promise.all([audit('warn', site.origin + '/replay.html'), audit('strict', site.origin + '/replay.html', '--strict')]);
    expect([plain.code, strict.code]).toEqual([0, 2]);
    expect(plain.out).toContain('  warning session-replay [accept] Hotjar records sessions');
  });

  it('follows same-origin page links breadth-first up to --crawl pages', async () => {
    const r = await audit('crawl', site.origin + '/crawl.html', '--crawl', '3', '--format', 'json');
    const report: AuditReport = JSON.parse(r.out);
    expect(report.pages.map((p) => p.url.slice(site.origin.length))).toEqual(['/crawl.html', '/clean.html', '/pixel.html']);
    expect(report.options.crawl).toBe(3);
  }, 60_000);

  it('audits against --config instead of the page\'s config', async () => {
    const config = join(tmp, 'declared.json');
    writeFileSync(config, JSON.stringify({ ...CONFIG, categories: [...CONFIG.categories.slice(0, 2), { ...CONFIG.categories[2]!, cookies: [{ name: '_gid' }] }] }));
    const r = await audit('with-config', site.origin + '/withdraw.html', '--config', config, '--format', 'json');
    const report: AuditReport = JSON.parse(r.out);
    expect(report.pages[0]!.findings.map((f) => f.code)).toEqual(['cookie-survives-withdrawal']);
    expect(report.options.config).toBe(config);
  });

  it('refuses an invalid --config with its line, before starting a browser', async () => {
    const config = join(tmp, 'broken.json');
    writeFileSync(config, '{\n  "revision": 0\n}\n');
    const r = await audit('broken', site.origin + '/clean.html', '--config', config);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^consentry: the config cannot be used:\\n  ${config.replace(/[.\\]/g, '\\$&')}:\\d+:\\d+ `));
    noStack(r);
  });

  it('warns of a page that never becomes idle, records it within the page limit, and stops at the total limit', async () => {
    const r = await audit('busy', site.origin + '/busy.html', site.origin + '/clean.html', '--page-timeout', '6000', '--timeout', '6000', '--format', 'json');
    const report: AuditReport = JSON.parse(r.out);
    const [busy, clean] = report.pages;
    expect(busy!.findings.filter((f) => f.code == 'never-idle').map((f) => f.pass).slice(0, 3).sort()).toEqual(['accept', 'first-visit', 'reject']);
    expect(busy!.passes.find((p) => p.pass == 'first-visit')!.requests.length).toBeGreaterThan(10);
    expect(Math.max(...busy!.passes.map((p) => p.durationMs))).toBeLessThan(6000 + 3000);
    expect(clean!.findings.map((f) => f.code)).toEqual(['audit-timeout']);
    expect(r.code).toBe(1);
  }, 60_000);
});
