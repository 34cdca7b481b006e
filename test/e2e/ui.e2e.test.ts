// The script-tag build in Chromium, on the demo clinic page: accessibility (axe, keyboard), equal choices,
// withdrawal in two clicks, reflow at 320px, and no UI download for returning visitors.
// Needs `npm run build` first (npm test does it): it serves the real dist/ files.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stampConfig } from '../../src/server';
import { launchBrowser, type Browser } from './helpers/browser';
import { animationsDone, demoConfig, startDemo } from './helpers/demo';
import type { TestServer } from './helpers/server';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(root + path, 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let requests: string[];

beforeAll(async () => {
  server = await startDemo({
    '/index.html': demoConfig(),
    '/invalid.html': { ...demoConfig(), ui: { floatingBtn: true }, texts: { en: { bannerTitel: 'x' } } },
    // The same config as /index.html in another text (its keys in another order): another config stamp.
    '/reordered.html': Object.fromEntries(Object.entries(demoConfig()).reverse()),
    '/dark.html': { ...demoConfig(), ui: { theme: 'dark' } },
    '/de.html': { ...demoConfig(), language: 'de' },
  });
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  context = await browser.newContext();
  page = context.pages()[0] ?? (await context.newPage());
  requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
});
afterEach(() => context.close());

const open = async (path = '/index.html') => {
  await page.goto(server.origin + path);
  await page.waitForLoadState('networkidle');
};
const banner = () => page.locator('[data-part=banner]');
/** The library's files this page asked for, in name order. */
const distRequests = () => requests.filter((p) => p.startsWith('/dist/')).sort();
const dialog = () => page.getByRole('dialog', { name: 'Manage your cookie preferences' });
const granted = () => page.evaluate(() => (window as any).Consentry.consent.getState().categories as Record<string, boolean>);
const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim());

