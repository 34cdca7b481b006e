// Per-language config texts and right-to-left rendering in Chromium, from the built script-tag files
// (issue #9, R-GDPR-22, R-A11Y-18).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from './helpers/browser';
import { scriptTagFiles } from './helpers/dist';
import { startServer, type TestServer } from './helpers/server';

const root = fileURLToPath(new URL('../..', import.meta.url));
const arabic = JSON.parse(readFileSync(root + 'test/fixtures/texts/ar.json', 'utf8'));
const config = {
  links: { cookiePolicy: '/cookie-policy', privacyPolicy: '/privacy-policy' },
  texts: { ar: arabic },
  categories: [
    { id: 'essential', required: true, title: { en: 'Essential', de: 'Notwendig', ar: 'ضرورية' }, description: { en: 'Needed.', de: 'Nötig.', ar: 'لازمة.' } },
    { id: 'analytics', title: { en: 'Analytics', de: 'Statistik', ar: 'الإحصاءات' }, description: { en: 'Counts visits.', de: 'Zählt Besuche.', ar: 'تحصي الزيارات.' } },
    { id: 'media', title: { en: 'External media', de: 'Externe Medien', ar: 'وسائط خارجية' }, description: { en: 'Maps.', de: 'Karten.', ar: 'خرائط.' } },
  ],
};
const pageHtml = (lang: string, dir = 'ltr') => `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Clinic</title><link rel="icon" href="data:,">
<script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>
<script src="/dist/consentry.global.js" defer></script></head><body><main><h1>Clinic</h1>
<iframe data-category="media" data-src="/t/embed.html" width="400" height="200" title="Map"></iframe></main></body></html>`;

const files: Record<string, string> = {};
let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let warnings: string[];

beforeAll(async () => {
  Object.assign(files, scriptTagFiles());
  server = await startServer({ root: root + 'examples/clinic', files });
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  context = await browser.newContext();
  page = context.pages()[0] ?? (await context.newPage());
  warnings = [];
  page.on('console', (m) => m.type() == 'warning' && m.text().includes('[consentry]') && warnings.push(m.text()));
});
afterEach(() => context.close());

const open = async (lang: string, dir?: string) => {
  files['/page.html'] = pageHtml(lang, dir);
  await page.goto(server.origin + '/page.html');
  await page.locator('[data-part=banner]').waitFor();
};
const banner = () => page.locator('[data-part=banner]');

describe('config texts in the visitor\'s language', { timeout: 60_000 }, () => {
  it('names the purposes in German on a German page, in the banner and the placeholder', async () => {
    await open('de');
    await expect.poll(() => banner().textContent()).toContain('Statistik');
    expect(await banner().textContent()).not.toContain('Analytics');
    expect(await page.locator('[data-part=placeholder]').textContent()).toContain('Externe Medien');
  });

  it('shows the German dialog with German category titles and descriptions', async () => {
    await open('de-CH');
    await page.getByRole('button', { name: 'Einstellungen verwalten' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toContain('Zählt Besuche.');
    expect(await page.getByRole('switch', { name: 'Statistik' }).count()).toBe(1);
  });

  it('logs one console line for a page language without texts', async () => {
    await open('sv');
    await page.waitForTimeout(200);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"sv"');
  });
});

describe('right-to-left languages', { timeout: 60_000 }, () => {
  it('renders an Arabic banner mirrored, with the config\'s Arabic texts', async () => {
    await open('ar', 'rtl');
    expect(await page.locator('[data-part=root]').getAttribute('dir')).toBe('rtl');
    expect(await banner().evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await banner().textContent()).toContain('الإحصاءات');
    const [first, second] = await banner().getByRole('button').all();
    const x = async (el: typeof first) => (await el!.boundingBox())!.x;
    // The first button in reading order sits to the right of the one after it.
    expect(await x(first)).toBeGreaterThan(await x(second));
    await page.screenshot({ path: root + 'test/.artifacts/banner-ar-rtl.png' });
  });

  it('writes the placeholder right to left in Arabic', async () => {
    await open('ar', 'rtl');
    const placeholder = page.locator('[data-part=placeholder]');
    expect(await placeholder.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  });
});
