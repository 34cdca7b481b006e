// The first layer's size and shape in Chromium, measured on the demo clinic page: it leaves most of a phone
// screen to the page (issue #9), shows everything without scrolling inside it, keeps Accept all and Reject all
// alike in every layout (R-GDPR-3), and its buttons do not wrap unevenly in any built-in language.
// Needs `npm run build` first (npm test does it): it serves the real dist/ files.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_LANGUAGES } from '../../src/ui/language';
import { launchBrowser, type Browser } from './helpers/browser';
import { animationsDone, demoConfig, sixCategoryConfig, startDemo } from './helpers/demo';
import type { TestServer } from './helpers/server';

const LAYOUTS = ['box', 'bar'] as const;
const POSITIONS = ['bottom', 'top', 'center'] as const;
const CONFIGS = { 'the demo config': demoConfig, 'six optional categories': sixCategoryConfig };
const PHONES = [
  [375, 667],
  [320, 640],
] as const;

const pathOf = (config: string, layout: string, position: string) => `/${config.replace(/ /g, '-')}-${layout}-${position}.html`;

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  const pages: Record<string, unknown> = {};
  for (const [name, config] of Object.entries(CONFIGS))
    for (const layout of LAYOUTS) for (const position of POSITIONS) pages[pathOf(name, layout, position)] = { ...config(), ui: { layout, position } };
  for (const lang of BUILT_IN_LANGUAGES) pages[`/${lang}.html`] = { ...demoConfig(), language: lang };
  server = await startDemo(pages);
  browser = await launchBrowser();
  // Nothing here decides, so one browser profile serves every test: the banner shows on each load.
  context = await browser.newContext();
  page = context.pages()[0] ?? (await context.newPage());
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function show(path: string, width: number, height: number) {
  await page.setViewportSize({ width, height });
  await page.goto(server.origin + path);
  await page.locator('[data-part=banner]').waitFor();
  await animationsDone(page);
}

/** The banner's height, whether it scrolls inside, and every part that must be seen, with whether it is in view. */
const measure = () =>
  page.locator('[data-part=banner]').evaluate((banner) => {
    const box = banner.getBoundingClientRect();
    const parts = [...banner.querySelectorAll('[data-part=title], [data-part=text], [data-part=link], button')];
    const outside = parts.filter((el) => {
      const r = el.getBoundingClientRect();
      return r.top < Math.max(box.top, 0) || r.bottom > Math.min(box.bottom, innerHeight) || r.left < 0 || r.right > innerWidth;
    });
    return {
      height: box.height,
      scrolls: banner.scrollHeight > banner.clientHeight + 1,
      outside: outside.map((el) => el.textContent),
    };
  });

describe.each(Object.keys(CONFIGS))('the banner with %s', { timeout: 60_000 }, (config) => {
  describe.each(LAYOUTS.flatMap((l) => POSITIONS.map((p) => [l, p] as const)))('as a %s at the %s', (layout, position) => {
    it.each(PHONES)('takes at most 45 percent of a %ix%i phone screen, everything in view without scrolling inside it', async (width, height) => {
      await show(pathOf(config, layout, position), width, height);
      const m = await measure();
      expect(m.height).toBeLessThanOrEqual(height * 0.45);
      expect(m.scrolls).toBe(false);
      expect(m.outside).toEqual([]);
    });

    it('is at most 240 px tall at 1280x800, everything in view', async () => {
      await show(pathOf(config, layout, position), 1280, 800);
      const m = await measure();
      expect(m.height).toBeLessThanOrEqual(240);
      expect(m.outside).toEqual([]);
    });
  });
});

describe('the banner with the demo config in every built-in language', { timeout: 60_000 }, () => {
  it.each(BUILT_IN_LANGUAGES.flatMap((lang) => PHONES.map(([w, h]) => [lang, w, h] as const)))(
    'in %s takes at most 45 percent of a %ix%i phone screen, everything in view',
    async (lang, width, height) => {
      await show(`/${lang}.html`, width, height);
      const m = await measure();
      expect(m.height).toBeLessThanOrEqual(height * 0.45);
      expect(m.scrolls).toBe(false);
      expect(m.outside).toEqual([]);
    },
  );
});

describe('the banner at 320x640', { timeout: 60_000 }, () => {
  it('keeps every line of its text and every button within the screen, with no sideways scrolling (R-A11Y-14, R-GDPR-3)', async () => {
    await show('/en.html', 320, 640);
    const clipped = await page.evaluate(() => {
      const banner = document.querySelector('[data-part=banner]')!;
      const walker = document.createTreeWalker(banner, NodeFilter.SHOW_TEXT);
      const out: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) if (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth) out.push(n.textContent!);
      }
      return { out, sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth };
    });
    expect(clipped).toEqual({ out: [], sideways: false });
  });
});

describe.each(LAYOUTS)('Accept all and Reject all in the %s layout', { timeout: 60_000 }, (layout) => {
  it.each([
    [375, 667],
    [1280, 800],
  ])('share one element, computed style and size at %ix%i (R-GDPR-3)', async (width, height) => {
    await show(pathOf('the demo config', layout, 'bottom'), width, height);
    const look = (action: string) =>
      page.locator(`[data-part=banner] [data-action=${action}]`).evaluate((b) => {
        const s = getComputedStyle(b);
        const r = b.getBoundingClientRect();
        return { tag: b.tagName, font: s.font, color: s.color, bg: s.backgroundColor, border: s.border, radius: s.borderRadius, w: Math.round(r.width), h: Math.round(r.height) };
      });
    const accept = await look('accept-all');
    expect(await look('reject-all')).toEqual(accept);
    expect(accept.h).toBeGreaterThanOrEqual(44);
  });
});

/** Each button's label with the number of lines it takes. */
const lines = (scope: string) =>
  page.locator(`${scope} button[data-action]`).evaluateAll((buttons) =>
    buttons.map((b) => {
      const range = document.createRange();
      range.selectNodeContents(b);
      return [b.textContent!, new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size] as const;
    }),
  );

describe.each(BUILT_IN_LANGUAGES)('the buttons in %s', { timeout: 60_000 }, (lang) => {
  it('each take one line at 1280 px, in the banner and in the dialog', async () => {
    await show(`/${lang}.html`, 1280, 800);
    const banner = await lines('[data-part=banner]');
    await page.locator('[data-action=manage]').click();
    const dialog = await lines('[data-part=dialog]');
    expect([...banner, ...dialog].filter(([, n]) => n != 1)).toEqual([]);
  });

  it('each take one or two lines at 375 px, Accept all and Reject all the same number', async () => {
    await show(`/${lang}.html`, 375, 667);
    const banner = await lines('[data-part=banner]');
    expect(banner.filter(([, n]) => n > 2)).toEqual([]);
    expect(banner[0]![1]).toBe(banner[1]![1]);
  });
});