async function axe(): Promise<string[]> {
  await page.addScriptTag({ content: read('node_modules/axe-core/axe.min.js') });
  const result = await page.evaluate(
    (tags) => (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    AXE_TAGS,
  );
  return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
}

// A site's brand colour, as the README shows it.
const BRAND = "[data-scope='consent'] { --consentry-accent: #6b2d8f; --consentry-link: #6b2d8f; }";

/** The looks axe checks: the default, dark by the system setting and by `ui.theme`, a brand colour, a 320px phone, German. */
const LOOKS: [string, () => Promise<void>][] = [
  ['light', () => open()],
  ['with a brand colour', async () => (await open(), await page.addStyleTag({ content: BRAND }), await animationsDone(page))],
  ['dark (system setting)', async () => (await page.emulateMedia({ colorScheme: 'dark' }), open())],
  ['dark (ui.theme)', () => open('/dark.html')],
  ['320px wide', async () => (await page.setViewportSize({ width: 320, height: 640 }), open())],
  ['German', () => open('/de.html')],
];

describe('consent UI in Chromium', { timeout: 60_000 }, () => {
  it.each(LOOKS)('has no axe violations with the banner open, %s (R-A11Y-20, R-A11Y-11)', async (_, show) => {
    await show();
    await banner().waitFor();
    await animationsDone(page);
    expect(await axe()).toEqual([]);
  });

  it.each(LOOKS)('has no axe violations with the dialog open and unfolded, %s (R-A11Y-20, R-A11Y-11)', async (_, show) => {
    await show();
    await page.locator('[data-action=manage]').click();
    await page.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await animationsDone(page);
    expect(await axe()).toEqual([]);
  });

  it('has no axe violations after a decision (R-A11Y-20)', async () => {
    await open();
    await page.getByRole('button', { name: 'Reject all' }).click();
    expect(await axe()).toEqual([]);
  });

  it('paints Accept all and Reject all alike in the site\'s brand colour from --consentry-accent (R-GDPR-3)', async () => {
    await open();
    await page.addStyleTag({ content: BRAND });
    await animationsDone(page); // the buttons' colour transition
    const bg = (action: string) => banner().locator(`[data-action=${action}]`).evaluate((b) => getComputedStyle(b).backgroundColor);
    expect([await bg('accept-all'), await bg('reject-all')]).toEqual(['rgb(107, 45, 143)', 'rgb(107, 45, 143)']);
  });

  it('gives Accept all and Reject all the same element, computed style and size (R-GDPR-3)', async () => {
    await open();
    const look = (name: string) =>
      banner()
        .getByRole('button', { name })
        .evaluate((b) => {
          const s = getComputedStyle(b);
          const r = b.getBoundingClientRect();
          return { tag: b.tagName, font: s.font, color: s.color, bg: s.backgroundColor, border: s.border, w: Math.round(r.width), h: Math.round(r.height) };
        });
    const accept = await look('Accept all');
    expect(await look('Reject all')).toEqual(accept);
    expect(accept.h).toBeGreaterThanOrEqual(44);
  });

  it('works by keyboard alone: reach the banner, open the dialog, toggle with Space, Escape, save (R-A11Y-6, R-A11Y-21)', async () => {
    await open();
    for (let i = 0; i < 10 && (await focused()) != 'Manage preferences'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('Manage preferences');
    await page.keyboard.press('Enter');
    await dialog().waitFor();
    expect(await dialog().evaluate((d) => d.contains(document.activeElement))).toBe(true);

    const analytics = dialog().getByRole('switch', { name: 'Analytics' });
    for (let i = 0; i < 20 && !(await analytics.evaluate((s) => s == document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await analytics.getAttribute('aria-checked')).toBe('true');

    await page.keyboard.press('Escape');
    expect(await dialog().count()).toBe(0);
    expect(await focused()).toBe('Manage preferences');
    expect(await granted()).toMatchObject({ analytics: false });

    await page.keyboard.press('Enter');
    for (let i = 0; i < 20 && !(await analytics.evaluate((s) => s == document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    for (let i = 0; i < 40 && (await focused()) != 'Save preferences'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await granted()).toEqual({ essential: true, analytics: true, marketing: false, media: false, health: false });
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Your cookie preferences have been saved.');
  });

  it('keeps Tab inside the dialog: N+1 Tabs come back to the start (R-A11Y-3)', async () => {
    await open();
    await page.getByRole('button', { name: 'Manage preferences' }).click();
    const count = await dialog().evaluate(
      (d) => [...d.querySelectorAll('a[href],button,summary')].filter((el) => !el.closest('details:not([open]) > :not(summary)')).length,
    );
    const start = await focused();
    await page.keyboard.press('Tab');
    const first = await focused();
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('Tab');
      expect(await dialog().evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    expect([start, first]).toContain(await focused());
  });

  it('withdraws in two clicks from any page: "Cookie settings", then "Reject all" (R-GDPR-16, R-GDPR-17)', async () => {
    await open();
    await page.getByRole('button', { name: 'Accept all' }).click();
    await open();
    await page.getByRole('link', { name: 'Cookie settings' }).click();
    await dialog().getByRole('button', { name: 'Reject all' }).click();
    expect(await granted()).toEqual({ essential: true, analytics: false, marketing: false, media: false, health: false });
  });

  it('opens the dialog from the floating button too (R-GDPR-16)', async () => {
    await open();
    await page.getByRole('button', { name: 'Reject all' }).click();
    await page.getByRole('button', { name: 'Cookie settings' }).click();
    await dialog().waitFor();
    expect(await dialog().getByRole('switch', { name: 'Analytics' }).getAttribute('aria-checked')).toBe('false');
  });

  it('paints a first visit\'s banner from the banner file alone, and fetches the dialog\'s code when it is asked for', async () => {
    await open();
    await banner().waitFor();
    // The demo's map is held back, so its placeholder's content comes too; the floating button only once there
    // is a decision to change.
    expect(distRequests()).toEqual([
      '/dist/banner.css',
      '/dist/consentry-banner.en.global.js',
      '/dist/consentry-placeholder.global.js',
      '/dist/consentry-validate.global.js',
      '/dist/consentry.global.js',
    ]);
    await page.getByRole('button', { name: 'Manage preferences' }).click();
    await page.getByRole('dialog', { name: 'Manage your cookie preferences' }).waitFor();
    expect(requests.filter((p) => /consentry-ui\.en|ui\.css/.test(p))).toEqual(['/dist/ui.css', '/dist/consentry-ui.en.global.js']);
    expect(await banner().count()).toBe(1);
  });

  it('downloads no UI code on a returning visit (the visitor already decided)', async () => {
    await open();
    expect(requests.some((p) => p.includes('consentry-banner.'))).toBe(true);
    await page.getByRole('button', { name: 'Reject all' }).click();
    requests = [];
    await open();
    expect(distRequests()).toEqual([
      '/dist/consentry-floating-button.global.js',
      '/dist/consentry-placeholder.global.js',
      '/dist/consentry.global.js',
    ]);
    expect(await banner().count()).toBe(0);
  });

  it('fetches the config validator on a first visit, and none on the returning visit', async () => {
    await open();
    expect(requests).toContain('/dist/consentry-validate.global.js');
    await page.getByRole('button', { name: 'Reject all' }).click();
    requests = [];
    await open();
    expect(requests).not.toContain('/dist/consentry-validate.global.js');
  });

  // The page as a site would serve it after `consentry check` or stampConfig: the stamp of its inline config.
  const serveStamped = (stamp: (inline: string) => string) =>
    page.route('**/index.html', async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const inline = html.match(/<script type="application\/json" id="consentry-config">([^]*?)<\/script>/)![1]!;
      route.fulfill({ response, body: html.replace('<script src="/dist/consentry.global.js"', `<script data-config-stamp="${stamp(inline)}" src="/dist/consentry.global.js"`) });
    });

  it('fetches no validator on a first visit whose script tag carries the stamp of the page\'s config, and works as usual', async () => {
    await serveStamped(stampConfig);
    await open();
    await banner().waitFor();
    expect(distRequests()).toEqual([
      '/dist/banner.css',
      '/dist/consentry-banner.en.global.js',
      '/dist/consentry-placeholder.global.js',
      '/dist/consentry.global.js',
    ]);
    await page.getByRole('button', { name: 'Accept all' }).click();
    expect(await granted()).toMatchObject({ analytics: true, marketing: true });
  });

  it('fetches the validator on a first visit whose script tag carries a stale stamp, and shows the banner once it has validated', async () => {
    await serveStamped((inline) => stampConfig(inline.replace('"revision":', '"revision": ')));
    await open();
    await banner().waitFor();
    expect(requests).toContain('/dist/consentry-validate.global.js');
  });

  it('fetches the validator once on the visit after the config text changed, and not on the visit after that', async () => {
    await open();
    await page.getByRole('button', { name: 'Reject all' }).click();
    requests = [];
    await open('/reordered.html');
    expect(requests.filter((p) => p == '/dist/consentry-validate.global.js')).toHaveLength(1);
    expect(await granted()).toMatchObject({ analytics: false });
    requests = [];
    await open('/reordered.html');
    expect(requests).not.toContain('/dist/consentry-validate.global.js');
    expect(await banner().count()).toBe(0);
  });

  it('validates an invalid config on a page where the record carries an old stamp: errors logged, nothing starts or runs', async () => {
    await open();
    await page.getByRole('button', { name: 'Accept all' }).click();
    // The gate runs the granted scripts one after the other: once the last has run, none of this page's
    // requests can still be counted as the next page's.
    await page.waitForFunction(() => (window as any).__runs?.includes('marketing'));
    const errors: string[] = [];
    page.on('console', (m) => m.type() == 'error' && errors.push(m.text()));
    requests = [];
    await open('/invalid.html');
    await page.waitForTimeout(300);
    expect(requests).toContain('/dist/consentry-validate.global.js');
    expect(errors).toEqual([expect.stringContaining('texts.en.bannerTitel: unknown key'), expect.stringContaining('ui.floatingBtn: unknown key')]);
    expect(await page.evaluate(() => (window as any).Consentry.consent)).toBeNull();
    expect(await banner().count()).toBe(0);
    expect(requests.filter((p) => p.startsWith('/fake/'))).toEqual([]);
  });

  it('records a decision made through the API on a returning visit, fetching the records\' code for it (R-GDPR-19)', async () => {
    await open();
    await page.getByRole('button', { name: 'Reject all' }).click();
    await open();
    expect(requests).not.toContain('/dist/consentry-proof.global.js');
    const record = await page.evaluate(
      () =>
        new Promise<{ action: string; layer: string; textHash: string | null }>((resolve) => {
          const consent = (window as any).Consentry.consent;
          consent.on('record', resolve);
          consent.acceptAll();
        }),
    );
    expect(record).toMatchObject({ action: 'accept_all', layer: 'api' });
    expect(requests).toContain('/dist/consentry-proof.global.js');
  });

  it('records nothing on scroll, outside clicks, Escape or waiting (R-GDPR-9)', async () => {
    await open();
    await page.mouse.wheel(0, 600);
    await page.locator('h1').click();
    await page.keyboard.press('Escape');
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as any).Consentry.consent.needsDecision())).toBe(true);
    expect((await context.cookies()).map((c) => c.name)).not.toContain('consentry');
  });

  it('reflows at 320px: no horizontal scroll, banner within the viewport, every button reachable (R-A11Y-14)', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await open();
    const fits = () =>
      page.evaluate(() => {
        const html = document.documentElement;
        return html.scrollWidth <= html.clientWidth;
      });
    expect(await fits()).toBe(true);
    const box = (await banner().boundingBox())!;
    expect(box.y >= 0 && box.y + box.height <= 640).toBe(true);
    for (const name of ['Accept all', 'Reject all', 'Manage preferences']) await expect(banner().getByRole('button', { name }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Manage preferences' }).click();
    expect(await fits()).toBe(true);
    for (const b of await dialog().getByRole('button').all()) {
      await b.scrollIntoViewIfNeeded();
      expect(await b.isVisible()).toBe(true);
    }
  });

  it('logs every config issue with its path and shows no banner for an invalid config', async () => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() == 'error' && errors.push(m.text()));
    await open('/invalid.html');
    await page.waitForTimeout(300);
    expect(errors).toEqual([expect.stringContaining('texts.en.bannerTitel: unknown key'), expect.stringContaining('ui.floatingBtn: unknown key')]);
    expect(await banner().count()).toBe(0);
  });
});
