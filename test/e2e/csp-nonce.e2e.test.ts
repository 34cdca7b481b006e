// The script-tag files in Chromium under a nonce-only Content-Security-Policy (issue #10): the loader hands its
// nonce to the UI script and stylesheet it adds, so the banner shows with no violation, and a UI file that
// cannot load is named in one console line.
import { describe, expect, it } from 'vitest';
import type { ConsoleMessage } from 'playwright-core';
import { scriptTagFiles } from './helpers/dist';
import { startServer } from './helpers/server';
import { browserSession } from './helpers/session';

const NONCE = 'c2l0ZS1ub25jZQ';
const config = {
  links: { cookiePolicy: '/cookie-policy', privacyPolicy: '/privacy-policy' },
  categories: [{ id: 'essential', required: true, title: 'Essential', description: 'Needed for the site to work.' }],
};
const page = (cfg: object, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title><link rel="icon" href="data:,">
<script type="application/json" id="consentry-config">${JSON.stringify(cfg)}</script>
<script src="/dist/consentry.global.js" nonce="${NONCE}" defer></script></head><body><h1>Clinic</h1>${body}</body></html>`;
const html = page(config, '');
// Nonced gated scripts, one inline, one external: their copies must carry the nonce the browser hid.
const gatedHtml = page(
  { ...config, categories: [...config.categories, { id: 'analytics', title: 'Analytics', description: 'Counts visits.' }] },
  `<script type="text/plain" data-category="analytics" nonce="${NONCE}">(window.__runs = window.__runs || []).push('inline');</script>
<script type="text/plain" data-category="analytics" nonce="${NONCE}" src="/t/a.js"></script>`,
);

const files: Record<string, string> = {};
let consoleLines: string[] = [];
const s = browserSession(
  () => {
    Object.assign(files, scriptTagFiles());
    return startServer({ root: '/nonexistent', files });
  },
  {
    async onPage(page) {
      consoleLines = [];
      page.on('console', (m: ConsoleMessage) => consoleLines.push(m.text()));
      await page.addInitScript(() => {
        const w = window as unknown as { __violations: string[] };
        w.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
    },
  },
);

/** Opens the page with `csp` as its response header: no strict-dynamic, so only nonced scripts run. */
const open = async (csp: string, body = html) => {
  await s.page.route('**/page.html', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', headers: { 'content-security-policy': csp }, body }),
  );
  await s.page.goto(s.server.origin + '/page.html');
};
const violations = () => s.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe("nonce-only CSP (issue #10)", () => {
  it.each([
    ["script-src 'nonce-N'; style-src 'self'", `default-src 'self'; img-src 'self' data:; script-src 'nonce-${NONCE}'; style-src 'self'`],
    ["script-src 'nonce-N'; style-src 'nonce-N'", `default-src 'self'; img-src 'self' data:; script-src 'nonce-${NONCE}'; style-src 'nonce-${NONCE}'`],
  ])('shows the banner and then the dialog with no violation under %s', async (_, csp) => {
    await open(csp);
    await s.page.getByRole('button', { name: 'Accept all' }).waitFor();
    // Styled: ui.css applied, not just the markup in the page.
    expect(await s.page.locator('[data-part=root]').evaluate((el) => getComputedStyle(el.firstElementChild!).position)).not.toBe('static');
    // The dialog's files come later, with the same nonce.
    await s.page.getByRole('button', { name: 'Manage preferences' }).click();
    await s.page.getByRole('dialog', { name: 'Manage your cookie preferences' }).waitFor();
    expect(await violations()).toEqual([]);
  });

  it('runs nonced gated scripts, inline and external, after Accept all with no violation', async () => {
    await open(`default-src 'self'; img-src 'self' data:; script-src 'nonce-${NONCE}'; style-src 'self'`, gatedHtml);
    await s.page.getByRole('button', { name: 'Accept all' }).click();
    await s.page.waitForFunction(() => (window as unknown as { __runs?: string[] }).__runs?.length == 2);
    expect(await s.page.evaluate(() => (window as unknown as { __runs: string[] }).__runs)).toEqual(['inline', '/t/a.js']);
    expect(await violations()).toEqual([]);
  });

  it('logs one console line naming the banner file that failed to load', async () => {
    delete files['/dist/consentry-banner.en.global.js'];
    try {
      await open(`default-src 'self'; img-src 'self' data:; script-src 'nonce-${NONCE}'; style-src 'self'`);
      await expect.poll(() => consoleLines.filter((l) => l.startsWith('[consentry]'))).toEqual([
        `[consentry] Could not load ${s.server.origin}/dist/consentry-banner.en.global.js (blocked by Content-Security-Policy or network error); the banner cannot show.`,
      ]);
    } finally {
      Object.assign(files, scriptTagFiles());
    }
  });
});
