// Per-language config texts and right-to-left rendering in Chromium, from the built script-tag files
// (issue #9, R-GDPR-22, R-A11Y-18).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scriptTagFiles } from './helpers/dist';
import { startServer } from './helpers/server';
import { browserSession } from './helpers/session';

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
let warnings: string[] = [];
const s = browserSession(() => startServer({ root: root + 'examples/clinic', files: Object.assign(files, scriptTagFiles()) }), {
  onPage(page) {
    warnings = [];
    page.on('console', (m) => m.type() == 'warning' && m.text().includes('[consentry]') && warnings.push(m.text()));
  },
});

const open = async (lang: string, dir?: string) => {
  files['/page.html'] = pageHtml(lang, dir);
  await s.page.goto(s.server.origin + '/page.html');
  await s.page.locator('[data-part=banner]').waitFor();
};
const banner = () => s.page.locator('[data-part=banner]');

describe('config texts in the visitor\'s language', { timeout: 60_000 }, () => {
  it('names the purposes in German on a German page, in the banner and the placeholder', async () => {
    await open('de');
    await expect.poll(() => banner().textContent()).toContain('Statistik');
    expect(await banner().textContent()).not.toContain('Analytics');
    expect(await s.page.locator('[data-part=placeholder]').textContent()).toContain('Externe Medien');
  });

  it('shows the German dialog with German category titles and descriptions', async () => {
    await open('de-CH');
    await s.page.getByRole('button', { name: 'Einstellungen verwalten' }).click();
    const dialog = s.page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toContain('Zählt Besuche.');
    expect(await s.page.getByRole('switch', { name: 'Statistik' }).count()).toBe(1);
  });

  it('logs one console line for a page language without texts', async () => {
    await open('sv');
    await s.page.waitForTimeout(200);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('"sv"');
  });
});

describe('right-to-left languages', { timeout: 60_000 }, () => {
  it('renders an Arabic banner mirrored, with the config\'s Arabic texts', async () => {
    await open('ar', 'rtl');
    expect(await s.page.locator('[data-part=root]').getAttribute('dir')).toBe('rtl');
    expect(await banner().evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await banner().textContent()).toContain('الإحصاءات');
    const [first, second] = await banner().getByRole('button').all();
    const x = async (el: typeof first) => (await el!.boundingBox())!.x;
    // The first button in reading order sits to the right of the one after it.
    expect(await x(first)).toBeGreaterThan(await x(second));
    await s.page.screenshot({ path: root + 'test/.artifacts/banner-ar-rtl.png' });
  });

  it('writes the placeholder right to left in Arabic', async () => {
    await open('ar', 'rtl');
    const placeholder = s.page.locator('[data-part=placeholder]');
    expect(await placeholder.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  });
});
