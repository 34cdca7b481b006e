// Embed placeholders in Chromium, from the built script-tag files (issue #9): out of layout and tab order
// whatever the page's CSS, no layout shift, the page's language on returning visits without ui.css, axe-clean
// in light, dark, at 320 px and in German, and no CSP violation under a strict policy (R-A11Y-20).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scriptTagFiles } from './helpers/dist';
import { startServer } from './helpers/server';
import { browserSession } from './helpers/session';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(root + path, 'utf8');
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";
const config = {
  links: { cookiePolicy: '/cookie-policy', privacyPolicy: '/privacy-policy' },
  categories: [
    { id: 'essential', required: true, title: 'Essential', description: 'Needed for the site to work.' },
    { id: 'media', title: 'External media', description: 'Maps and videos from other sites.', services: [{ id: 'map', title: 'Map service' }] },
  ],
};

/** A page with a gated map between two paragraphs; `late` loads consentry only after the page has painted. */
const pageHtml = ({ lang = 'en', late = false } = {}) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Clinic</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/page.css">
<script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>
${late ? '<script src="/late.js"></script>' : '<script src="/dist/consentry.global.js" defer></script>'}
</head><body><main><h1>Find us</h1><p>Before the map. <a href="/before">A link before</a></p>
<iframe data-category="media" data-service="map" data-src="/t/embed.html" width="600" height="300" title="Map to the clinic"></iframe>
<p id="after">After the map. <a href="/after">A link after</a></p></main></body></html>`;

const files: Record<string, string> = {
  // The page's own rule, which beats the hidden attribute.
  '/page.css': 'body { font-family: sans-serif; margin: 16px } main iframe { display: block; border: 2px solid #345 }',
  // Loads consentry two frames after the first paint, as a slow tag manager would.
  '/late.js': "addEventListener('load', () => requestAnimationFrame(() => requestAnimationFrame(() => { const s = document.createElement('script'); s.src = '/dist/consentry.global.js'; document.head.append(s); })));",
};

let requests: string[] = [];
const s = browserSession(
  () => {
    Object.assign(files, scriptTagFiles(), { '/axe.js': read('node_modules/axe-core/axe.min.js') });
    return startServer({ root: root + 'examples/clinic', files, headers: { 'content-security-policy': CSP } });
  },
  {
    async onPage(page) {
      requests = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      // Before any page script: count what the policy blocks, and every layout shift.
      await page.addInitScript(() => {
        const w = window as unknown as { __violations: string[]; __shift: number };
        w.__violations = [];
        w.__shift = 0;
        document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
        new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.__shift += (e as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
      });
    },
  },
);

const show = async (options: { lang?: string; late?: boolean } = {}) => {
  files['/page.html'] = pageHtml(options);
  await s.page.goto(s.server.origin + '/page.html');
  await s.page.locator('[data-part=placeholder]').waitFor();
};
/** A returning visit: refuse on the first page, then load it again. */
const returning = async (lang = 'en') => {
  await show({ lang });
  await s.page.waitForFunction(() => (window as any).Consentry?.consent);
  await s.page.evaluate(() => (window as any).Consentry.consent.rejectAll());
  requests = [];
  await show({ lang });
  await s.page.waitForLoadState('networkidle');
};
const axe = async (): Promise<string[]> => {
  await s.page.addScriptTag({ url: '/axe.js' });
  const result = await s.page.evaluate(() =>
    (window as any).axe.run({ include: [['[data-part=placeholder]']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } }),
  );
  return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
};

describe('embed placeholders in Chromium', { timeout: 60_000 }, () => {
  it('brings their content in a file of its own, which a page that holds no embed back never fetches (issue #13)', async () => {
    await returning();
    expect(requests).toContain('/dist/consentry-placeholder.global.js');
    requests = [];
    files['/page.html'] = pageHtml().replace(/<iframe[^]*?<\/iframe>/, '');
    await s.page.goto(s.server.origin + '/page.html');
    await s.page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.startsWith('/dist/'))).toEqual(['/dist/consentry.global.js']);
  });

  it('takes the blocked iframe out of layout under the page\'s "main iframe { display: block }"', async () => {
    await returning();
    expect(await s.page.evaluate(() => getComputedStyle(document.querySelector('iframe')!).display)).toBe('none');
  });

  it('leaves the blocked iframe out of the tab order: Tab goes from the link before to the placeholder\'s buttons', async () => {
    await returning();
    await s.page.locator('a[href="/before"]').focus();
    const stops: string[] = [];
    for (let i = 0; i < 3; i++) {
      await s.page.keyboard.press('Tab');
      stops.push(await s.page.evaluate(() => document.activeElement!.tagName + ':' + document.activeElement!.textContent!.trim()));
    }
    expect(stops).toEqual(['BUTTON:Load this once', 'BUTTON:Allow External media', 'A:A link after']);
  });

  it('shifts nothing when it replaces an iframe that was already painted', async () => {
    await returning();
    files['/page.html'] = pageHtml({ late: true });
    await s.page.goto(s.server.origin + '/page.html');
    await s.page.locator('[data-part=placeholder]').waitFor();
    await s.page.waitForTimeout(300);
    expect(await s.page.evaluate(() => (window as any).__shift)).toBe(0);
  });

  it('shifts nothing on a first visit with the banner', async () => {
    await show();
    await s.page.locator('[data-part=banner]').waitFor();
    await s.page.waitForTimeout(300);
    expect(await s.page.evaluate(() => (window as any).__shift)).toBe(0);
  });

  it('speaks German on a returning visit and is themed without ui.css', async () => {
    await returning('de');
    expect(await s.page.locator('[data-part=placeholder] button').allTextContents()).toEqual(['Einmal laden', 'External media erlauben']);
    expect(requests.filter((r) => /ui|\.css$/.test(r) && r != '/page.css')).toEqual([]);
    expect(await s.page.evaluate(() => getComputedStyle(document.querySelector('[data-part=placeholder]')!).backgroundColor)).toBe('rgb(244, 247, 249)');
  });

  it('follows the dark colour scheme', async () => {
    await s.page.emulateMedia({ colorScheme: 'dark' });
    await returning();
    expect(await s.page.evaluate(() => getComputedStyle(document.querySelector('[data-part=placeholder]')!).backgroundColor)).toBe('rgb(30, 42, 54)');
  });

  it('shows a visible focus ring on its buttons', async () => {
    await returning();
    await s.page.locator('a[href="/before"]').focus();
    await s.page.keyboard.press('Tab');
    expect(await s.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
  });

  it.each([
    ['light', 1280, 'en'],
    ['dark', 1280, 'en'],
    ['light', 320, 'en'],
    ['light', 1280, 'de'],
  ] as const)('has no axe violations (%s, %i px, %s)', async (scheme, width, lang) => {
    await s.page.emulateMedia({ colorScheme: scheme });
    await s.page.setViewportSize({ width, height: 700 });
    await returning(lang);
    expect(await axe()).toEqual([]);
  });

  it('causes no CSP violation under a strict policy, through banner, dialog, placeholder and activation', async () => {
    await show();
    await s.page.locator('[data-part=banner]').waitFor();
    await s.page.getByRole('button', { name: 'Manage preferences' }).click();
    await s.page.getByRole('dialog').waitFor();
    await s.page.keyboard.press('Escape');
    await s.page.getByRole('button', { name: 'Reject all' }).first().click();
    await s.page.getByRole('button', { name: 'Allow External media' }).click();
    await expect.poll(() => s.server.hits('/t/embed.html')).toBe(1);
    await s.page.waitForTimeout(300);
    expect(await s.page.evaluate(() => (window as any).__violations)).toEqual([]);
  });
});
