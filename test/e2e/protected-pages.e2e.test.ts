// Tracker-free pages in Chromium (issue #12, R-HEALTH): a stored full grant, then a visit to a booking page,
// makes no request to any tracker; a single-page app moving there after trackers ran loads the page anew.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scriptTagFiles } from './helpers/dist';
import { startServer } from './helpers/server';
import { browserSession } from './helpers/session';

const root = fileURLToPath(new URL('../..', import.meta.url));
const config = {
  links: { cookiePolicy: '/cookie-policy', privacyPolicy: '/privacy-policy' },
  trackerFreePaths: ['/appointments/*', '/portal/*'],
  categories: [
    { id: 'essential', required: true, title: 'Essential', description: 'Needed.' },
    { id: 'analytics', title: 'Analytics', description: 'Counts visits.' },
    { id: 'marketing', title: 'Marketing', description: 'Ads.' },
  ],
};
// Every page has the same trackers, and a router that takes over links marked data-router, as SPAs do.
const pageHtml = (title: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="icon" href="data:,">
<script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>
<script src="/dist/consentry.global.js" defer></script>
<script type="text/plain" data-category="analytics" data-src="/t/analytics.js"></script>
<script type="text/plain" data-category="marketing" data-src="/t/ads.js"></script>
<script>
  window.pageId = Math.random();
  document.addEventListener('click', (e) => {
    const a = e.target.closest('a[data-router]');
    if (!a) return;
    e.preventDefault();
    history.pushState(null, '', a.href);
    document.querySelector('h1').textContent = 'Routed';
  });
</script></head><body><h1>${title}</h1>
<img data-category="marketing" data-src="/t/pixel.gif" alt="">
<a data-router href="/appointments/new.html">Book an appointment</a>
<a data-router href="/about.html">About us</a></body></html>`;

const files: Record<string, string> = { ...scriptTagFiles() };
for (const path of ['/home.html', '/about.html', '/appointments/new.html', '/portal/inbox.html']) files[path] = pageHtml(path);

// A sensitive page with Google Consent Mode and the Meta pixel started from the config, and the site's own
// Google tag commands after the loader.
const sensitiveConfig = {
  ...config,
  sensitivePaths: ['/conditions/*'],
  integrations: { googleConsentMode: true, metaPixel: { pixelId: '1234567890' } },
};
const sensitiveHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Asthma in children</title>
<link rel="icon" href="data:,">
<script type="application/json" id="consentry-config">${JSON.stringify(sensitiveConfig)}</script>
<script src="/dist/consentry-integrations.global.js"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag() { dataLayer.push(arguments); } gtag('js', new Date()); gtag('config', 'G-TEST');</script>
</head><body><h1>Asthma in children</h1></body></html>`;
files['/conditions/asthma.html'] = sensitiveHtml;
const s = browserSession(() => startServer({ root: root + 'examples/clinic', files }));

const ran = (page: Page) => page.evaluate(() => (window as unknown as { __runs?: string[] }).__runs ?? []);
/** Visits the home page and accepts everything: the trackers run there. */
async function acceptOnHome(): Promise<void> {
  await s.page.goto(s.server.origin + '/home.html');
  await s.page.getByRole('button', { name: 'Accept all' }).click();
  await s.page.waitForFunction(() => ((window as unknown as { __runs?: string[] }).__runs ?? []).length == 2);
}

describe('tracker-free pages in Chromium', { timeout: 60_000 }, () => {
  it('make zero tracker requests on a direct visit with a stored full grant', async () => {
    await acceptOnHome();
    s.server.reset();
    await s.page.goto(s.server.origin + '/appointments/new.html');
    await s.page.waitForLoadState('networkidle');
    expect(s.server.trackerLog()).toEqual([]);
    expect(await ran(s.page)).toEqual([]);
    expect(await s.page.evaluate('Consentry.consent.getState().choices.analytics')).toBe(true);
  });

  it('turn a router\'s pushState into a full page load after trackers ran, with zero tracker requests after', async () => {
    await acceptOnHome();
    const before = await s.page.evaluate('pageId');
    s.server.reset();
    await Promise.all([s.page.waitForURL('**/appointments/new.html'), s.page.evaluate(() => history.pushState(null, '', '/appointments/new.html'))]);
    await s.page.waitForLoadState('networkidle');
    expect(await s.page.evaluate('pageId')).not.toBe(before);
    expect(s.server.hits('/appointments/new.html')).toBe(1);
    expect(s.server.trackerLog()).toEqual([]);
  });

  it('keep a router from taking over a link into the path after trackers ran: the browser loads it', async () => {
    await acceptOnHome();
    s.server.reset();
    await Promise.all([s.page.waitForURL('**/appointments/new.html'), s.page.getByRole('link', { name: 'Book an appointment' }).click()]);
    await s.page.waitForLoadState('networkidle');
    expect(await s.page.locator('h1').textContent()).toBe('/appointments/new.html');
    expect(s.server.trackerLog()).toEqual([]);
  });

  it('load the page anew on "back" into the path after trackers ran', async () => {
    await acceptOnHome();
    await s.page.goto(s.server.origin + '/portal/inbox.html');
    await s.page.getByRole('link', { name: 'About us' }).click();
    await s.page.waitForFunction(() => ((window as unknown as { __runs?: string[] }).__runs ?? []).length == 2);
    s.server.reset();
    await Promise.all([s.page.waitForLoadState('load'), s.page.goBack()]);
    await s.page.waitForLoadState('networkidle');
    expect(s.server.hits('/portal/inbox.html')).toBe(1);
    expect(s.server.trackerLog()).toEqual([]);
  });

  it('let a router move within ordinary pages in place', async () => {
    await acceptOnHome();
    await s.page.getByRole('link', { name: 'About us' }).click();
    expect(await s.page.locator('h1').textContent()).toBe('Routed');
    expect(new URL(s.page.url()).pathname).toBe('/about.html');
  });
});

describe('sensitive pages in Chromium', { timeout: 60_000 }, () => {
  it('leave no path or query in the recorded dataLayer and fbq calls, and redact before the Google tag\'s config', async () => {
    await acceptOnHome();
    await s.page.goto(s.server.origin + '/conditions/asthma.html?doctor=7');
    await s.page.waitForFunction(() => (window as unknown as { fbq?: unknown }).fbq);
    const recorded = await s.page.evaluate(() => {
      const w = window as unknown as { dataLayer: ArrayLike<unknown>[]; fbq: { queue: ArrayLike<unknown>[] } };
      const plain = (list: ArrayLike<unknown>[]) => Array.from(list, (e) => (typeof e == 'object' && e && 'length' in e ? Array.from(e) : e));
      return { dataLayer: plain(w.dataLayer), fbq: plain(w.fbq.queue) };
    });
    const text = JSON.stringify(recorded);
    expect(text).not.toMatch(/conditions|asthma|doctor=7/i);
    const kinds = recorded.dataLayer.map((e) => (Array.isArray(e) ? String(e[0]) + ' ' + (typeof e[1] == 'object' ? JSON.stringify(e[1]) : e[1]) : 'event'));
    const redacted = kinds.findIndex((k) => k.includes('"page_location":"' + s.server.origin + '/redacted"'));
    expect(redacted).toBeGreaterThanOrEqual(0);
    expect(redacted).toBeLessThan(kinds.indexOf('config G-TEST'));
    expect(recorded.fbq).toContainEqual(['set', 'autoConfig', false, '1234567890']);
  });
});

